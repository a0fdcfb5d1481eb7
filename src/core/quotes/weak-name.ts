import { SPEECH_VERBS } from './data/speech-verbs.ts';
import { isCommonFirstName } from './is-common-first-name.ts';
import type { People, Person } from './people.ts';

// After a person's name: a relative "who" or an age ("Tommy — who only goes by his first name",
// "Curie, 21, a Korean exchange student").
const PERSON_AFTER = /^(?:who|\d{1,3})$/;

/**
 * Whether a name is only a capitalised word written once: one word, written once outside
 * quotations, no title, not a common first name, no part of a longer name, and not followed by
 * "who", an age or a speech verb ("Roe wrote to the judge"). A he or she never stands for it: it
 * is most often a common noun or an adverb opening a sentence that the article writes nowhere in
 * lower case, and the he/his near it (which told it a gender) is someone else's:
 * "Encouragement from mentors and peers solidified his resolve to pursue law. “...,” he
 * declares." (the lawyer profiled speaks); "Furthermore, he encouraged communities to report
 * blocked drains. “...,” he stated."; "Speaking to People at the summit, ... [new paragraph] She
 * added, “...”". A one-word name written again, given a title ("Mr. Roe"), a first name
 * ("Sarah"), the first word of a full name ("Curie" of "Curie Kim") or someone ("Tommy — who
 * only goes by his first name") is someone.
 */
export function onceWrittenWord(people: People, p: Person): boolean {
  if (p.key.length !== 1 || p.mentions > 1 || p.title !== null || isCommonFirstName(p.key[0]!))
    return false;
  if (people.resolve(p.name, p.org, true) !== p) return false;
  const site = p.sites[0];
  if (!site) return true;
  // Past a dash, read as a token without a word.
  let k = site.last + 1;
  while (site.tokens[k]?.word === '') k++;
  const next = site.tokens[k];
  // "Roe wrote to the judge": the subject of a speech verb is someone who speaks.
  return !(next && (PERSON_AFTER.test(next.lower) || SPEECH_VERBS.has(next.lower)));
}
