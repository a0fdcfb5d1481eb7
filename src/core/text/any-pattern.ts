/**
 * One test for "does any of these patterns match": the patterns of the same flags are joined
 * into one alternation, so a sentence is scanned once per flag set rather than once per pattern
 * (the 20 boilerplate and reader patterns of key points ran on every sentence). Same answer as
 * `patterns.some((p) => p.test(text))`.
 * A pattern that the joining could change is tested alone: one with backreferences or named
 * groups (group numbers and names would clash), or a stateful global or sticky one.
 * Two shapes get a join of their own, which the regex engine runs faster than one mixed
 * alternation: patterns anchored at the start ("^sign up\b"), tried once at offset 0 instead of
 * at every offset of the sentence, and patterns that open with a word boundary ("\bclick
 * here\b"), joined behind one shared \b so that the other offsets fail on one test.
 * Example: anyPattern([/^sign up\b/i, /\bclick here\b/i, /\ball rights reserved\b/i]) tests
 * /(?:^sign up\b)/i and /\b(?:(?:click here\b)|(?:all rights reserved\b))/i.
 */
export function anyPattern(patterns: readonly RegExp[]): (text: string) => boolean {
  const alone: RegExp[] = [];
  const byShape = new Map<string, { flags: string; prefix: string; sources: string[] }>();
  for (const p of patterns) {
    if (STATEFUL.test(p.flags) || GROUP_REFERENCE.test(p.source)) {
      alone.push(p);
      continue;
    }
    const single = !hasTopLevelAlternation(p.source);
    const anchored = single && p.source.startsWith('^');
    const bounded = single && p.source.startsWith('\\b');
    const prefix = bounded ? '\\b' : '';
    const source = bounded ? p.source.slice(2) : p.source;
    const key = `${p.flags} ${anchored ? 'anchored' : bounded ? 'bounded' : 'other'}`;
    const group = byShape.get(key);
    if (group) group.sources.push(`(?:${source})`);
    else byShape.set(key, { flags: p.flags, prefix, sources: [`(?:${source})`] });
  }
  const tests = [
    ...[...byShape.values()].map(
      (g) => new RegExp(`${g.prefix}(?:${g.sources.join('|')})`, g.flags),
    ),
    ...alone,
  ];
  // Indexed: this runs on every sentence, mostly before the code is optimised.
  return (text) => {
    for (let k = 0; k < tests.length; k++) if ((tests[k] as RegExp).test(text)) return true;
    return false;
  };
}

const STATEFUL = /[gy]/;
// \1 to \9 (a backreference) or a named group "(?<name>" (not a lookbehind "(?<=" or "(?<!").
const GROUP_REFERENCE = /\\[1-9]|\\k<|\(\?<[^=!]/;

/**
 * Whether a pattern's source has a "|" outside any group and character class: "^a|b" is not
 * anchored as a whole, so its "^" or "\b" must not be taken as the whole pattern's.
 * Example: "^(?:a|b)" has none; "^a|b" has one.
 */
export function hasTopLevelAlternation(source: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) return true;
  }
  return false;
}
