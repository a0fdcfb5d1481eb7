import { describe, expect, it } from 'vitest';
import { quotesOf } from './helpers.ts';

// The quoted text: marks dropped, a split quote's parts joined by one space, the final comma
// dropped, paragraphs of a long quote joined by one space.
describe('findQuotes: text', () => {
  it.each<[string, string[], string]>([
    ['marks and final comma dropped', ['“We hope to help,” said Jeff Zhang.'], 'We hope to help'],
    [
      'split quote: parts joined with a space',
      ['“A is true,” he said, “and so is B.”'],
      'A is true, and so is B.',
    ],
    [
      'split by attribution with a role',
      [
        '“It broke crockery,” said Martin Indyk, a former U.S. ambassador to Israel. “It can’t be repaired.”',
      ],
      'It broke crockery, It can’t be repaired.',
    ],
    [
      'over two paragraphs',
      [
        '“That has nothing to do with it, Indyk said.',
        '“That could be an issue forced onto the agenda.”',
      ],
      'That has nothing to do with it, Indyk said. That could be an issue forced onto the agenda.',
    ],
    [
      'quote inside a quote kept',
      ['“He said, ‘Let’s try this,’ and left,” she said.'],
      'He said, ‘Let’s try this,’ and left',
    ],
  ])('%s', (_name, paragraphs, expected) => {
    const quotes = quotesOf(...paragraphs);
    expect(quotes.map((q) => q.text)).toEqual([expected]);
  });
});

describe('findQuotes: partial quotes', () => {
  it.each<[string, string[], boolean]>([
    ['a full sentence', ['“We hope to help the businesses,” said Jeff Zhang.'], false],
    ['a colon introduction', ['Zhang said: “We hope to help the businesses.”'], false],
    ['starts in lower case', ['Steve Jobs said that, once you use it, “you can’t go back.”'], true],
    [
      'grafted into narrative',
      ['Obama said he would seek “real breakthroughs on these two issues.”'],
      true,
    ],
    [
      'the sentence goes on after it',
      ['“Now it’s hard to see what could persuade them” to hold up, Indyk said.'],
      true,
    ],
  ])('%s', (_name, paragraphs, expected) => {
    const quotes = quotesOf(...paragraphs);
    expect(quotes.map((q) => q.partial)).toEqual([expected]);
  });
});

// The card shows the first three: full, attributed, informative quotes first.
describe('findQuotes: ranking', () => {
  it('puts full attributed quotes before fragments and unattributed ones', () => {
    const quotes = quotesOf(
      '“It was the best of times, it was the worst of times, for all of us.”',
      'The foundation helped ‘facilitate continued communication and collaboration across borders, as well as research.’',
      '“We hope to continue providing world-class, trusted computing resources,” said Jeff Zhang.',
      'Zhang said the plan would “help businesses speed up the recovery process.”',
      '“The pandemic has posed additional stress on the overall economy,” added Zhang.',
    );
    expect(quotes.map((q) => [q.text.slice(0, 20), q.speaker, q.partial])).toEqual([
      ['We hope to continue ', 'Jeff Zhang', false],
      ['The pandemic has pos', 'Jeff Zhang', false],
      ['It was the best of t', null, false],
      ['help businesses spee', 'Jeff Zhang', true],
      ['facilitate continued', null, true],
    ]);
    const scores = quotes.map((q) => q.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('puts a repeated quote last', () => {
    const quotes = quotesOf(
      'Uber tweeted: “We are all concerned with events in CBD. Fares have increased to encourage more drivers.”',
      'That opener suggests that Uber is preparing to respond.',
      '“… Fares have increased to encourage more drivers.”',
    );
    expect(quotes.map((q) => q.text.slice(0, 12))).toEqual(['We are all c', '… Fares have']);
  });
});

describe('findQuotes: spans', () => {
  // The first part of a split quote keeps its comma (the text reads "A is true, and so is B.").
  it.each<[string, string]>([
    ['Intro. “A is true,” he said, “and so is B.”', 'A is true,'],
    ['Intro. “We hope to help,” said Jeff Zhang.', 'We hope to help'],
    ['Intro. “A is true and so is B.”', 'A is true and so is B.'],
  ])('points at the words of the quote: %s', (text, expected) => {
    const [q] = quotesOf(text);
    expect(q?.at.block).toBe(0);
    expect(text.slice(q!.at.start, q!.at.end)).toBe(expected);
  });
});
