import { describe, expect, it } from 'vitest';
import { asSettings, DEFAULT_SETTINGS } from '../../../src/browser/settings.ts';

describe('asSettings', () => {
  it.each<[string, unknown, unknown]>([
    ['nothing stored', undefined, DEFAULT_SETTINGS],
    ['not an object', 'markdown', DEFAULT_SETTINGS],
    ['an unknown copy format', { copyFormat: 'pdf' }, DEFAULT_SETTINGS],
    ['a valid copy format', { copyFormat: 'html' }, { ...DEFAULT_SETTINGS, copyFormat: 'html' }],
    [
      'one section changed, the rest default',
      { sections: { quotes: { show: false, length: 'long' } } },
      {
        ...DEFAULT_SETTINGS,
        sections: { ...DEFAULT_SETTINGS.sections, quotes: { show: false, length: 'long' } },
      },
    ],
    [
      'wrong types fall back field by field',
      { sections: { figures: { show: 'no', length: 'huge' } } },
      DEFAULT_SETTINGS,
    ],
    ['an older shape with unknown keys', { theme: 'dark', sections: [] }, DEFAULT_SETTINGS],
  ])('%s', (_name, stored, expected) => expect(asSettings(stored)).toEqual(expected));
});
