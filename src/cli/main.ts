import { fileURLToPath } from 'node:url';
import { toJsonError, toJsonRecord } from '../core/format/json-record.ts';
import { toMarkdown } from '../core/format/markdown.ts';
import { toTerminalCard } from '../core/format/terminal-card.ts';
import { InputError, UsageError } from './errors.ts';
import { loadInput } from './load-input.ts';
import { type CliArgs, parseArgs, USAGE } from './parse-args.ts';
import { summariseInput } from './summarise-input.ts';

/** The demo article: the reference news page, also the first end-to-end test's page. */
export const DEMO_PAGE = fileURLToPath(
  new URL('../../test/fixtures/alibaba-cloud-investment.html', import.meta.url),
);
const DEMO_URL =
  'https://cloudtech.example/news/2020/apr/20/alibaba-cloud-invest-28bn-infrastructure/';

export async function main(
  argv: string[],
  out: NodeJS.WriteStream = process.stdout,
  err: NodeJS.WriteStream = process.stderr,
): Promise<number> {
  let args: CliArgs;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    err.write(`lede: ${e.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (args.help) {
    out.write(`${USAGE}\n`);
    return 0;
  }
  const inputs = args.inputs.length > 0 ? args.inputs : [DEMO_PAGE];
  let failed = false;
  for (const [n, input] of inputs.entries()) {
    const label = args.inputs.length > 0 ? input : 'demo';
    try {
      const pageUrl = args.url ?? (args.inputs.length === 0 ? DEMO_URL : null);
      const summary = summariseInput(await loadInput(input, pageUrl), { length: args.length });
      if (args.format === 'json') out.write(`${JSON.stringify(toJsonRecord(label, summary))}\n`);
      else {
        if (n > 0) out.write('\n');
        out.write(
          args.format === 'markdown'
            ? toMarkdown(summary)
            : toTerminalCard(summary, {
                width: Math.min(100, (out as NodeJS.WriteStream).columns || 80),
                color: Boolean((out as NodeJS.WriteStream).isTTY) && !process.env.NO_COLOR,
              }),
        );
      }
    } catch (e) {
      failed = true;
      const code = e instanceof InputError ? e.code : 'internal';
      const message =
        e instanceof InputError
          ? e.message
          : `Lede failed unexpectedly on this input; please report it. ${(e as Error).message}`;
      if (args.format === 'json')
        out.write(`${JSON.stringify(toJsonError(label, code, message))}\n`);
      else err.write(`lede: ${label}: ${message} [${code}]\n`);
    }
  }
  return failed ? 1 : 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`lede: ${(e as Error).stack ?? e}\n`);
      process.exitCode = 1;
    },
  );
}
