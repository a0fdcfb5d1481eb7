/**
 * The attribution that introduces a quote, in the text between the sentence start and the
 * opening mark: "Lorenz had written,", "As the report states:", a colon introduction.
 */

import { accordingTo } from './according-to.ts';
import { type Attribution, describes, other } from './attribution.ts';
import { clauseStart } from './clause-start.ts';
import { coordinatedSubject } from './clause-subject.ts';
import { DEFINITE, RELATIVES } from './data/clause-words.ts';
import { ANONYMOUS_DETERMINERS, SPEAKER_PRONOUNS } from './data/pronouns.ts';
import { firstName } from './first-name.ts';
import { participleAfterComma, participleSubject } from './participle-subject.ts';
import { speakerAfter } from './speaker-after.ts';
import { speakerBefore } from './speaker-before.ts';
import { invertedVerb, verbAt } from './speech-verb.ts';
import type { Token } from './tokens.ts';

/**
 * An attribution that introduces a quote, in the text between the sentence start and the opening
 * mark: "Lorenz had written,", "As the report states:", "Emery retweeted the story, saying,",
 * "AS Opposition Leader Bill Shorten said in a letter to Abbott last month:". With a colon and
 * no speech verb the sentence's first name speaks ("De Miranda ... in his introduction:"), and
 * an unnamed someone ("a question came from a member of the audience:") is nobody.
 */
export function parseBefore(tokens: readonly Token[], colon: boolean): Attribution | null {
  // "According to X" names the source only when no one speaks in the sentence: in "According
  // to AFP, one user on Weibo ... posted:" the user speaks.
  const acc = accordingTo(tokens);
  const found = speakerByVerb(tokens);
  // ... but "according to X" written after the speech verb, right before the mark, names the
  // quote's source: in "Google is now on record saying that the change is, according to Google
  // Search lead Liz Reid, “...”" the words are Reid's.
  if (found && acc && acc.first > found.verb && acc.kind === 'name') return acc;
  if (found) return found;
  if (acc) return acc;
  if (!colon) return null;
  return colonSubject(tokens);
}

function speakerByVerb(tokens: readonly Token[]): Attribution | null {
  for (let v = tokens.length - 1; v >= 0; v--) {
    if (!verbAt(tokens, v) && !(v === 0 && invertedOpening(tokens))) continue;
    const plain = unquoted(tokens, v);
    // A participle after a comma goes on from its clause's subject (participle-subject.ts):
    // "Donna dismissed the idea, noting,". No name set off by commas just before it speaks: in
    // "Khan alleged that Munir was behind the crackdown on his party, Pakistan Tehreek-e-Insaf
    // (PTI), stating:" the party is no subject.
    const participle = participleSubject(tokens, v, plain);
    if (participle) return participle;
    const before = participleAfterComma(tokens, v) ? null : speakerBefore(tokens, v);
    if (before) return before;
    // A verb coordinated with an earlier one shares that verb's subject, set off by commas from
    // its role: "Minister of Natural Resources, Mohlomi Moleko, would not confirm ... and only
    // said:" is Moleko's (the sentence's first name is his role).
    const shared = coordinatedSubject(tokens, v);
    if (shared) return shared;
    const after = speakerAfter(tokens, v);
    if (after) return after;
    // "Emery retweeted the story, saying,": the sentence's subject said it. Words in marks are
    // a title, not the subject: "After hitting “Takin’ It To the Streets,” the singer told".
    const subject = firstName(plain, v);
    if (subject) return { ...subject, verb: v };
  }
  return null;
}

/**
 * Whether the sentence opens with an inverted attribution, a past-tense speech verb before a
 * name: "Replied Stephen, with some delicacy, “...”" (the capital hides the verb from verbAt).
 */
function invertedOpening(tokens: readonly Token[]): boolean {
  const t = tokens[0];
  return (
    t !== undefined &&
    t.trail === '' &&
    invertedVerb(t.lower) &&
    /^\p{Lu}\p{Ll}+$/u.test(tokens[1]?.word ?? '')
  );
}

// Opening quotation marks and the marks that close them.
const CLOSING_MARK: ReadonlyMap<string, string> = new Map([
  ['“', '”"'],
  ['"', '"”'],
  ['‘', '’'],
  ['«', '»'],
  ['„', '“”'],
]);

/** Tokens [0, v) with the words inside quotation marks blanked (same indexes). */
function unquoted(tokens: readonly Token[], v: number): Token[] {
  const out: Token[] = [];
  let close = '';
  for (let k = 0; k < v; k++) {
    const t = tokens[k]!;
    const open = close === '' && t.opens ? (CLOSING_MARK.get(t.raw[0]!) ?? '') : '';
    if (open !== '') close = open;
    out.push(close !== '' ? { ...t, word: '', lower: '' } : t);
    // The mark that closes this one ("Takin’" holds an apostrophe, not the closing mark).
    if (close !== '' && t.closes && close.includes(t.raw.replace(/[.,;:!?]+$/, '').slice(-1)))
      close = '';
  }
  return out;
}

/** The speaker of a colon introduction without speech verb; see parseBefore. */
function colonSubject(tokens: readonly Token[]): Attribution | null {
  // The subject of the last clause: "Moving forward, Swift has a new record deal ..., and The
  // Carlyle Group will be left to wonder:" is The Carlyle Group's.
  const from = clauseStart(tokens, tokens.length);
  const clause = tokens.slice(from);
  // He or she opening the clause, or the sentence when the clause is a relative one, is the
  // subject: "She posted this on Facebook:", "She shared the campaign's site, which contains
  // the following statement:" are hers (not Facebook's).
  const lead = RELATIVES.has(clause[0]?.lower ?? '') ? tokens[0] : clause[0];
  const gender = lead ? SPEAKER_PRONOUNS.get(lead.lower) : undefined;
  if (lead && lead.trail === '' && (gender === 'm' || gender === 'f'))
    return other('pronoun', tokens.length, tokens.indexOf(lead), { pronoun: lead.lower });
  // A described body or document opens the clause: "the report’s recommendation for those ...
  // is a good one:" is the report's.
  if (DEFINITE.has(clause[0]?.lower ?? '')) {
    for (let h = 1; h < Math.min(clause.length, 4); h++) {
      const noun = clause[h]!.lower.replace(/['’]s?$/, '');
      if (describes(noun)) return other('descriptor', tokens.length, from, { noun });
      if (clause[h]!.trail !== '') break;
    }
  }
  for (let k = 0; k < clause.length; k++) {
    const w = clause[k]!.lower;
    if (
      ANONYMOUS_DETERMINERS.has(w) &&
      (w === 'a' || w === 'an' || w === 'one' || w === 'someone')
    ) {
      // An unnamed someone before any name: "a question came from a member of the audience:".
      const name = firstName(clause, clause.length);
      if (!name || name.first > k) return other('anonymous', tokens.length, k);
    }
  }
  return firstName(clause, clause.length);
}
