/**
 * Sentences addressed to the reader, or that only announce what follows: on a card they read as
 * the article talking to itself. "Imagine being sick in the hospital...", "Here's how it works.",
 * "First, let’s say what the Yahoo sale is not." (Questions are caught apart: a sentence ending
 * with its own question mark.)
 */
export const READER_PATTERNS: RegExp[] = [
  // Invitations to picture something: "Imagine being sick..."
  /^(?:imagine|picture this|consider this|think about it)\b/i,
  // Announcements of what follows: "Here's how it works.", "Here are some of the threats."
  /^here(?:['’]s| is| are)\b/i,
  // "Let's say...", "First, let's look at..."
  /^(?:first,?\s|now,?\s|so,?\s)?let['’]s\b/i,
  // Second-person calls to act: "Don't miss...", "Find out more..."
  /^(?:don['’]t miss|find out|learn more|check out|watch|listen)\b/i,
];
