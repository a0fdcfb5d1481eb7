/**
 * The Attribution record the clause parsers return (who an attribution clause gives the words to,
 * before 05-resolve-names.ts resolves names), its two constructors, and the descriptor nouns that
 * stand for a speaker named elsewhere.
 */

import { BODY_NOUNS, DOCUMENT_NOUNS, GROUP_NOUNS, ROLE_NOUNS } from './data/roles.ts';
import type { NameRun } from './names.ts';

/** Who an attribution clause gives the words to, before names are resolved. */
export interface Attribution {
  kind: 'name' | 'pronoun' | 'descriptor' | 'anonymous';
  /** The name as written here ("Zhang", "Jeff Zhang"), for kind 'name'. */
  name: string | null;
  org: boolean;
  /** The pronoun in lower case, for kind 'pronoun'. */
  pronoun: string | null;
  /** The head noun, for kind 'descriptor': "report" in "As the report states". */
  noun: string | null;
  /**
   * For kind 'descriptor', the lower-case word before the noun: "production" in "the production
   * company said".
   */
  modifier?: string;
  /** A role given here: "president of Alibaba Cloud Intelligence", "White House press secretary". */
  role: string | null;
  /** Index of the speech verb among the clause's tokens. */
  verb: number;
  /** Index of the first token of the attribution (speaker or verb, whichever comes first). */
  first: number;
  /**
   * Offset in the quote's first block of a pronoun written before the quote ("he said, “...”"),
   * set by 04-attribute.ts: only names before it can be what it stands for.
   */
  at?: number;
}

export function fromName(
  run: NameRun,
  role: string | null,
  verb: number,
  first: number,
): Attribution {
  return {
    kind: 'name',
    name: run.name,
    org: run.org,
    pronoun: null,
    noun: null,
    role: role ?? run.title,
    verb,
    first,
  };
}

export function other(
  kind: Attribution['kind'],
  verb: number,
  first: number,
  extra: Partial<Attribution> = {},
): Attribution {
  return {
    kind,
    name: null,
    org: false,
    pronoun: null,
    noun: null,
    role: null,
    verb,
    first,
    ...extra,
  };
}

/**
 * The noun of a descriptor that is an occupation the article gives no one as a role ("the singer
 * and guitarist told"); its modifier holds the occupation.
 */
export const ROLE_ANAPHOR = 'role-anaphor';

/**
 * The noun of a descriptor that stands for the person just named: an age ("the 29-year-old
 * said") or a party member ("the Ohio Democrat said").
 */
export const JUST_NAMED = 'just-named';

/** Whether a noun can stand for a speaker named elsewhere: "the president", "the report". */
export function describes(noun: string): boolean {
  return (
    ROLE_NOUNS.has(noun) ||
    BODY_NOUNS.has(noun) ||
    DOCUMENT_NOUNS.has(noun) ||
    GROUP_NOUNS.has(noun)
  );
}
