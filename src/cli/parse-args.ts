import type { Length } from '../core/types.ts';
import { UsageError } from './errors.ts';

export type Format = 'card' | 'markdown' | 'json';

export interface CliArgs {
  format: Format;
  url: string | null;
  length: Length;
  inputs: string[];
  help: boolean;
}

const FORMATS: Format[] = ['card', 'markdown', 'json'];
const LENGTHS: Length[] = ['short', 'medium', 'long'];

export const USAGE = `Usage: npm run summarise -- [options] [INPUT...]

Summarise news articles: key points, key figures and attributed quotes.

INPUT   an .html, .htm, .html.gz or .txt file (paragraphs separated by blank lines),
        or an http(s) URL. With no INPUT, summarises the bundled demo article.

Options:
  --format card|markdown|json   card (default) for the terminal, markdown as Copy gives it,
                                json one object per input per line
  --url PAGE_URL                the page's address, for links and citations of a file input
  --length short|medium|long    how many key points (default medium)
  -h, --help                    show this help

Exit status: 0 all inputs summarised, 1 some input failed (the rest still run), 2 usage error.`;

/** Parse argv (without node and script). Throws UsageError for anything it does not understand. */
export function parseArgs(argv: string[]): CliArgs {
  const args: CliArgs = { format: 'card', url: null, length: 'medium', inputs: [], help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s, 2) : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new UsageError(`${flag} needs a value.`);
      return v;
    };
    switch (flag) {
      case '-h':
      case '--help':
        args.help = true;
        break;
      case '--format': {
        const v = value();
        if (!FORMATS.includes(v as Format))
          throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, not "${v}".`);
        args.format = v as Format;
        break;
      }
      case '--length': {
        const v = value();
        if (!LENGTHS.includes(v as Length))
          throw new UsageError(`--length must be one of ${LENGTHS.join(', ')}, not "${v}".`);
        args.length = v as Length;
        break;
      }
      case '--url': {
        const v = value();
        if (!/^https?:\/\//i.test(v))
          throw new UsageError(`--url must be an http(s) address, not "${v}".`);
        args.url = v;
        break;
      }
      case '--':
        args.inputs.push(...argv.slice(i + 1));
        i = argv.length;
        break;
      default:
        if (arg.startsWith('-') && arg !== '-') throw new UsageError(`Unknown option ${arg}.`);
        args.inputs.push(arg);
    }
  }
  return args;
}
