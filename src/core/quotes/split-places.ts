/**
 * A place run into a person's name after a preposition ("ambassador to Britain Liu Xiaming"),
 * split off so that the name is the person's.
 */

import type { Token } from './tokens.ts';

// Prepositions after which a run may start with a place: "ambassador to Britain Liu Xiaming".
const PLACE_PREPOSITIONS = new Set(['to', 'of', 'for', 'in', 'from', 'at']);

/**
 * A person's run of three words or more after a preposition whose first word the article also
 * names alone is a place and a name: "China’s ambassador to Britain Liu Xiaming" (with "Britain"
 * alone elsewhere) names Liu Xiaming, so that "Liu said" finds him.
 */
export function splitPlaces(
  raw: { name: string; org: boolean; title: string | null; tokens: Token[]; first: number }[],
): void {
  const alone = new Set<string>();
  for (const r of raw) if (!/\s/.test(r.name)) alone.add(r.name.toLowerCase());
  for (const r of raw) {
    const words = r.name.split(/\s+/);
    if (r.org || r.title !== null || words.length < 3 || !alone.has(words[0]!.toLowerCase()))
      continue;
    if (!PLACE_PREPOSITIONS.has(r.tokens[r.first - 1]?.word ?? '')) continue;
    r.name = words.slice(1).join(' ');
  }
}
