import { describe, expect, it } from 'vitest';
import { lcsIndexes, rougeLsum, rougeN, tokenize } from '../../../scripts/eval/rouge.ts';
import { porterStem } from '../../../src/core/keypoints/porter-stem.ts';

describe('porterStem (original 1980 algorithm, examples from the paper)', () => {
  it.each([
    ['caresses', 'caress'],
    ['ponies', 'poni'],
    ['ties', 'ti'],
    ['cats', 'cat'],
    ['feed', 'feed'],
    ['agreed', 'agre'],
    ['plastered', 'plaster'],
    ['bled', 'bled'],
    ['motoring', 'motor'],
    ['sing', 'sing'],
    ['conflated', 'conflat'],
    ['troubled', 'troubl'],
    ['sized', 'size'],
    ['hopping', 'hop'],
    ['falling', 'fall'],
    ['hissing', 'hiss'],
    ['filing', 'file'],
    ['happy', 'happi'],
    ['sky', 'sky'],
    ['relational', 'relat'],
    ['conditional', 'condit'],
    ['rational', 'ration'],
    ['digitizer', 'digit'],
    ['differentli', 'differ'],
    ['vietnamization', 'vietnam'],
    ['predication', 'predic'],
    ['operator', 'oper'],
    ['feudalism', 'feudal'],
    ['decisiveness', 'decis'],
    ['hopefulness', 'hope'],
    ['callousness', 'callous'],
    ['sensitiviti', 'sensit'],
    ['sensibiliti', 'sensibl'],
    ['triplicate', 'triplic'],
    ['formative', 'form'],
    ['electrical', 'electr'],
    ['goodness', 'good'],
    ['revival', 'reviv'],
    ['allowance', 'allow'],
    ['inference', 'infer'],
    ['airliner', 'airlin'],
    ['adjustable', 'adjust'],
    ['defensible', 'defens'],
    ['replacement', 'replac'],
    ['adjustment', 'adjust'],
    ['dependent', 'depend'],
    ['adoption', 'adopt'],
    ['communism', 'commun'],
    ['activate', 'activ'],
    ['effective', 'effect'],
    ['bowdlerize', 'bowdler'],
    ['probate', 'probat'],
    ['rate', 'rate'],
    ['cease', 'ceas'],
    ['controll', 'control'],
    ['roll', 'roll'],
    ['generalizations', 'gener'],
    ['oscillators', 'oscil'],
    ['investment', 'invest'],
    // Not [a-z]: left alone.
    ['28bn', '28bn'],
  ])('%s → %s', (word, stem) => {
    expect(porterStem(word)).toBe(stem);
  });
});

describe('tokenize (rouge-score semantics)', () => {
  it.each([
    ['The quick brown fox.', false, ['the', 'quick', 'brown', 'fox']],
    ['Yahoo’s $4.8 billion', false, ['yahoo', 's', '4', '8', 'billion']],
    ['Investments were growing', true, ['invest', 'were', 'grow']],
    // Tokens of 3 characters or fewer are not stemmed.
    ['was has its', true, ['was', 'has', 'its']],
    ['café naïve', false, ['caf', 'na', 've']],
    ['', true, []],
  ])('%s (stem %s)', (text, stem, tokens) => {
    expect(tokenize(text, stem)).toEqual(tokens);
  });
});

const close = (actual: number, expected: number) => expect(actual).toBeCloseTo(expected, 4);

describe('rougeN', () => {
  it.each([
    // [reference, candidate, n, precision, recall]
    [
      'The quick brown fox jumps over the lazy dog',
      'The quick brown dog jumps on the log.',
      1,
      6 / 8,
      6 / 9,
    ],
    [
      'The quick brown fox jumps over the lazy dog',
      'The quick brown dog jumps on the log.',
      2,
      2 / 7,
      2 / 8,
    ],
    // Overlap is clipped to the reference count: "the" three times in the candidate counts once.
    ['the cat', 'the the the', 1, 1 / 3, 1 / 2],
    ['same words here', 'same words here', 2, 1, 1],
    ['', 'anything', 1, 0, 0],
    ['anything', '', 1, 0, 0],
  ])('%s | %s | n=%i', (ref, cand, n, p, r) => {
    const s = rougeN(ref, cand, n, { stem: false });
    close(s.precision, p);
    close(s.recall, r);
    close(s.f, p + r > 0 ? (2 * p * r) / (p + r) : 0);
  });
});

describe('lcsIndexes', () => {
  it.each([
    [
      ['a', 'b', 'c', 'd'],
      ['a', 'c', 'd'],
      [0, 2, 3],
    ],
    [
      ['w1', 'w2', 'w3', 'w4', 'w5'],
      ['w1', 'w2', 'w6', 'w7', 'w8'],
      [0, 1],
    ],
    [['a'], ['b'], []],
  ])('%j vs %j', (ref, cand, expected) => {
    expect(lcsIndexes(ref, cand)).toEqual(expected);
  });
});

describe('rougeLsum', () => {
  it.each([
    // Lin (2004) §3.2: r = w1..w5, c1 = w1 w2 w6 w7 w8, c2 = w1 w3 w8 w9 w5; union LCS w1 w2 w3 w5.
    ['w1 w2 w3 w4 w5', 'w1 w2 w6 w7 w8\nw1 w3 w8 w9 w5', 0.4, 0.8],
    // Sentence order does not matter at summary level.
    ['a b c\nd e f', 'd e f\na b c', 1, 1],
    // A token is counted at most as often as it occurs in both: the candidate has one "a".
    ['a b\na c', 'a', 1, 1 / 4],
    // Plain LCS within a sentence: "the quick brown jumps the" (5 of 9 and of 8).
    [
      'The quick brown fox jumps over the lazy dog',
      'The quick brown dog jumps on the log.',
      5 / 8,
      5 / 9,
    ],
    ['', 'a', 0, 0],
  ])('%j | %j', (ref, cand, p, r) => {
    const s = rougeLsum(ref, cand, { stem: false });
    close(s.precision, p);
    close(s.recall, r);
  });

  it('stems by default: "investments" matches "invested"', () => {
    expect(rougeLsum('investments', 'invested').f).toBe(1);
    expect(rougeLsum('investments', 'invested', { stem: false }).f).toBe(0);
  });
});
