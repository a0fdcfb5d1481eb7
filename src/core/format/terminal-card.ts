import { cardFigures } from '../figures/card-figures.ts';
import type { Summary } from '../types.ts';
import { CARD_FIGURES, CARD_QUOTES } from './limits.ts';
import { sourceLine, speakerLine } from './source-line.ts';

export interface TerminalOptions {
  width: number;
  /** ANSI bold and dim; off when the output is not a terminal or NO_COLOR is set. */
  color: boolean;
}

/**
 * The card for a terminal: wrapped to the width, sections in the popup's order. Control
 * characters from the page are removed so an article cannot move the cursor or recolour
 * the terminal.
 */
export function toTerminalCard(s: Summary, opts: TerminalOptions): string {
  const bold = (t: string) => (opts.color ? `\x1b[1m${t}\x1b[22m` : t);
  const dim = (t: string) => (opts.color ? `\x1b[2m${t}\x1b[22m` : t);
  const w = Math.max(40, opts.width);
  const out: string[] = [];
  out.push(...wrap(safe(s.title || 'Untitled'), w).map(bold));
  const source = sourceLine(s);
  const reading = `${s.readingMinutes} min read`;
  out.push(dim(safe(source ? `${source} · ${reading}` : reading)));
  if (s.url) out.push(dim(safe(s.url)));
  if (s.source === 'selection') out.push(dim('Summary of the selected passage'));
  if (s.partial)
    out.push(dim('Partial: a very long article; this card covers its first 20,000 words or so.'));
  if (s.keyPoints.length > 0) {
    out.push('', bold('Key points'));
    for (const k of s.keyPoints) out.push(...hang('• ', safe(k.text), w));
  }
  const figures = cardFigures(s.figures, CARD_FIGURES);
  if (figures.length > 0) {
    out.push('', bold('Key figures'));
    for (const f of figures) out.push(...hang('• ', `${safe(f.text)}: ${safe(f.context)}`, w));
  }
  const quotes = s.quotes.slice(0, CARD_QUOTES);
  if (quotes.length > 0) {
    out.push('', bold('Quotes'));
    for (const q of quotes) {
      out.push(...hang(' “', `${safe(q.text)}”`, w));
      out.push(...hang('  — ', safe(speakerLine(q)), w).map(dim));
    }
  }
  if (s.keyPoints.length === 0 && figures.length === 0 && quotes.length === 0) {
    out.push('', 'Nothing to summarise: the page has no article text.');
  }
  return `${out.join('\n')}\n`;
}

function safe(text: string): string {
  // C0/C1 controls (ESC starts a colour or cursor sequence) and bidi overrides that could
  // reorder the terminal line: "\u202eevil" would print backwards.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point.
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, ' ');
}

function hang(prefix: string, text: string, width: number): string[] {
  const pad = ' '.repeat(prefix.length);
  return wrap(text, width - prefix.length).map((line, i) => (i === 0 ? prefix : pad) + line);
}

/** Greedy word wrap; a word longer than the width is left whole on its own line. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}
