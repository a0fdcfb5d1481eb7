import { describe, expect, it } from 'vitest';
import {
  chooseKeyPoints,
  selectKeyPoints,
} from '../../../../src/core/keypoints/select-key-points.ts';
import type { Doc } from '../../../../src/core/text/doc.ts';
import type { Figure, KeyPoint, Length, Quote } from '../../../../src/core/types.ts';
import { doc } from './make-doc.ts';

const none = { figures: [] as Figure[], quotes: [] as Quote[] };
const texts = (d: Doc, length: Length = 'medium', ctx = none) =>
  selectKeyPoints(d, { ...ctx, length }).map((p) => p.text);

// A plain news story: lede, nut, detail, quote, background. Every test below changes one thing.
const LEDE =
  'Alibaba Cloud is to invest 200 billion yuan in its cloud infrastructure over the next three years.';
const STORY = [
  LEDE,
  'The company will spend the money on servers, chips and networks for new data centres in China.',
  'Cloud revenue at Alibaba grew by more than half last year as businesses moved online.',
  'Analysts said the investment would help Alibaba Cloud compete with rivals in the region.',
  'The data centres will be built in several provinces over the coming three years.',
  'Alibaba Cloud already runs data centres in more than twenty regions around the world.',
];

describe('selectKeyPoints: what is excluded', () => {
  it.each([
    [
      'a caption block',
      'c: Alibaba Cloud data centres in Hangzhou are shown in this picture of the campus.',
    ],
    [
      'a caption with its credit',
      'Alibaba Cloud data centres in Hangzhou are shown on the campus. (Reuters)',
    ],
    [
      'a question to the reader',
      'What will Alibaba Cloud do with all the new data centres it is building?',
    ],
    [
      'a promo',
      'Attend the Cloud Expo World Series with upcoming events in Silicon Valley and London.',
    ],
    ['a bio', 'James Bourne is the editor of CloudTech News and writes about Alibaba Cloud.'],
  ])('%s', (_name, extra) => {
    const d = doc([extra, ...STORY], 'Alibaba Cloud to invest in data centres');
    const out = texts(d, 'long');
    expect(out.length).toBeGreaterThan(0);
    const plain = extra.replace(/^c: /, '');
    expect(out.some((t) => t.includes(plain.slice(0, 40)))).toBe(false);
  });
});

describe('selectKeyPoints: the lede', () => {
  it.each([
    ['first paragraph', [LEDE, ...STORY.slice(1)]],
    ['after a photo caption and a credit line', ['Photo', 'c: Workers at the site.', ...STORY]],
    ['after a gallery counter and a section label', ['1 / 5', 'Biz & IT —', ...STORY]],
  ])('is among the key points: %s', (_name, parts) => {
    expect(texts(doc(parts, 'Alibaba Cloud to invest'))).toContain(LEDE);
  });

  it('loses its dateline, and `at` points at the text kept', () => {
    const d = doc([`MOSCOW (AP) — ${LEDE}`, ...STORY.slice(1)]);
    const first = selectKeyPoints(d, { ...none, length: 'medium' })[0] as KeyPoint;
    expect(first.text).toBe(LEDE);
    expect(d.blocks[first.at.block]?.text.slice(first.at.start, first.at.end)).toBe(LEDE);
  });
});

