import { describe, expect, it } from 'vitest';
import { inOrder, quotesOf, spansOf } from './helpers.ts';

// Rules added by quotes6 for causes found on blind set 3 (and earlier unlabelled reading), each
// with invented sentences: input paragraphs, expected [text, speaker] of each quote in reading
// order. Rows marked "cross" are where the rule could over-fire.
describe('findQuotes: speakers, quotes6 rules', () => {
  it.each<[string, string[], [string, string | null][]]>([
    [
      'a sentence adverb opening a sentence ("Critically, ...") is no name "it" could stand for',
      [
        'The Harbour Board has run the port since 1990. Critically, however, it said it has no "power to stop the strike."',
      ],
      [['power to stop the strike.', 'Harbour Board']],
    ],
    [
      'cross: a name in -lly set off by a comma is still a name',
      [
        'Connolly, who runs the depot, spoke first. "We will open again on Monday morning," she said.',
      ],
      [['We will open again on Monday morning', 'Connolly']],
    ],
    [
      '"X issued a statement warning that “...”": the issuer speaks, not "a statement"',
      [
        'The Harbour Board, which runs the port, issued a statement warning that "ships will be delayed for several weeks."',
      ],
      [['ships will be delayed for several weeks.', 'Harbour Board']],
    ],
    [
      'cross: "a statement" read out by nobody named stays unattributed',
      ['A statement read out at the gate said "ships will be delayed for several weeks."'],
      [['ships will be delayed for several weeks.', null]],
    ],
    [
      '"X said that ... Y had concluded “...”": the sayer speaks, not the subject of the thought',
      [
        'Ortega said that after a long review Madrid had concluded the tunnel was "not, in itself, a breach of the treaty", adding he trusted the courts.',
      ],
      [['not, in itself, a breach of the treaty', 'Ortega']],
    ],
    [
      'cross: a thought verb with no sayer around it keeps its own subject',
      ['Anna Berg had concluded that the tunnel was "a breach of the treaty".'],
      [['a breach of the treaty', 'Anna Berg']],
    ],
    [
      'a manner adverb between the speaker and the verb: "X tearfully asked"',
      ['"Can I give my place to Tom?" Berg tearfully asked before leaving the stage.'],
      [['Can I give my place to Tom?', 'Berg']],
    ],
    [
      'cross: a noun in -ly before the verb is no adverb ("the Roe family said")',
      ['"We are heartbroken by the news from the coast," the Roe family said.'],
      [['We are heartbroken by the news from the coast', null]],
    ],
  ])('%s', (_name, paragraphs, expected) => {
    expect(inOrder(quotesOf(...paragraphs))).toEqual(expected);
  });
});

describe('findSpans: quotes6 rules', () => {
  it.each<[string, string[], string[]]>([
    [
      'two apostrophes close a double quote (’’ set for ”)',
      ['“It was a plain attempt to mislead,’’ Ann Roe told the BBC. “We will complain.”'],
      ['It was a plain attempt to mislead,', 'We will complain.'],
    ],
    [
      'cross: a plural possessive before a single closing mark is no doubled close',
      ['“The players’ ’90s kit is back,” he said.'],
      ['The players’ ’90s kit is back,'],
    ],
  ])('%s', (_name, paragraphs, expected) => {
    expect(spansOf(...paragraphs)).toEqual(expected);
  });
});
