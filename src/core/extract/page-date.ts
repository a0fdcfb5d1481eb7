import type { MetaTags } from './meta-tags.ts';
import type { PageScan } from './page-scan.ts';

// Meta tags that carry the publication date, most specific first.
const DATE_META = [
  'property:article:published_time',
  'name:article:published_time',
  'property:og:published_time',
  'itemprop:datepublished',
  'name:datepublished',
  'name:parsely-pub-date',
  'name:sailthru.date',
  'name:publish-date',
  'name:publishdate',
  'name:pubdate',
  'name:date',
  'name:dc.date.issued',
  'name:dc.date',
  'name:dcterms.created',
  'name:citation_publication_date',
  'property:article:published',
];

/**
 * The publication date from JSON-LD (passed in), the meta tags, `<time itemprop="datePublished">`,
 * `<time pubdate>`, the first `<time datetime>` of the article or page, or an
 * `<abbr class="published" title>`; as ISO 8601 (see `toIsoDate`), or null.
 */
export function findPublished(
  scan: PageScan,
  meta: MetaTags,
  ldDate: string | null,
): string | null {
  const candidates: (string | null | undefined)[] = [ldDate, ...meta.all(...DATE_META)];
  const time =
    scan.times.find(
      (t) =>
        /(?:^|\s)datePublished(?:\s|$)/i.test(t.el.getAttribute('itemprop') ?? '') ||
        t.el.hasAttribute('pubdate'),
    ) ??
    scan.times.find((t) => t.inArticle) ??
    scan.times[0];
  candidates.push(time?.el.getAttribute('datetime'));
  candidates.push(scan.abbrPublished?.getAttribute('title'));
  for (const c of candidates) {
    const iso = c ? toIsoDate(c) : null;
    if (iso) return iso;
  }
  return null;
}

// "2015-07-10 09:53:00 -0400", "2021-11-01T10:52:50+0100", "2018-12-21 12:55", "2019-11-20".
const ISO_LIKE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T\s]+(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2}|UTC|GMT)?)?$/i;

/**
 * A date as ISO 8601, keeping the page's own offset: "2015-07-10 09:53:00 -0400" ->
 * "2015-07-10T09:53:00-04:00", "2021-11-01T10:52:50+0100" -> "2021-11-01T10:52:50+01:00",
 * "2018-12-21 12:55:00" -> "2018-12-21T12:55:00" (no offset given, none invented), "Wed, 20 Nov
 * 2019 05:57:50 GMT" -> "2019-11-20T05:57:50.000Z". Dates before 1990 or far in the future are
 * taken for placeholders and refused.
 */
export function toIsoDate(value: string): string | null {
  const v = value.trim();
  const m = ISO_LIKE.exec(v);
  if (m) {
    const [, y, mo, d, h, mi, s, frac, zone] = m;
    if (!plausible(Number(y), Number(mo), Number(d))) return null;
    if (h === undefined) return `${y}-${mo}-${d}`;
    let out = `${y}-${mo}-${d}T${h}:${mi}:${s ?? '00'}${frac ?? ''}`;
    if (zone) {
      const z = zone.toUpperCase();
      out += z === 'Z' || z === 'UTC' || z === 'GMT' ? 'Z' : `${z.slice(0, 3)}:${z.slice(-2)}`;
    }
    return out;
  }
  if (!/\d{4}/.test(v)) return null;
  const t = Date.parse(v);
  if (Number.isNaN(t)) return null;
  const date = new Date(t);
  if (!plausible(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate())) return null;
  return date.toISOString();
}

function plausible(year: number, month: number, day: number): boolean {
  const now = new Date().getUTCFullYear();
  return year >= 1990 && year <= now + 1 && month >= 1 && month <= 12 && day >= 1 && day <= 31;
}
