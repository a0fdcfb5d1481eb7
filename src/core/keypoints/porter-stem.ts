/**
 * The Porter stemmer, original 1980 algorithm (M. F. Porter, "An algorithm for suffix
 * stripping"), for lowercase English words [a-z]. Used by key points to match "investment" with
 * "invest", and by the ROUGE evaluation, where it reproduces ROUGE-1.5.5's `-m` option. (The
 * rouge-score Python package uses NLTK's variant, which differs on a few rare endings such as
 * "-bli" and "-logi"; scores move by well under 0.1 point.)
 * Example: "generalizations" → "gener", "relational" → "relat", "hopping" → "hop".
 */
export function porterStem(word: string): string {
  if (word.length <= 2 || !/^[a-z]+$/.test(word)) return word;
  let w = word;
  w = step1a(w);
  w = step1b(w);
  w = step1c(w);
  w = replaceSuffix(w, STEP2_BY_LAST, 0);
  w = replaceSuffix(w, STEP3_BY_LAST, 0);
  w = step4(w);
  w = step5(w);
  return w;
}

/** A consonant is a letter other than a, e, i, o, u, and other than y after a consonant. */
function isConsonant(w: string, i: number): boolean {
  const c = w[i] as string;
  if (c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u') return false;
  if (c === 'y') return i === 0 || !isConsonant(w, i - 1);
  return true;
}

/** m in [C](VC)^m[V] for w[0, end). "trouble" → 1, "oaten" → 2, "tree" → 0. */
function measure(w: string, end: number): number {
  let m = 0;
  let i = 0;
  while (i < end && isConsonant(w, i)) i++;
  while (i < end) {
    while (i < end && !isConsonant(w, i)) i++;
    if (i >= end) break;
    while (i < end && isConsonant(w, i)) i++;
    m++;
  }
  return m;
}

function hasVowel(w: string, end: number): boolean {
  for (let i = 0; i < end; i++) if (!isConsonant(w, i)) return true;
  return false;
}

function endsDoubleConsonant(w: string, end: number): boolean {
  return end >= 2 && w[end - 1] === w[end - 2] && isConsonant(w, end - 1);
}

/** *o: the stem ends consonant-vowel-consonant, the last not w, x or y ("hop", not "snow"). */
function endsCvc(w: string, end: number): boolean {
  if (end < 3) return false;
  if (!isConsonant(w, end - 3) || isConsonant(w, end - 2) || !isConsonant(w, end - 1)) {
    return false;
  }
  const last = w[end - 1] as string;
  return last !== 'w' && last !== 'x' && last !== 'y';
}

function step1a(w: string): string {
  if (w.endsWith('sses') || w.endsWith('ies')) return w.slice(0, -2);
  if (w.endsWith('ss')) return w;
  if (w.endsWith('s')) return w.slice(0, -1);
  return w;
}

function step1b(w: string): string {
  if (w.endsWith('eed')) return measure(w, w.length - 3) > 0 ? w.slice(0, -1) : w;
  let stem: string;
  if (w.endsWith('ed') && hasVowel(w, w.length - 2)) stem = w.slice(0, -2);
  else if (w.endsWith('ing') && hasVowel(w, w.length - 3)) stem = w.slice(0, -3);
  else return w;
  if (stem.endsWith('at') || stem.endsWith('bl') || stem.endsWith('iz')) return `${stem}e`;
  const last = stem[stem.length - 1] as string;
  if (endsDoubleConsonant(stem, stem.length) && last !== 'l' && last !== 's' && last !== 'z') {
    return stem.slice(0, -1);
  }
  if (measure(stem, stem.length) === 1 && endsCvc(stem, stem.length)) return `${stem}e`;
  return stem;
}

function step1c(w: string): string {
  return w.endsWith('y') && hasVowel(w, w.length - 1) ? `${w.slice(0, -1)}i` : w;
}

// Longest suffix first where two could match ("ization" before "ation"); the first match
// decides, whether or not its condition holds, as in the original algorithm.
const STEP2: [string, string][] = [
  ['ational', 'ate'],
  ['tional', 'tion'],
  ['enci', 'ence'],
  ['anci', 'ance'],
  ['izer', 'ize'],
  ['abli', 'able'],
  ['alli', 'al'],
  ['entli', 'ent'],
  ['eli', 'e'],
  ['ousli', 'ous'],
  ['ization', 'ize'],
  ['ation', 'ate'],
  ['ator', 'ate'],
  ['alism', 'al'],
  ['iveness', 'ive'],
  ['fulness', 'ful'],
  ['ousness', 'ous'],
  ['aliti', 'al'],
  ['iviti', 'ive'],
  ['biliti', 'ble'],
].sort((a, b) => (b[0] as string).length - (a[0] as string).length) as [string, string][];

const STEP3: [string, string][] = [
  ['icate', 'ic'],
  ['ative', ''],
  ['alize', 'al'],
  ['iciti', 'ic'],
  ['ical', 'ic'],
  ['ful', ''],
  ['ness', ''],
];

/**
 * Rules grouped by the suffix's last letter, each group in the list's order: a word can only end
 * with a suffix that ends with its own last letter, so the first match in its group is the first
 * match in the whole list, found without an endsWith per rule. A stem is computed for every new
 * word of an article (see content-terms.ts), most often in a fresh worker where this code is not
 * yet optimised; "gallery" tries the 2 STEP4 endings in "y"'s group (none) instead of all 19.
 */
function byLastLetter<T>(rules: T[], suffixOf: (rule: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const rule of rules) {
    const suffix = suffixOf(rule);
    const last = suffix[suffix.length - 1] as string;
    const group = out.get(last);
    if (group) group.push(rule);
    else out.set(last, [rule]);
  }
  return out;
}

const STEP2_BY_LAST = byLastLetter(STEP2, (r) => r[0]);
const STEP3_BY_LAST = byLastLetter(STEP3, (r) => r[0]);

/** Replace the first matching suffix when the stem before it has m > minMeasure. */
function replaceSuffix(
  w: string,
  byLast: Map<string, [string, string][]>,
  minMeasure: number,
): string {
  const rules = byLast.get(w[w.length - 1] as string);
  if (rules === undefined) return w;
  for (let r = 0; r < rules.length; r++) {
    const [suffix, replacement] = rules[r] as [string, string];
    if (!w.endsWith(suffix)) continue;
    const stemEnd = w.length - suffix.length;
    return measure(w, stemEnd) > minMeasure ? w.slice(0, stemEnd) + replacement : w;
  }
  return w;
}

const STEP4 = [
  'al',
  'ance',
  'ence',
  'er',
  'ic',
  'able',
  'ible',
  'ant',
  'ement',
  'ment',
  'ent',
  'ion',
  'ou',
  'ism',
  'ate',
  'iti',
  'ous',
  'ive',
  'ize',
].sort((a, b) => b.length - a.length);
const STEP4_BY_LAST = byLastLetter(STEP4, (suffix) => suffix);

function step4(w: string): string {
  const suffixes = STEP4_BY_LAST.get(w[w.length - 1] as string);
  if (suffixes === undefined) return w;
  for (let r = 0; r < suffixes.length; r++) {
    const suffix = suffixes[r] as string;
    if (!w.endsWith(suffix)) continue;
    const stemEnd = w.length - suffix.length;
    if (measure(w, stemEnd) <= 1) return w;
    // "-ion" only after s or t: "adoption" → "adopt", but not "onion".
    if (suffix === 'ion' && !/[st]$/.test(w.slice(0, stemEnd))) return w;
    return w.slice(0, stemEnd);
  }
  return w;
}

function step5(w: string): string {
  if (w.endsWith('e')) {
    const m = measure(w, w.length - 1);
    if (m > 1 || (m === 1 && !endsCvc(w, w.length - 1))) w = w.slice(0, -1);
  }
  if (w.endsWith('ll') && measure(w, w.length) > 1) w = w.slice(0, -1);
  return w;
}
