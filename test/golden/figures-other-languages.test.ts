import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEV_NEWS_OTHER, FIXTURE_PAGES } from '../../scripts/lib/corpus.ts';
import { articleFromHtml } from '../../src/cli/summarise-input.ts';
import { summarise } from '../../src/core/summarise.ts';

const figuresOf = (page: string) =>
  summarise(articleFromHtml(readFileSync(join(FIXTURE_PAGES, page, 'source.html')), null)).figures;

// Non-English pages must not crash or produce garbage: numbers in their own formats are found
// ([page, figure text, value, unit]), and dates, years and versions stay out.
describe('figures on the non-English development pages', () => {
  const pages = Object.keys(DEV_NEWS_OTHER).map((page) => [page, figuresOf(page)] as const);
  const find = (page: string, text: string) =>
    pages.find(([p]) => p === page)?.[1].find((f) => f.text === text);

  it.each<[string, string, number, string | null]>([
    ['liberation-1', '2 209 Français', 2209, 'français'],
    ['liberation-1', 'près de 5 500 morts', 5500, 'morts'],
    ['liberation-1', '25 tonnes', 25, 't'],
    ['heise', 'knapp 50 Euro', 50, 'EUR'],
    ['la-nacion', '10 millones de dólares', 10e6, 'USD'],
    ['la-nacion', 'cerca de 40.000 vidas', 40000, 'vidas'],
    ['lemonde-1', '75 députés', 75, 'députés'],
    ['aktualne', 'kolem 100 milionů liber', 100e6, 'liber'],
  ])('%s: %s', (page, text, value, unit) => {
    const f = find(page, text);
    expect(f?.value).toBe(value);
    expect(f?.unit).toBe(unit);
  });

  it.each(Object.keys(DEV_NEWS_OTHER))(
    '%s: every figure has a value and no year or version',
    (page) => {
      for (const f of pages.find(([p]) => p === page)?.[1] ?? []) {
        expect(f.value === null || Number.isFinite(f.value)).toBe(true);
        // "2012", "2019" (folha), "OS X 10.10" and "Version 5.3" (heise), "4:1" (aktualne).
        expect(f.text).not.toMatch(/^(?:19|20)\d\d$|^10\.10$|^5\.3$|^4$/);
      }
    },
  );
}, 120_000);
