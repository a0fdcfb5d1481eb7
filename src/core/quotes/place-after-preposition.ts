import { LOCATIVE_PREPOSITIONS } from './data/clause-words.ts';
import { isPlace } from './is-place.ts';
import type { NameRun } from './names.ts';
import type { Token } from './tokens.ts';

/**
 * Whether a name run is a place written right after a locative preposition: it says where the
 * speaker is, never who speaks. In "Chad Hawk, vice president of PMG, a paper money grading
 * company in Florida told Fox" Florida did not tell Fox; in "the head of the Palestinian
 * Dialogue Group in Turkey, which says on its site that it aims to “...”" the group says it,
 * not Turkey. A place still speaks as a subject: "Turkey said", "China told reporters".
 */
export function placeAfterPreposition(tokens: readonly Token[], run: NameRun): boolean {
  const prep = tokens[run.first - 1];
  return (
    prep !== undefined &&
    prep.trail === '' &&
    LOCATIVE_PREPOSITIONS.has(prep.lower) &&
    isPlace(run.name)
  );
}
