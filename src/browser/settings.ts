import type { CopyFormat } from '../core/format/citation.ts';
import type { Length } from '../core/types.ts';

/** The card's sections, in the order the card shows them. */
export const SECTION_IDS = ['keyPoints', 'figures', 'quotes'] as const;
export type SectionId = (typeof SECTION_IDS)[number];

export interface SectionSetting {
  show: boolean;
  length: Length;
}

/** What the options page lets the user choose; stored in storage.sync (local as fallback). */
export interface Settings {
  sections: Record<SectionId, SectionSetting>;
  /** What Copy (and the copy shortcut, and "Copy quote with source") puts on the clipboard. */
  copyFormat: CopyFormat;
}

export const LENGTHS: readonly Length[] = ['short', 'medium', 'long'];
export const COPY_FORMATS: readonly CopyFormat[] = ['markdown', 'text', 'html'];

export const DEFAULT_SETTINGS: Settings = {
  sections: {
    keyPoints: { show: true, length: 'medium' },
    figures: { show: true, length: 'medium' },
    quotes: { show: true, length: 'medium' },
  },
  copyFormat: 'markdown',
};

/**
 * Settings from storage, checked field by field: storage may hold an older shape, or a value
 * another version wrote. Anything missing or wrong takes its default, so a bad value can never
 * hide the whole card. Example: `{ copyFormat: 'pdf' }` -> the defaults.
 */
export function asSettings(value: unknown): Settings {
  const v = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
  const sections = (v.sections && typeof v.sections === 'object' ? v.sections : {}) as Record<
    string,
    unknown
  >;
  const out: Settings = {
    sections: { ...DEFAULT_SETTINGS.sections },
    copyFormat: COPY_FORMATS.includes(v.copyFormat as CopyFormat)
      ? (v.copyFormat as CopyFormat)
      : DEFAULT_SETTINGS.copyFormat,
  };
  for (const id of SECTION_IDS) {
    const s = (sections[id] && typeof sections[id] === 'object' ? sections[id] : {}) as Record<
      string,
      unknown
    >;
    out.sections[id] = {
      show: typeof s.show === 'boolean' ? s.show : DEFAULT_SETTINGS.sections[id].show,
      length: LENGTHS.includes(s.length as Length)
        ? (s.length as Length)
        : DEFAULT_SETTINGS.sections[id].length,
    };
  }
  return out;
}
