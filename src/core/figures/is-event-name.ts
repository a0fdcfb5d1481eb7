import type { Candidate } from './candidate.ts';
import { EVENT_NOUNS } from './data/name-words.ts';
import { tokenAfter } from './text-around.ts';

/**
 * A distance before a race's noun names the race: "Olympian Bill Kirby, who won gold in the
 * men's 400 metre relay at the 2000 Olympics", "the 100m freestyle". The swimmers did not cover
 * a distance the story measures ("swam 400 metres in 3:40" stays a figure).
 */
export function isEventName(text: string, c: Candidate): boolean {
  if (c.kind !== 'measure' || (c.unit !== 'm' && c.unit !== 'km' && c.unit !== 'yd')) return false;
  const next = tokenAfter(text, c.end);
  return !!next?.word && EVENT_NOUNS.has(next.text.toLowerCase());
}
