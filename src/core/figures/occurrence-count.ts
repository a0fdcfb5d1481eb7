import { OCCURRENCES_AFTER } from './data/key-cues.ts';

/**
 * Whether a multiple is a count of times something was done, said after its verb: "Aaron Ramsey
 * scored twice for Ryan Giggs' team" -> true (the narrative's detail, not an amount the story
 * reports); "has twice as much water" and "The Supreme Court has twice ruled" -> false (a
 * comparison; a count before its verb, the fact told). `number` is the multiple as written
 * ("twice"), `after` the text right after it.
 */
export function isOccurrenceCount(number: string, after: string): boolean {
  return /^(?:twice|thrice)$/i.test(number) && OCCURRENCES_AFTER.test(after);
}
