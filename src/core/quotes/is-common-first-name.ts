import { FEMALE_NAMES, MALE_NAMES } from './data/first-names.ts';

/**
 * A common first name, lower case: "mary", "philip" (in data/first-names.ts); "tommy" is not
 * in the tables. A person, never a firm or a description: "Poet Philip Larkin" names Philip.
 */
export function isCommonFirstName(lower: string): boolean {
  return FEMALE_NAMES.has(lower) || MALE_NAMES.has(lower);
}
