// Languages written right to left (ISO 639-1 and common 639-3 codes).
const RTL_LANGUAGES = new Set([
  'ar',
  'arc',
  'ckb',
  'dv',
  'fa',
  'ha',
  'he',
  'iw',
  'khw',
  'ks',
  'ku',
  'ps',
  'sd',
  'ug',
  'ur',
  'yi',
]);

/** "en_US" -> "en-US", "EN" -> "en"; an invalid tag -> null. */
export function normaliseLang(value: string | null): string | null {
  if (!value) return null;
  const tag = value.trim().replace(/_/g, '-');
  if (!/^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i.test(tag)) return null;
  const [base, ...rest] = tag.split('-');
  return [
    (base as string).toLowerCase(),
    ...rest.map((r) => (r.length === 2 ? r.toUpperCase() : r)),
  ].join('-');
}

/**
 * The article's writing direction: the `dir` Readability found on the article's own container
 * (pages set it there, as `<div dir="rtl">` inside `<html dir="ltr">`), else `<html dir>` or
 * `<body dir>`, else the language's direction ("ar", "he", "fa" are right to left, any other
 * known language left to right), else null.
 */
export function directionOf(
  doc: Document,
  articleDir: string | null,
  lang: string | null,
): 'ltr' | 'rtl' | null {
  for (const d of [
    articleDir,
    doc.documentElement?.getAttribute('dir'),
    doc.body?.getAttribute('dir'),
  ]) {
    const v = d?.trim().toLowerCase();
    if (v === 'rtl' || v === 'ltr') return v;
  }
  if (lang) return RTL_LANGUAGES.has(lang.split('-')[0] as string) ? 'rtl' : 'ltr';
  return null;
}
