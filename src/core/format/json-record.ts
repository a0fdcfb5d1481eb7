import type { Summary } from '../types.ts';

/**
 * One line of the CLI's JSON output. The field names are a public contract (README, "JSON
 * output"): fields may be added, never removed or renamed.
 */
export function toJsonRecord(input: string, s: Summary): Record<string, unknown> {
  return {
    input,
    ok: true,
    url: s.url,
    title: s.title,
    byline: s.byline,
    authors: s.authors,
    siteName: s.siteName,
    published: s.published,
    lang: s.lang,
    dir: s.dir,
    source: s.source,
    partial: s.partial,
    wordCount: s.wordCount,
    readingMinutes: s.readingMinutes,
    keyPoints: s.keyPoints.map((k) => ({ text: k.text, at: k.at })),
    figures: s.figures.map((f) => ({
      text: f.text,
      value: f.value,
      unit: f.unit,
      context: f.context,
      forms: f.forms,
      at: f.at,
      key: f.key,
    })),
    quotes: s.quotes.map((q) => ({
      text: q.text,
      speaker: q.speaker,
      role: q.role,
      partial: q.partial,
      at: q.at,
    })),
    articleText: s.articleText,
  };
}

export function toJsonError(input: string, code: string, message: string): Record<string, unknown> {
  return { input, ok: false, error: { code, message } };
}
