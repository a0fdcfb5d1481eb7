import { existsSync } from 'node:fs';

/**
 * A browser binary: the path in the environment variable `envVar` when set (null if it does not
 * exist there), else the first of `candidates` that exists, else null.
 */
export function findBinary(envVar: string, candidates: readonly string[]): string | null {
  const fromEnv = process.env[envVar];
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return candidates.find((p) => existsSync(p)) ?? null;
}
