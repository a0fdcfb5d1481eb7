import { main } from '../../../src/cli/main.ts';

/** Run the CLI in-process with captured stdout/stderr. */
export async function runCli(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const o = {
    write(s: string) {
      out += s;
      return true;
    },
    columns: 80,
    isTTY: false,
  } as unknown as NodeJS.WriteStream;
  const e = {
    write(s: string) {
      err += s;
      return true;
    },
  } as unknown as NodeJS.WriteStream;
  const code = await main(argv, o, e);
  return { code, out, err };
}

export const jsonLines = (out: string) =>
  out
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);
