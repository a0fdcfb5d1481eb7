/**
 * The people and organisations an article names: the Person and Mention records, the People
 * index buildPeople (build-people.ts) makes of them, and which titles are only honorifics.
 */

import { GENDER_TITLES } from './data/pronouns.ts';
import type { Token } from './tokens.ts';

/** A person or organisation named in the article, under the fullest name it is given. */
export interface Person {
  /** The name as first given in full: "Jeff Zhang", "Edward Norton Lorenz". */
  name: string;
  key: string[];
  org: boolean;
  /** Looks like a person's name: not an organisation, no digits ("LGP-30" is a machine). */
  human: boolean;
  /** Title written before the name: "President", "Israeli Prime Minister". */
  title: string | null;
  /** Where the name is written (to read its role only when asked for, see People.roleOf). */
  sites: { tokens: Token[]; first: number; last: number }[];
  /** Gender told by pronouns and honorifics near the name, when they agree. */
  gender: 'm' | 'f' | null;
  /** How many times a name resolving to this person is written outside quotes. */
  mentions: number;
  votes: { m: number; f: number };
}

/** A name written in the narrative (outside quotations), in reading order. */
export interface Mention {
  person: Person;
  block: number;
  at: number;
  /**
   * Written where a subject stands: not after a preposition, not a possessive. "Wild defenseman
   * Ryan Suter, who joked about Parise’s penchant, could see ..." has Suter as subject, not Parise.
   */
  subject: boolean;
  /**
   * Written with two words or more ("Tina Fey", "Ms Fey"), not by the last name alone ("Fey"):
   * a name given in full brings someone in; a last name alone refers back.
   */
  full: boolean;
}

export interface People {
  /**
   * The person a name as written stands for ("Zhang" for "Jeff Zhang"), or a new entry. With
   * `speaker`, a lone first name may stand for a full name ("Sarah" for "Sarah Gille"), and a
   * sentence's first word that the article also writes in lower case is no name (null). With a
   * gendered honorific as `title` ("Mr."), a full name whose first name tells the other gender
   * is not its fuller form ("Mr. Trump" is not "Ivanka Trump").
   */
  resolve(name: string, org?: boolean, speaker?: boolean, title?: string | null): Person | null;
  /** Names written outside quotations, in reading order. */
  mentions: Mention[];
  /** Gender told by pronouns near the person's name (computed on first use). */
  genderOf(p: Person): 'm' | 'f' | null;
  /**
   * Record the gender a he/she attributing a quote to p tells, when nothing told it before:
   * after "the novelist Jo Walton explained them to me. “...,” she said.", a later he is not
   * Jo Walton.
   */
  tellGender(p: Person, gender: 'm' | 'f'): void;
  /** Role from an apposition or the words before a name: "president of Alibaba Cloud Intelligence". */
  roleOf(p: Person): string | null;
}

const HONORIFICS = new Set([...GENDER_TITLES.keys(), 'dr', 'prof', 'mx']);

/** Whether a title is only an honorific, no role: "Mr", "Ms.", "Dr". */
export function isHonorific(title: string): boolean {
  return HONORIFICS.has(title.toLowerCase().replace(/\.$/, ''));
}
