import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { blocksFromDom } from '../../src/core/extract/blocks-from-dom.ts';
import { holdout, requireCorpus } from '../lib/corpus.ts';
import { tokenize } from './extraction-metric.ts';
import { ledeText } from './extraction-run.ts';

/** The URL Readability's own test suite gives every page. */
export const READABILITY_TEST_URL = 'http://fakehost/test/page.html';

/**
 * Story paragraphs of an expected.html, as Lede would cut them into blocks. Figures and their
 * captions are left out: Lede drops picture captions and credits on purpose.
 */
export function expectedParagraphs(html: string): string[] {
  const dom = new JSDOM(html);
  try {
    const body = dom.window.document.body;
    for (const el of Array.from(body.querySelectorAll('figure, figcaption'))) el.remove();
    return blocksFromDom(body).map((b) => b.text);
  } finally {
    dom.window.close();
  }
}

/** Word tokens joined by one space: containment then ignores spacing and punctuation. */
export const tokenLine = (text: string) => ` ${tokenize(text).join(' ')} `;

/** Which expected paragraphs are missing from Lede's text (compared as token lines). */
export function lostParagraphs(expected: string[], ledeText: string): string[] {
  const have = tokenLine(ledeText);
  return expected.filter((p) => tokenize(p).length > 0 && !have.includes(tokenLine(p)));
}

/**
 * Regression check against Readability's expected outputs: paragraph recall of Lede's cleaned
 * blocks over every non-reserved page, listing the pages where a paragraph of 100+ characters
 * is lost.
 */
export function readabilityRegression(verbose: boolean): void {
  const dir = requireCorpus('readability', 'The Readability regression check');
  const reserved = holdout();
  let total = 0;
  let found = 0;
  let pages = 0;
  const bad: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (reserved.has(name)) continue;
    const source = join(dir, name, 'source.html');
    const expectedFile = join(dir, name, 'expected.html');
    if (!existsSync(source) || !existsSync(expectedFile)) continue;
    pages++;
    const expected = expectedParagraphs(readFileSync(expectedFile, 'utf8'));
    const { text } = ledeText(readFileSync(source), READABILITY_TEST_URL);
    const lost = lostParagraphs(expected, text);
    total += expected.length;
    found += expected.length - lost.length;
    const longLost = lost.filter((p) => p.length >= 100);
    if (longLost.length > 0) {
      bad.push(`${name}: ${longLost.length} paragraph(s) of 100+ chars lost`);
      if (verbose) for (const p of longLost) bad.push(`    - ${p.slice(0, 140)}`);
    }
  }
  const out = process.stdout;
  out.write(
    `Readability expected.html paragraphs: ${found}/${total} kept, paragraph recall ` +
      `${(found / (total || 1)).toFixed(4)} over ${pages} non-reserved pages\n`,
  );
  out.write(
    `Pages losing a paragraph of 100+ characters: ${bad.filter((b) => !b.startsWith(' ')).length}\n`,
  );
  for (const b of bad) out.write(`  ${b}\n`);
}
