import { SPEAKER_PRONOUNS } from './data/pronouns.ts';
import { SPOKES_NOUNS } from './data/roles.ts';

/**
 * The he or she that may go on speaking for a body quoted through its spokesperson: after "a
 * spokeswoman for the Service Employees International Union said", "“...,” she said" is still the
 * union speaking; "spokesman" gives he, "spokesperson" either. Null for any other role (a body
 * itself is no he or she).
 */
export function spokesVoice(role: string | null | undefined): 'm' | 'f' | 'any' | null {
  const noun = role?.toLowerCase().split(/\s+/).pop() ?? '';
  if (!SPOKES_NOUNS.has(noun) || !/^spokes/.test(noun)) return null;
  if (noun.endsWith('woman')) return 'f';
  if (noun.endsWith('man')) return 'm';
  return 'any';
}

/** Whether a pronoun attributing a quote fits the voice a body last spoke in. */
export function fitsVoice(voice: 'm' | 'f' | 'any' | null, pronoun: string | null): boolean {
  const g = SPEAKER_PRONOUNS.get(pronoun ?? '');
  if (voice === null || (g !== 'm' && g !== 'f')) return false;
  return voice === 'any' || voice === g;
}
