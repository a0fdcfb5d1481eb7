import { ROLE_NOUNS, SPOKES_NOUNS } from './data/roles.ts';
import { type NameRun, readNameForward } from './names.ts';
import type { Token } from './tokens.ts';

/**
 * The person named right after a name and a role noun, who is the subject rather than the name
 * before the role: "EC spokeswoman Marja Quillinan-Meiland conceded ...", "Local councillor Gordon
 * Mackenzie branded the event a “shambles” and said:" (a body or a capitalised adjective opening
 * the sentence, then the role, then the person). Null when no name follows the role at once.
 */
export function personAfterRole(
  tokens: readonly Token[],
  run: NameRun,
  limit: number,
): NameRun | null {
  const role = tokens[run.last + 1];
  if (!role || tokens[run.last]!.trail !== '' || role.trail !== '') return null;
  if (!ROLE_NOUNS.has(role.lower) && !SPOKES_NOUNS.has(role.lower)) return null;
  const person = readNameForward(tokens, run.last + 2, limit);
  return person && person.first === run.last + 2 ? person : null;
}
