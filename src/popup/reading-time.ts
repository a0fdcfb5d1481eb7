import { countWords } from '../core/text/words.ts';
import type { Summary } from '../core/types.ts';

/** Words a minute of an adult reading a news text on screen (as the core's article estimate). */
const WORDS_PER_MINUTE = 230;

/**
 * Seconds it takes to read the card as shown: its key points, figures with their context and
 * quotes with their speakers, rounded to 5 s (at least 5 s when there is anything).
 * Example: 115 words -> 30.
 */
export function cardSeconds(s: Pick<Summary, 'keyPoints' | 'figures' | 'quotes'>): number {
  const text = [
    ...s.keyPoints.map((k) => k.text),
    ...s.figures.map((f) => `${f.text} ${f.context}`),
    ...s.quotes.map((q) => `${q.text} ${q.speaker ?? ''} ${q.role ?? ''}`),
  ].join(' ');
  const words = countWords(text);
  if (words === 0) return 0;
  return Math.max(5, Math.round((words / WORDS_PER_MINUTE) * 12) * 5);
}
