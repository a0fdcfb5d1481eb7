import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../../public/_locales/en/messages.json';
import { SECTION_LIMITS } from '../../../src/browser/card-content.ts';
import { t } from '../../../src/browser/i18n.ts';
import { COPY_FORMATS, LENGTHS, SECTION_IDS } from '../../../src/browser/settings.ts';
import { ERROR_CODES } from '../../../src/messages.ts';

const messages = en as Record<string, { message: string; description?: string }>;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : /\.tsx?$/.test(f) ? [p] : [];
  });
}

describe('UI strings', () => {
  it('substitutes $1 like the browser does', () => {
    expect(t('readingTime', '6')).toBe('6 min read');
    expect(t('copyFailed', 'denied')).toBe("Couldn't copy: denied");
  });

  it('every literal key used in the UI exists in _locales/en and has a description', () => {
    const used = new Set<string>();
    for (const file of sources('src')) {
      for (const m of readFileSync(file, 'utf8').matchAll(/\bt\('([A-Za-z0-9_]+)'/g))
        used.add(m[1] as string);
    }
    expect(used.size).toBeGreaterThan(10);
    for (const key of used) {
      expect(messages[key], key).toBeDefined();
      expect(messages[key]?.description, key).toBeTruthy();
    }
  });

  it('has words for every error code and forbidden reason', () => {
    for (const code of ERROR_CODES) {
      expect(messages[`error_${code}_title`], code).toBeDefined();
      if (code !== 'forbidden') expect(messages[`error_${code}_body`], code).toBeDefined();
    }
    for (const r of [
      'browser_page',
      'extension_store',
      'extension_page',
      'pdf_viewer',
      'view_source',
      'local_file',
      'not_web',
    ]) {
      expect(messages[`forbidden_${r}`], r).toBeDefined();
    }
  });

  it('has every key the UI builds from a name (reveal_<outcome>, format_<format>...)', () => {
    const built = [
      ...['shown', 'shown_partial', 'selected', 'not_found', 'tab_changed', 'failed'].map(
        (o) => `reveal_${o}`,
      ),
      ...COPY_FORMATS.flatMap((f) => [`format_${f}`, `format_${f}_hint`, `copyLabel_${f}`]),
      ...['image', 'media', 'other'].map((k) => `not_html_${k}`),
      ...SECTION_IDS.flatMap((id) => LENGTHS.map((l) => `length_${l}_${id}`)),
    ];
    for (const key of built) expect(messages[key]?.description, key).toBeTruthy();
  });

  it('says the same numbers of figures and quotes as the card shows at each length', () => {
    for (const id of ['figures', 'quotes'] as const)
      for (const l of LENGTHS)
        expect(messages[`length_${l}_${id}`]?.message, `${l} ${id}`).toContain(
          `(${SECTION_LIMITS[id][l]} `,
        );
  });

  it('message names are valid for Chrome (letters, digits, underscore)', () => {
    for (const key of Object.keys(messages)) expect(key).toMatch(/^[A-Za-z0-9_]+$/);
  });
});
