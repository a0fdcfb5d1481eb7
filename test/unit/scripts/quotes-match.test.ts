import { describe, expect, it } from 'vitest';
import { type LabelQuote, scorePage, totals } from '../../../scripts/eval/quotes-match.ts';

const label = (text: string, speaker: string | null): LabelQuote => ({
  text,
  partial: false,
  speaker,
  role: null,
});

describe('quote totals split the wrong speakers by what a reader sees', () => {
  const labels = [
    label('We will build the new plant in Ohio next spring', 'Jane Roe'),
    label('Nobody told us the plant was closing', 'John Doe'),
    label('The union will fight the closure in court', 'Ann Smith'),
    label('This is the end of an era for the town', null),
    label('Prices have never been this high', 'Bo Li'),
  ];
  const page = scorePage(
    'p',
    [
      { text: 'We will build the new plant in Ohio next spring', speaker: 'Jane Roe' },
      { text: 'Nobody told us the plant was closing', speaker: 'Jane Roe' },
      { text: 'The union will fight the closure in court', speaker: null },
      { text: 'This is the end of an era for the town', speaker: 'John Doe' },
      { text: 'Prices have never been this high', speaker: 'Bo Li' },
    ],
    labels,
  );
  const t = totals([page]);

  it('counts each kind once, and the right ones apart', () => {
    expect(t.tp).toBe(5);
    expect(t.speakerRight).toBe(2);
    expect(t.wrongPerson).toBe(1);
    expect(t.noSpeaker).toBe(1);
    expect(t.nameForNobody).toBe(1);
  });

  it('adds up to the wrong speakers', () => {
    expect(t.wrongPerson + t.noSpeaker + t.nameForNobody).toBe(t.tp - t.speakerRight);
  });
});
