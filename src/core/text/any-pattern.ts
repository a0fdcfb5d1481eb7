/**
 * One test for "does any of these patterns match": the patterns of the same flags are joined
 * into one alternation, so a sentence is scanned once per flag set rather than once per pattern
 * (the 20 boilerplate and reader patterns of key points ran on every sentence). Same answer as
 * `patterns.some((p) => p.test(text))`.
 * A pattern that the joining could change is tested alone: one with backreferences or named
 * groups (group numbers and names would clash), or a stateful global or sticky one.
 * Example: anyPattern([/^sign up\b/i, /\bclick here\b/i]) tests /(?:^sign up\b)|(?:\bclick here\b)/i.
 */
export function anyPattern(patterns: readonly RegExp[]): (text: string) => boolean {
  const alone: RegExp[] = [];
  const byFlags = new Map<string, string[]>();
  for (const p of patterns) {
    if (STATEFUL.test(p.flags) || GROUP_REFERENCE.test(p.source)) {
      alone.push(p);
      continue;
    }
    const sources = byFlags.get(p.flags);
    if (sources) sources.push(`(?:${p.source})`);
    else byFlags.set(p.flags, [`(?:${p.source})`]);
  }
  const tests = [
    ...[...byFlags].map(([flags, sources]) => new RegExp(sources.join('|'), flags)),
    ...alone,
  ];
  return (text) => {
    for (const t of tests) if (t.test(text)) return true;
    return false;
  };
}

const STATEFUL = /[gy]/;
// \1 to \9 (a backreference) or a named group "(?<name>" (not a lookbehind "(?<=" or "(?<!").
const GROUP_REFERENCE = /\\[1-9]|\\k<|\(\?<[^=!]/;
