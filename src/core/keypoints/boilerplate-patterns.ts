/**
 * Sentences that are about the page, the publisher or the author rather than the story. Each is
 * tested against one sentence; the cleaner removes most of these blocks, but key points must not
 * show one when it does not. Keep each pattern anchored or specific: a news sentence must never
 * match.
 */
export const BOILERPLATE_PATTERNS: RegExp[] = [
  // Newsletter and subscription boxes: "Sign up for Command Line, a paid weekly newsletter",
  // "Keep up with the CityLab Daily newsletter.", "Subscribe to our podcast."
  /^(?:sign up|subscribe|register|join us|get our|keep up with)\b/i,
  /\bnewsletter\b.*\b(?:sign|subscribe|inbox|daily|weekly|free)\b/i,
  /\b(?:your first month|free trial|cancel any ?time)\b/i,
  // Events and promos: "Attend the Cyber Security & Cloud Expo World Series with upcoming events"
  /^attend\b/i,
  /\b(?:upcoming events?|register now|buy tickets|book your (?:place|ticket|seat))\b/i,
  // Related links and navigation: "Related: Chicago is America's most segregated city"
  /^(?:related|read more|read next|see also|more from|recommended|continue reading|advertisement|gallery|powered by|sponsored)\b/i,
  /\b(?:click|tap) here\b/i,
  // Credits for the report: "Aerospace Writer Marcia Dunn ... contributed to this report."
  /\bcontributed (?:reporting )?to this (?:report|story|article)\b/i,
  // Notes about the article itself: "This article originally appeared on The Atlantic.",
  // "This version corrects the spelling of the region", "This story has been updated."
  /^this (?:article|story|post|piece|version|report) (?:was|has been|originally|first|corrects|is adapted|appeared|was reprinted)\b/i,
  /\b(?:originally|first) (?:appeared|published) (?:on|in|at)\b/i,
  /\bwill update (?:this|the) (?:post|story|article)\b/i,
  // Author bios: "Lucas Nolan is a reporter for Breitbart Tech...", "Sarah Archer is the author
  // of The Midcentury Kitchen.", "Steven Mufson covers the White House."
  /^(?:\p{Lu}[\p{L}.'’-]*\s){1,4}(?:is|was)\s(?:a|an|the)\s(?:[\p{L}-]+\s){0,4}?(?:reporter|writer|editor|correspondent|columnist|contributor|author|journalist|producer|intern)\b/u,
  /^(?:\p{Lu}[\p{L}.'’-]*\s){1,3}covers\s/u,
  /^(?:follow|email|contact|reach) (?:him|her|them|us|me)\b/i,
  // Legal lines.
  /\ball rights reserved\b/i,
  /^(?:copyright|©)/i,
];
