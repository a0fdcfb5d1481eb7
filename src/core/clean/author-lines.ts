// "By", "Por", "Par", "Von", "Di", "Oleh", "Door", "Av": the byline word of several languages.
const BY = /^(?:by|por|par|von|di|oleh|door|av|от|автор)\s*[:：]?\s*/i;

// A name word: capitalised ("Jane", "O'Brien", "McDonald", "Jean-Luc"), an initial ("T."), or a
// joining word inside a name list ("and", "&", "y", "e", "et", "und").
const NAME_WORD = /^(?:\p{Lu}[\p{L}\p{M}'’.-]*|and|&|y|e|et|und|de|da|van|von|der|la|le|bin)$/u;

// Longest block that can be a byline ("By Matthew Digby, Minh Do on Monday, November 18th, 2019
// at 11:08 a.m." is 75 characters).
const MAX_BYLINE = 140;

// Bio verbs after the author's name: "Regan is a ...", "Zac covers Apple news ...",
// "Emiliano joined pv magazine ...", "Mike Wall's book ...".
const BIO_VERB =
  /^(?:\s*\([^)]{0,80}\))?(?:,[^,]{0,80},)?\s+(?:is|was|has|had|covers|writes|wrote|joined|reports|lives|works|worked|edits|hosts|leads|spent|holds|teaches|studied|graduated|began|started|previously)\b|^['’]s\s+(?:book|latest|new|podcast|newsletter)\b/i;

// Job words of a generic staff bio: "Phil Helsel is a reporter for NBC News."
const STAFF_BIO =
  /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3}\s+(?:is|was)\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,4}(?:writer|reporter|editor|journalist|correspondent|columnist|contributor|producer|freelancer|blogger|author|curator|critic|photographer)\b/u;

// Longest block that can be an author's bio.
const MAX_BIO = 700;
const MAX_STAFF_BIO = 300;

/**
 * Whether a block is a byline: "By Jane Doe", "By Justine Coleman - 11/18/19 11:04 PM EST",
 * "By" (its names sat in links that were dropped), or, when the authors are known, a line that
 * starts with one of their names and says little else ("Tom Krisher, Ap Auto Writer",
 * "JANIE HAR"). "By 2030, the city will..." is not one: the byline word must be followed by
 * names.
 */
export function isByline(text: string, authors: readonly string[]): boolean {
  if (text.length > MAX_BYLINE) return false;
  const by = BY.exec(text);
  if (by) {
    const rest = text.slice(by[0].length);
    if (rest.length === 0) return true;
    const words = rest.split(/[\s,|–—-]+/).filter(Boolean);
    const names = words.slice(0, 2);
    return names.length > 0 && names.every((w) => NAME_WORD.test(w) && !/^(?:and|&)$/i.test(w));
  }
  const lower = text.toLowerCase();
  for (const a of authors) {
    const name = a.toLowerCase();
    if (name.length < 4) continue;
    if (lower === name) return true;
    // A one-word author ("Beachbody", "Reuters") is often the site: only the exact line counts.
    if (!name.includes(' ')) continue;
    // "Tom Krisher, Ap Auto Writer", "Meg Kinnard and Errin Haines, Associated Press".
    if (lower.startsWith(name) && text.length <= name.length + 60 && !/[.!?]\s/.test(text)) {
      const next = text.charAt(name.length);
      if (next === '' || /[\s,|–—-]/.test(next)) return true;
    }
  }
  return false;
}

/**
 * Whether a block is an author's bio: it starts with an author's full, first or last name
 * followed by a bio verb ("Regan is a Southeastern Connecticut native...", "Zac covers Apple
 * news for 9to5Mac..."), or is a staff line of any name ("Phil Helsel is a reporter for NBC
 * News."). `nearEdge` says whether the block sits before the story or after it, where author
 * boxes are; a bio-like sentence in the middle of the story is kept.
 */
export function isAuthorBio(text: string, authors: readonly string[], nearEdge: boolean): boolean {
  if (!nearEdge || text.length > MAX_BIO) return false;
  for (const a of authors) {
    for (const name of nameForms(a)) {
      if (!text.startsWith(name)) continue;
      if (BIO_VERB.test(text.slice(name.length))) return true;
    }
  }
  return text.length <= MAX_STAFF_BIO && STAFF_BIO.test(text);
}

/** "James T. Bourne" -> ["James T. Bourne", "James", "Bourne"]: how a bio may open. */
function nameForms(author: string): string[] {
  const parts = author.split(/\s+/).filter((p) => p.length > 1);
  if (parts.length < 2) return author.length >= 3 ? [author] : [];
  const first = parts[0] as string;
  const last = parts[parts.length - 1] as string;
  return [author, first, last].filter((n) => n.length >= 3);
}
