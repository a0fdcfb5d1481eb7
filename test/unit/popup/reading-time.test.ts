import { describe, expect, it } from 'vitest';
import { cardSeconds } from '../../../src/popup/reading-time.ts';

const points = (words: number) => ({
  keyPoints: [{ text: 'word '.repeat(words).trim(), at: { block: 0, start: 0, end: 1 } }],
  figures: [],
  quotes: [],
});

describe('cardSeconds', () => {
  it.each([
    [0, 0], // nothing to read
    [1, 5], // at least 5 s
    [20, 5],
    [115, 30], // half of 230 words a minute
    [230, 60],
    [1000, 260],
  ])('%i words -> %i s', (words, seconds) => expect(cardSeconds(points(words))).toBe(seconds));
});
