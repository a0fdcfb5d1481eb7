import { MONTH_WORDS } from '../clean/date-words.ts';
import { NAME_PARTICLES, POST_NOMINALS, ROLE_WORDS } from './author-words.ts';
import { decodeEntities } from './html-entities.ts';

// The byline word and its phrases in several languages: "By", "Written by", "Posted by", "Par",
// "Por", "Oleh", "Author:".
const BY_PREFIX =
  /^(?:(?:written|posted|reported|story|text|words)\s+by|by|par|por|oleh|texte?|autor(?:a|in)?|auteur|author|автор|текст)(?![\p{L}])\s*[:：]?\s*/iu;

// Byline words that also begin names ("Von Miller", "Di Maio", "Av"): stripped only when a full
// name of two words or more follows ("Von Max Mustermann" -> "Max Mustermann").
const BY_PREFIX_NAMELIKE = /^(?:von|di|door|av)\s+(?=\S+\s+\S)/iu;

// Things that are never part of a name: links, e-mail addresses, handles, bracketed notes.
const NOISE = /https?:\/\/\S+|www\.\S+|\S+@\S+\.\S+|(?:^|\s)@\w+|\([^)]*\)|\[[^\]]*\]/gu;

const WITH_COAUTHORS = /\(\s*(?:avec|with|mit|con|com|met)\s+([^)]*)\)/giu;

// Where a byline goes on to other matters: "Nathan Willis March 25, 2015", "Justine Coleman -
// 11/18/19", "Nikhil Marathe on March 10", "Lucas Nolan22 Dec 2016", "Jeff FoustMonday, ...".
const TAIL =
  /\s+(?:on|le|em|am|el|il|pada)\s+\p{Lu}?\p{L}*\s*\d.*$|\s*[-–—|•·]\s.*$|\s*\d.*$|\s*(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b.*$|\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s+\d.*$/u;

// Words of an organisation, dropped from a list that also names people: "Troy L. Smith,
// Cleveland.com", "Meg Kinnard and Errin Haines, Associated Press", "Jill Disis, CNN Business".
const ORGANISATION =
  /\.(?:com|net|org|co|uk|de|fr)\b|\b(?:press|media|news|business|agency|inc|ltd|llc|group|network|magazine|newsroom|service|wire|international|online|daily|times|post|journal|herald|tribune)\b/i;

const WEEKDAY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)$/i;

// Roles introduced by "Edited by", "Photos by": not authors.
const NOT_AUTHOR =
  /^(?:edited|photos?|photographs?|illustrations?|graphics?|video|additional reporting|translated)\s+by\b/i;

/**
 * Split a byline into clean author names: "By Jane Doe and John Roe" -> ["Jane Doe", "John Roe"],
 * "By Brenda  Goodman, MA\n WebMD Health News" -> ["Brenda Goodman"], "By GILLIAN MOHNEY March 11,
 * 2015 3:46 PM" -> ["Gillian Mohney"], "Bradley M. Kuhn (http://ebb.org/bkuhn/)" -> ["Bradley M.
 * Kuhn"]. Anything that is not a name (a date, a job title, a URL, "About the Author") is dropped.
 * `strict` (for text found in the page rather than in metadata) also drops one-word names.
 */
export function authorNames(raw: string, strict = false): string[] {
  const out: string[] = [];
  for (const line of decodeEntities(raw).split(/\n|\s{3,}|;|\|/)) {
    const cleaned = line
      // "Martin Untersinger (avec Damien Leloup et Morgane Tual)": co-authors in brackets.
      .replace(WITH_COAUTHORS, ', $1')
      .replace(NOISE, ' ')
      // "ERIC TUCKERAssociated Press": a name in capitals glued to the next word.
      .replace(/(\p{Lu}{2,})(\p{Lu}\p{Ll})/gu, '$1 $2')
      .replace(/\s+/g, ' ')
      .trim();
    for (const part of cleaned.split(/\s*,\s*/)) {
      for (const piece of splitJoined(part)) {
        const name = cleanName(piece, strict);
        if (name && !out.some((n) => n.toLowerCase() === name.toLowerCase())) out.push(name);
      }
    }
  }
  const people = out.filter((n) => !ORGANISATION.test(n));
  return dropShortForms(people.length > 0 ? people : out);
}

/**
 * "Mike Wuerthele and Malcolm Owen" is two names; "Mac & i" (a magazine) is one. A list is split
 * on "and" / "&" only when every side is at least two words.
 */
function splitJoined(text: string): string[] {
  const sides = text.replace(BY_PREFIX, '').split(/\s+(?:and|&|und|et|e|y|och|og|en)\s+/iu);
  if (sides.length > 1 && sides.every((s) => s.trim().split(/\s+/).length >= 2)) return sides;
  return [text];
}

function cleanName(raw: string, strict: boolean): string | null {
  if (NOT_AUTHOR.test(raw.trim())) return null;
  let s = raw
    .trim()
    .replace(BY_PREFIX, '')
    .replace(BY_PREFIX_NAMELIKE, '')
    .replace(TAIL, '')
    .trim();
  s = s.replace(/^[\s:,.;–—-]+|[\s:,;–—-]+$/gu, '').trim();
  if (s.length < 2 || s.length > 60 || /\d/.test(s)) return null;
  const words = s.split(/\s+/);
  if (words.length > 5) return null;
  if (strict && words.length < 2) return null;
  for (const w of words) {
    const lower = w.toLowerCase().replace(/[.,]$/, '');
    if (ROLE_WORDS.has(lower) || POST_NOMINALS.has(lower)) return null;
  }
  // A date, not a name: "May 20", "Sunday".
  if (MONTH_WORDS.has((words[0] as string).toLowerCase()) && words.length <= 2) return null;
  if (WEEKDAY.test(words[0] as string)) return null;
  if (!/\p{L}/u.test(s)) return null;
  // A lone lower-case word is a handle ("devindra"), not a name.
  if (words.length === 1 && s === s.toLowerCase()) return null;
  // Names written in capitals ("GILLIAN MOHNEY") are shown as names; one word in capitals is an
  // acronym ("PTI", "AFP") and stays so.
  if (words.length > 1 && s === s.toUpperCase() && /\p{Lu}{2}/u.test(s)) {
    s = words.map(titleCase).join(' ');
  }
  // Every word of a name starts with a capital, bar particles ("van", "de") and initials.
  const ok = s
    .split(/\s+/)
    .every((w) => /^[\p{Lu}\p{Lt}]/u.test(w) || NAME_PARTICLES.has(w) || !/\p{L}/u.test(w));
  return ok || !strict ? s : null;
}

function titleCase(word: string): string {
  return word
    .toLowerCase()
    .replace(/(^|[-'’])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

/** Drop a one-word name that is part of a fuller one: ["Devindra Hardawar", "Devindra"]. */
function dropShortForms(names: string[]): string[] {
  return names.filter(
    (n) =>
      n.includes(' ') ||
      !names.some((m) => m !== n && m.toLowerCase().split(/\s+/).includes(n.toLowerCase())),
  );
}