describe('selectKeyPoints: sentences that need the one before', () => {
  it('a dangling "He said" after a chosen sentence joins it, verbatim, with `at` on the first', () => {
    const d = doc([
      LEDE,
      'Jeff Zhang, the president of Alibaba Cloud Intelligence, announced the investment in Hangzhou.',
      'He said the data centres would help businesses in China recover from the pandemic.',
    ]);
    const points = selectKeyPoints(d, { ...none, length: 'short' });
    const joined = points.find((p) => p.text.includes('He said'));
    expect(joined?.text).toBe(
      'Jeff Zhang, the president of Alibaba Cloud Intelligence, announced the investment in Hangzhou. He said the data centres would help businesses in China recover from the pandemic.',
    );
    const first = d.sentences[1]!;
    expect(joined?.at).toEqual({ block: 1, start: 0, end: first.end });
  });

  it('is never shown alone', () => {
    const d = doc([
      LEDE,
      'Where will the money go?',
      'It will go to servers, chips and networks for new data centres across China.',
      ...STORY.slice(2),
    ]);
    for (const t of texts(d, 'long')) expect(t.startsWith('It will go')).toBe(false);
  });

  it('is dropped when the sentence before it cannot be a key point', () => {
    const d = doc([
      'c: A view of the Alibaba campus in Hangzhou, where the data centres are run.',
      'It will host the new servers that Alibaba Cloud is buying for its data centres.',
      ...STORY,
    ]);
    for (const t of texts(d, 'long')) expect(t).not.toMatch(/^It will host/);
  });

  it('a quotation split over two sentences is shown whole or not at all', () => {
    const d = doc([
      LEDE,
      '“We hope to help businesses speed up the recovery. The investment shows our commitment to China,” said Jeff Zhang of Alibaba Cloud.',
      ...STORY.slice(1),
    ]);
    for (const t of texts(d, 'long')) {
      expect(t.startsWith('“We hope') && !t.includes('said Jeff Zhang')).toBe(false);
      expect(t.startsWith('The investment shows')).toBe(false);
    }
  });
});

describe('selectKeyPoints: redundancy', () => {
  it('a near-copy of a chosen sentence is not chosen again', () => {
    const copy = `${LEDE.slice(0, -1)}, the company said.`;
    const d = doc([LEDE, copy, ...STORY.slice(1)], 'Alibaba Cloud to invest 200 billion yuan');
    const out = texts(d, 'long');
    expect(
      out.filter((t) => t.startsWith('Alibaba Cloud is to invest 200 billion yuan')).length,
    ).toBe(1);
  });

  it('a caption repeated as a heading and a paragraph is shown neither time', () => {
    const cap = 'In this photo dated Tuesday, the rocket is installed on a launch pad in Baikonur.';
    const out = texts(doc([`h: ${cap}`, cap, ...STORY]), 'long');
    expect(out.some((t) => t.includes('In this photo'))).toBe(false);
  });
});

describe('selectKeyPoints: what Lede knows', () => {
  // Two detail sentences alike in every way but the figure.
  const A = 'The new data centres in Hangzhou will each hold thousands of servers for customers.';
  const B = 'The new data centres in Shenzhen will each hold thousands of servers for customers.';
  const base = [LEDE, 'Filler sentence number one is here to pad the story out a bit.', A, B];

  it.each([
    ['the top figure', 2],
    ['the top figure', 3],
  ])('prefers the sentence that carries %s (sentence %i)', (_name, target) => {
    const d = doc(base);
    const s = d.sentences[target]!;
    const figure: Figure = {
      text: 'thousands',
      value: 1000,
      unit: 'servers',
      context: 'servers per data centre',
      forms: ['thousands'],
      at: [{ block: s.block, start: s.start + 50, end: s.start + 59 }],
      score: 1,
      key: true,
    };
    const points = chooseKeyPoints(
      d,
      { figures: [figure], quotes: [] },
      { points: 2, sentences: 2 },
    );
    expect(points.map((p) => p.text)).toContain(s.text);
  });

  it('prefers the sentence with the main speaker’s quotation', () => {
    const q1 = '“This is the right moment to build,” said Jeff Zhang, president of Alibaba Cloud.';
    const q2 = '“We will watch the market closely,” said an analyst who follows Alibaba Cloud.';
    const d = doc([LEDE, q2, q1]);
    const at = (i: number) => ({ block: i, start: 1, end: 10 });
    const quotes: Quote[] = [
      {
        text: 'This is the right moment to build',
        speaker: 'Jeff Zhang',
        role: null,
        partial: false,
        at: at(2),
        score: 2,
      },
      {
        text: 'We will watch the market closely',
        speaker: null,
        role: null,
        partial: false,
        at: at(1),
        score: 1,
      },
    ];
    const points = chooseKeyPoints(d, { figures: [], quotes }, { points: 2, sentences: 2 });
    expect(points.map((p) => p.text)).toEqual([LEDE, q1]);
  });

  it('orders key points as in the article', () => {
    const points = selectKeyPoints(doc(STORY, 'Alibaba Cloud data centres'), {
      ...none,
      length: 'long',
    });
    const order = points.map((p) => [p.at.block, p.at.start]);
    expect(order).toEqual([...order].sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!));
  });
});

