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
    [
      'a straight mark spaced from the last punctuation closes ("... ourselves? " she wrote)',
      [
        'Roe wrote to the judge on Monday.',
        '"But we must ask: who are we if we answer threats with threats? " she wrote in her letter. "The answer is patience."',
      ],
      [
        [
          'But we must ask: who are we if we answer threats with threats? The answer is patience.',
          'Roe',
        ],
      ],
    ],
    [
      'a quote with no attribution that echoes an attributed one takes its speaker (pull quote)',
      [
        'Tom Hale said the plan was sound.',
        '"The risks were always there"',
        'Ann Roe told the committee, "We looked at it for a year. The risks were always there."',
      ],
      [
        ['The risks were always there', 'Ann Roe'],
        ['We looked at it for a year. The risks were always there.', 'Ann Roe'],
      ],
    ],
    [
      'cross: an attributed quote is not re-assigned by an echo',
      [
        '"The risks were always there," Tom Hale said.',
        'Ann Roe told the committee, "We looked at it for a year. The risks were always there."',
      ],
      [
        ['The risks were always there', 'Tom Hale'],
        ['We looked at it for a year. The risks were always there.', 'Ann Roe'],
      ],
    ],
    [
      '"the insider added": someone unnamed, not a name in the quote or the last one named',
      [
        'Mr Hale has been trying to reach Ann Roe for weeks, the outlet reported.',
        '"This row with Ann is not something Tom wants at all," the insider added.',
      ],
      [['This row with Ann is not something Tom wants at all', null]],
    ],
    [
      '"the production company said": the body last named whose name holds "production"',
      [
        'Later on Monday, Northwind Productions denied that it had agreed to the deal with Tom Hale.',
        '"At no time did we agree to any deal of that kind," the production company said in a statement.',
      ],
      [['At no time did we agree to any deal of that kind', 'Northwind Productions']],
    ],
    [
      'a long role set off by commas in the sentence after a question: "Name, role, said"',
      [
        '"Without a cut in tariffs, why would anyone sign this deal?" Wu Lan, the former head of the trade office at the embassy, said at a forum in Geneva.',
      ],
      [['Without a cut in tariffs, why would anyone sign this deal?', 'Wu Lan']],
    ],
    [
      'cross: a long narrative sentence after a question is no attribution',
      [
        '"Why would anyone sign this deal now?" Wu Lan, who ran the office for a decade, was in Geneva when the talks collapsed and she left early.',
      ],
      [['Why would anyone sign this deal now?', null]],
    ],
    [
      '"most Americans say", "64% of Britons think": a people counted by a poll is no speaker',
      [
        'A new poll found that most Americans say the economy is "getting worse by the day."',
        'Another survey found that 64% of Britons said the trains were "slower than ever before this year."',
      ],
      [
        ['getting worse by the day.', null],
        ['slower than ever before this year.', null],
      ],
    ],
    [
      '"said a spokesman." with no body: the body named as subject nearby speaks',
      [
        'Acme Corp recalled 2,000 heaters on Monday.',
        '"We are reviewing the findings carefully," said a spokesman.',
      ],
      [['We are reviewing the findings carefully', 'Acme Corp']],
    ],
    [
      'cross: "said a spokesman." with only a person nearby stays unattributed',
      [
        'Ann Roe was at the hearing on Monday.',
        '"We are reviewing the findings carefully," said a spokesman.',
      ],
      [['We are reviewing the findings carefully', null]],
    ],
    [
      'a paragraph that is only a quote: the subject of the sentence before, past a modifier',
      [
        'In his initial Instagram post about the baby, Tom Van Hale even touched on loss and noted there should be no shame.',
        '"We have been through three of those first appointments to find no heartbeat, and she wanted to share this moment."',
      ],
      [
        [
          'We have been through three of those first appointments to find no heartbeat, and she wanted to share this moment.',
          'Tom Van Hale',
        ],
      ],
    ],
    [
      'cross: a paragraph that is only a quote after a sentence naming no one stays unattributed (and "the initial Instagram post" is a noun, no speaker)',
      [
        'In the initial Instagram post about the baby, the couple touched on loss.',
        '"We have been through three of those first appointments to find no heartbeat, and she wanted to share this moment."',
      ],
      [
        [
          'We have been through three of those first appointments to find no heartbeat, and she wanted to share this moment.',
          null,
        ],
      ],
    ],
    [
      '"the 29-year-old said": the person last named as subject in this paragraph or the one before',
      ['Tom Hale scored twice on Sunday.', '"I felt good out there today," the 29-year-old said.'],
      [['I felt good out there today', 'Tom Hale']],
    ],
    [
      'cross: "the 29-year-old said" with only a body named before stays unattributed',
      ['The club lost again on Sunday.', '"I felt good out there today," the 29-year-old said.'],
      [['I felt good out there today', null]],
    ],
    [
      '"X alleged that ...": alleged is a speech verb',
      [
        'Prosecutors alleged that Hale "exploited and abused dozens of young workers" at his farms in Ohio.',
      ],
      [['exploited and abused dozens of young workers', 'Prosecutors']],
    ],
    [
      'cross: "the alleged victim" is no verb, its subject no speaker',
      [
        'Ann Roe and Tom Hale spoke on Monday.',
        '"I never saw him again after that night," the alleged victim told the court.',
      ],
      [['I never saw him again after that night', null]],
    ],
    [
      '"He" before a given name is the Chinese surname: "He Lan, role, said"',
      [
        'The talks stalled in May.',
        '"Without a cut in tariffs, why would anyone sign this deal?" He Lan, the former head of the trade office at the embassy, said at a forum in Geneva.',
      ],
      [['Without a cut in tariffs, why would anyone sign this deal?', 'He Lan']],
    ],
    [
      'cross: "He" before a lower-case verb is the pronoun',
      [
        'Tom Hale met the board.',
        'He said on Monday the deal was "dead for now, and maybe for good."',
      ],
      [['dead for now, and maybe for good.', 'Tom Hale']],
    ],
    [
      '"the company said": the one organisation named in this paragraph or the one before',
      [
        'Acme Inc. recalled 2,000 heaters on Monday.',
        '"We are reviewing the findings carefully," the company said in a statement.',
      ],
      [['We are reviewing the findings carefully', 'Acme Inc.']],
    ],
    [
      'cross: "the company said" after two organisations named is no one\'s',
      [
        'Acme Inc. sued Beta Corp. on Monday.',
        '"We are reviewing the findings carefully," the company said in a statement.',
      ],
      [['We are reviewing the findings carefully', null]],
    ],
    [
      'a title opening a sentence stays the title ("President Ann Roe ... the president said")',
      [
        'President Ann Roe was blunt after the vote.',
        '"We were not good enough today, simple as that," the president said.',
      ],
      [['We were not good enough today, simple as that', 'Ann Roe']],
    ],
    [
      '"Coach Tom Hale ... the coach said": a role word that is a title is kept as the title',
      [
        'Coach Tom Hale was blunt after the loss.',
        '"We were not good enough today, simple as that," the coach said.',
      ],
      [['We were not good enough today, simple as that', 'Tom Hale']],
    ],
    [
      'cross: "the coach said" after a president only stays unattributed',
      [
        'President Ann Roe was blunt after the vote.',
        '"We were not good enough today, simple as that," the coach said.',
      ],
      [['We were not good enough today, simple as that', null]],
    ],
    [
      '"the Ohio Democrat said": a party member described is the person just named, not a name',
      [
        'Ann Roe, the senior senator, filed the motion.',
        '"This is a gift to the banks and nobody else," the Ohio Democrat said.',
      ],
      [['This is a gift to the banks and nobody else', 'Ann Roe']],
    ],
    [
      'cross: "The Ohio Democrat said" with no one named before is no one (never "Ohio Democrat")',
      [
        'The Ohio Democrat said the bill was "a gift to the banks and nobody else".',
        'Ann Roe filed the motion.',
      ],
      [['a gift to the banks and nobody else', null]],
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
