import type { Token } from './tokens.ts';

/**
 * Where the last clause before tokens[end] starts: just after the last comma or semicolon
 * before tokens[end - 1], or 0. In "Moving forward, Swift has a new record deal, and The Carlyle
 * Group will be left to wonder:" (end: the colon's place) it is "and"; in "Donna dismissed the
 * idea, noting," (end: "noting") it is "Donna".
 */
export function clauseStart(tokens: readonly Token[], end: number): number {
  for (let k = end - 2; k >= 0; k--) {
    if (tokens[k]!.trail === ',' || tokens[k]!.trail === ';') return k + 1;
  }
  return 0;
}