/** Varied made-up news sentences, deterministic: no two say the same thing. */
function prose(count: number, seed = 7): string[] {
  const nouns =
    'council budget housing transport school water energy park police hospital bridge port airport tram library museum court prison farm factory market bank tax rent wage'.split(
      ' ',
    );
  const verbs =
    'approved rejected delayed funded cut expanded reviewed audited closed opened sold bought'.split(
      ' ',
    );
  const places =
    'Leeds Bristol Cardiff Glasgow Belfast York Bath Derby Hull Dundee Exeter Norwich'.split(' ');
  let x = seed;
  const pick = <T>(a: T[]): T => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return a[x % a.length] as T;
  };
  return Array.from(
    { length: count },
    (_, i) =>
      `Officials in ${pick(places)} ${pick(verbs)} the ${pick(nouns)} plan and the ${pick(nouns)} review after ${i + 2} ${pick(nouns)} meetings with ${pick(places)} and ${pick(nouns)} groups.`,
  );
}

describe('selectKeyPoints: length and size', () => {
  it.each([
    ['short', 3],
    ['medium', 4],
    ['long', 5],
  ] as [Length, number][])('%s gives %i key points', (length, n) => {
    expect(texts(doc(prose(30)), length)).toHaveLength(n);
  });

  it.each([
    ['no text', [], []],
    [
      'one sentence',
      ['Markets fell sharply in Tokyo on Monday after the data.'],
      ['Markets fell sharply in Tokyo on Monday after the data.'],
    ],
    [
      'two sentences, the second a short follow-on',
      ['Markets fell sharply in Tokyo on Monday. Bonds rose.'],
      ['Markets fell sharply in Tokyo on Monday. Bonds rose.'],
    ],
    [
      'two paragraphs, the second too short to stand alone',
      ['Markets fell sharply in Tokyo on Monday.', 'Bonds rose.'],
      ['Markets fell sharply in Tokyo on Monday.'],
    ],
    ['a headline without a full stop', ['Markets fall in Tokyo'], ['Markets fall in Tokyo']],
    ['only a promo', ['Sign up for our newsletter today.'], []],
  ])('a very short text gives what there is: %s', (_name, parts, expected) => {
    expect(texts(doc(parts))).toEqual(expected);
  });

  it('a 12,000-word article gives a card quickly, from its top', () => {
    const sentences = prose(600);
    const paragraphs = Array.from(
      { length: 300 },
      (_, p) => `${sentences[2 * p]} ${sentences[2 * p + 1]}`,
    );
    const d = doc(paragraphs, 'City council budget live: every update');
    expect(d.sentences.length).toBe(600);
    expect(d.blocks.reduce((n, b) => n + b.text.split(' ').length, 0)).toBeGreaterThanOrEqual(
      12_000,
    );
    const points = selectKeyPoints(d, { ...none, length: 'medium' });
    expect(points).toHaveLength(4);
    // Candidates come from the first 300 sentences only.
    expect(Math.max(...points.map((p) => p.at.block))).toBeLessThan(150);
    // A guard against a quadratic step (that would take seconds), not a benchmark.
    expect(bestTime(() => selectKeyPoints(d, { ...none, length: 'medium' }))).toBeLessThan(100);
  });

  it('a 2,000-word article takes well under the 20 ms the whole analysis may take', () => {
    const sentences = prose(100, 11);
    const d = doc(
      Array.from({ length: 25 }, (_, p) => sentences.slice(4 * p, 4 * p + 4).join(' ')),
      'Council plans',
    );
    expect(bestTime(() => selectKeyPoints(d, { ...none, length: 'medium' }))).toBeLessThan(10);
  });
});

/**
 * Best processor time of five runs after two warm-up runs, in ms: processor rather than wall
 * time and the best run, because the test machine may be busy with other work.
 */
function bestTime(f: () => unknown): number {
  f();
  f();
  let best = Number.POSITIVE_INFINITY;
  for (let run = 0; run < 5; run++) {
    const start = process.cpuUsage();
    f();
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}
