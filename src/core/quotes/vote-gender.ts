/**
 * The gender of a person named in the article: he/his/him against she/her counted near the name
 * (voteGender), else the gender a common first name tells (genderOfFirstName).
 */

import type { Doc } from '../text/doc.ts';
import { FEMALE_NAMES, MALE_NAMES } from './data/first-names.ts';
import { GENDER_PRONOUNS } from './data/pronouns.ts';
import { tokensIn } from './doc-tokens.ts';
import type { Mention, Person } from './people.ts';
import { inside } from './quoted-ranges.ts';
import { isCapitalised, isLowerCase, type Token } from './tokens.ts';

const SENTENCE_END = /[.!?…]$/;

// Object pronouns: after "Name verb" they are someone else.
const OBJECT_PRONOUNS = new Set(['him', 'her']);

/**
 * Whether the pronoun at k is the object of a verb right after a name: "Elise Matthesen found
 * him." (him is not Elise Matthesen, whose gender it does not tell). "Roe said the police told
 * him to leave" still counts (the name is not right before the verb).
 */
function objectOfName(tokens: readonly Token[], k: number): boolean {
  if (k < 2 || !OBJECT_PRONOUNS.has(tokens[k]!.lower)) return false;
  const verb = tokens[k - 1]!;
  const name = tokens[k - 2]!;
  return (
    verb.trail === '' && name.trail === '' && isLowerCase(verb.word) && isCapitalised(name.word)
  );
}

// Pronouns that stand as a sentence's subject.
const SUBJECT_PRONOUNS = new Set(['he', 'she']);

/**
 * The gender a common first name tells, when no pronoun did: "Mary Roe" is a woman. Names given
 * to both sexes are in neither table (see data/first-names.ts).
 */
export function genderOfFirstName(first: string): 'm' | 'f' | null {
  if (FEMALE_NAMES.has(first)) return 'f';
  if (MALE_NAMES.has(first)) return 'm';
  return null;
}

/**
 * Count he/his/him against she/her in each sentence that names one person only (outside quotes),
 * and in the next sentence when it names nobody: "For Hamilton, these were formative years. She
 * recalls ..." counts for Hamilton.
 */
export function voteGender(
  doc: Doc,
  mentions: readonly Mention[],
  quoted: [number, number][][],
): void {
  let m = 0;
  let carried: Person | null = null;
  // The subject of a sentence that names others too: only a he/she opening the next sentence
  // counts for it (see below).
  let subjectOnly: Person | null = null;
  for (const s of doc.sentences) {
    const here = new Set<Person>();
    let firstAt = s.end;
    // The person named first, as a subject, when the sentence names others only after it.
    let opener: Person | null = null;
    // Whether the only person named is written as a subject (see Mention.subject).
    let onlySubject = false;
    while (
      m < mentions.length &&
      (mentions[m]!.block < s.block || (mentions[m]!.block === s.block && mentions[m]!.at < s.end))
    ) {
      const mention = mentions[m]!;
      if (mention.block === s.block && mention.at >= s.start && mention.person.human) {
        if (here.size === 0) {
          opener = mention.subject ? mention.person : null;
          onlySubject = mention.subject;
        } else if (mention.subject && mention.person !== opener) opener = null;
        here.add(mention.person);
        firstAt = Math.min(firstAt, mention.at);
      }
      m++;
    }
    const lead = tokensIn(doc, { block: s.block, start: s.start, end: s.end })[0];
    // A sentence opened by he/she before any name is about that he/she, someone named before:
    // the name inside it is not who its pronouns (or the next sentence's) stand for. In "She also
    // thought about the idea that the Arctic Ocean had enormous leverage. “...,” she said." the
    // Arctic Ocean is no she.
    const pronounLed =
      here.size === 1 &&
      lead !== undefined &&
      lead.start < firstAt &&
      SUBJECT_PRONOUNS.has(lead.lower) &&
      !inside(quoted[s.block], lead.start);
    const only: Person | null =
      here.size === 1 && !pronounLed ? [...here][0]! : here.size === 0 ? carried : null;
    // Only pronouns after the name count: in "He stumbled upon the issue while researching
    // Instagram marketing" the "He" is someone else.
    const from = here.size === 1 ? firstAt : s.start;
    const leadGender =
      lead && lead.start < firstAt && SUBJECT_PRONOUNS.has(lead.lower)
        ? GENDER_PRONOUNS.get(lead.lower)
        : undefined;
    if (here.size === 0 && subjectOnly) {
      if (leadGender) subjectOnly.votes[leadGender]++;
    } else {
      // A he/she opening the sentence before any name stands for the last one's subject, whoever
      // the rest of it names: "Moustafa Ayad is the executive director for Africa at the
      // Institute for Strategic Dialogue. He told VOA that while Facebook's ..." counts for Ayad.
      const before = subjectOnly ?? carried;
      if (here.size > 0 && leadGender && before) before.votes[leadGender]++;
      if (only) {
        const tokens = tokensIn(doc, { block: s.block, start: from, end: s.end });
        for (let k = 0; k < tokens.length; k++) {
          const t = tokens[k] as Token;
          if (inside(quoted[s.block], t.start) || objectOfName(tokens, k)) continue;
          // A he/she after a name that is no subject heads a clause of someone else's: in "At
          // the World Governments Summit in Dubai, he reminded an audience ..." the summit is
          // no he.
          if (here.size === 1 && !onlySubject && SUBJECT_PRONOUNS.has(t.lower)) continue;
          const g = GENDER_PRONOUNS.get(t.lower);
          if (g) only.votes[g]++;
        }
      }
    }
    // Carried only from a subject: after "At the World Governments Summit in Dubai, he reminded
    // an audience ...", a he opening the next sentence is not the summit.
    carried = here.size === 1 && onlySubject ? only : null;
    // A he/she opening the next sentence stands for this one's subject, whatever objects it
    // names: "Leif Dahleen, the blogger behind the Physician on FIRE, retired at 43. He says ..."
    // counts for Dahleen (FIRE is no subject); a him or her later in it may be the object.
    subjectOnly = here.size > 1 ? opener : null;
    if (!SENTENCE_END.test(s.text.trimEnd())) {
      carried = null;
      subjectOnly = null;
    }
  }
}
