import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../../public/_locales/en/messages.json';
import { t } from '../../../src/browser/i18n.ts';

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
    for (const code of [
      'forbidden',
      'not_article',
      'no_text',
      'tab_gone',
      'no_access',
      'timeout',
      'internal',
    ]) {
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

  it('message names are valid for Chrome (letters, digits, underscore)', () => {
    for (const key of Object.keys(messages)) expect(key).toMatch(/^[A-Za-z0-9_]+$/);
  });
});
