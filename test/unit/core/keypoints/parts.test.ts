import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentTerms } from '../../../../src/core/keypoints/content-terms.ts';
import { DATELINE } from '../../../../src/core/keypoints/datelines.ts';
import { quoteStates } from '../../../../src/core/keypoints/quote-state.ts';
import { selectKeyPoints } from '../../../../src/core/keypoints/select-key-points.ts';
import { TermWeights } from '../../../../src/core/keypoints/term-weights.ts';
import { doc } from './make-doc.ts';

describe('DATELINE', () => {
  it.each([
    ['MOSCOW (AP) — An unmanned Russian cargo ship broke up.', 'MOSCOW (AP) — '],
    ['Moscow (AP) — An unmanned Russian cargo ship broke up.', 'Moscow (AP) — '],
    ['LONDON, March 3 (Reuters) - Shares fell in early trade.', 'LONDON, March 3 (Reuters) - '],
    ['WASHINGTON — The Senate voted on Tuesday.', 'WASHINGTON — '],
    ['Feb. 23, 2015 -- Life-threatening peanut allergies have risen.', 'Feb. 23, 2015 -- '],
    ['April 17, 2015 -- Imagine being sick in the hospital.', 'April 17, 2015 -- '],
    // Not datelines.
    ['The answer is simple -- nobody knows.', null],
    ['A HIGH-powered federal government team has been doing the rounds.', null],
    ['The U.S. has long been heralded as a land of opportunity -- a place for all.', null],
    ['I -- and many others -- disagreed.', null],
  ])('%s', (text, expected) => {
    expect(DATELINE.exec(text)?.[0] ?? null).toBe(expected);
  });
});

describe('quoteStates', () => {
  const states = (parts: string[], lang = 'en') =>
    quoteStates(doc(parts, '', lang)).map(
      (s) => `${s.startsInside ? 'in' : 'out'}-${s.endsInside ? 'in' : 'out'}`,
    );
  it.each([
    [['“We will. We must,” she said. Then she left.'], 'en', ['out-in', 'in-out', 'out-out']],
    [['"One. Two," he said.'], 'en', ['out-in', 'in-out']],
    [['„Wir werden. Wir müssen“, sagte sie.'], 'de', ['out-in', 'in-out']],
    [['« Nous allons. Nous devons », a-t-elle dit.'], 'fr', ['out-in', 'in-out']],
    // Marks that do not balance: no guess, the block has no quotation.
    [['“We will. We must, she said. Then she left.'], 'en', ['out-out', 'out-out', 'out-out']],
    // Apostrophes are not quotation marks.
    [['Yahoo’s sale is done. It’s over.'], 'en', ['out-out', 'out-out']],
  ])('%j (%s)', (parts, lang, expected) => {
    expect(states(parts, lang)).toEqual(expected);
  });
});

describe('contentTerms', () => {
  it.each([
    [
      'Alibaba Cloud is to invest an additional 200 billion yuan',
      true,
      ['alibaba', 'cloud', 'invest', 'addit', '200', 'billion', 'yuan'],
    ],
    [
      'Investments: the company’s investors invested.',
      true,
      ['invest', 'compani', 'investor', 'invest'],
    ],
    ['Las inversiones de la empresa', false, ['las', 'invers', 'empres']],
    ['', true, []],
  ])('%s', (text, english, expected) => {
    expect(contentTerms(text, english)).toEqual(expected);
  });
});

describe('TermWeights', () => {
  it('a sentence with the article’s recurring words is more central, and less so once said', () => {
    const w = new TermWeights([['yahoo', 'sale'], ['yahoo', 'sale', 'verizon'], ['weather']]);
    const central = new Set(['yahoo', 'sale']);
    const aside = new Set(['weather']);
    expect(w.centrality(central)).toBeGreaterThan(w.centrality(aside));
    const before = w.centrality(central);
    w.consume(central);
    expect(w.centrality(central)).toBeLessThan(before);
  });
});

describe('selectKeyPoints on any text', () => {
  it('never throws; every key point is article text, its `at` span inside its block', () => {
    const sentence = fc
      .array(
        fc.constantFrom(
          'He',
          'said',
          'the',
          '“',
          '”',
          '"',
          'But',
          'rose',
          '3.5%',
          'Mr.',
          'It',
          'sale',
          'Yahoo',
          '?',
          '.',
          '(AP)',
          '—',
          'It’s',
        ),
        { minLength: 1, maxLength: 14 },
      )
      .map((w) => `${w.join(' ')}.`);
    const block = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((s) => s.join(' '));
    fc.assert(
      fc.property(
        fc.array(block, { minLength: 0, maxLength: 12 }),
        fc.constantFrom('short', 'medium', 'long'),
        (parts, length) => {
          const d = doc(parts);
          const points = selectKeyPoints(d, { figures: [], quotes: [], length: length as 'short' });
          const all = d.blocks.map((b) => b.text).join(' ');
          for (const p of points) {
            const b = d.blocks[p.at.block];
            expect(b).toBeDefined();
            expect(p.at.start).toBeGreaterThanOrEqual(0);
            expect(p.at.end).toBeLessThanOrEqual(b!.text.length);
            expect(p.text.startsWith(b!.text.slice(p.at.start, p.at.end))).toBe(true);
            expect(all.includes(p.text) || p.text.split(' ').every((w) => all.includes(w))).toBe(
              true,
            );
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('text without spaces', () => {
  it('Chinese: sentences count by characters and compare by character pairs', () => {
    expect(contentTerms('云计算投资', false)).toEqual(['云计', '计算', '算投', '投资']);
    const d = doc(
      [
        '阿里云宣布未来三年将投资二千亿元用于云计算基础设施建设。',
        '这笔投资将用于操作系统、服务器、芯片和网络等技术的研发。',
        '公司表示此举将帮助企业在疫情之后加快恢复正常经营活动。',
      ],
      '阿里云投资二千亿元',
      'zh',
    );
    const points = selectKeyPoints(d, { figures: [], quotes: [], length: 'short' });
    expect(points.map((p) => p.text)).toEqual(d.sentences.map((s) => s.text));
  });
});
