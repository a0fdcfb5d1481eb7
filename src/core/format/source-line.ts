import type { Summary } from '../types.ts';
import { formatDate } from './format-date.ts';

/** "CloudTech News · James Bourne · 20 Apr 2020": the parts the page has, in that order. */
export function sourceLine(s: Pick<Summary, 'siteName' | 'byline' | 'published'>): string {
  return [s.siteName, s.byline, formatDate(s.published)].filter(Boolean).join(' · ');
}

/** "Jeff Zhang, president of Alibaba Cloud Intelligence", or "Unattributed". */
export function speakerLine(q: { speaker: string | null; role: string | null }): string {
  if (!q.speaker) return 'Unattributed';
  return q.role ? `${q.speaker}, ${q.role}` : q.speaker;
}
