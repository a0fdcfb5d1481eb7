import { describe, expect, it } from 'vitest';
import { inOrder, quotesOf } from './helpers.ts';

// Rules added by quotes10 for causes found on blind set 7, each with invented sentences: input
// paragraphs, expected [text, speaker] of each quote in reading order. Rows marked "cross" are
// where the rule could over-fire.
describe('findQuotes: speakers, quotes10 rules', () => {
  it.each<[string, string[], [string, string | null][]]>([
    [
      "a last name alone does not take an interviewee's words over (a he/she goes on with her)",
      [
        '"I never planned any of it," says Nora Lind. She joined the paper in 2005 under Ruth Kemp. Kemp was the first woman in the post. It was hard, she says: "Everyone knew each other already."',
      ],
      [
        ['I never planned any of it', 'Nora Lind'],
        ['Everyone knew each other already.', 'Nora Lind'],
      ],
    ],
    [
      "cross: someone named in full as a subject after the speaker's words still takes over",
      [
        '"I never planned any of it," says Nora Lind. The paper\'s editor, Ruth Kemp, told the board that the post was hard. "Everyone knew each other already," she said.',
      ],
      [
        ['I never planned any of it', 'Nora Lind'],
        ['Everyone knew each other already', 'Ruth Kemp'],
      ],
    ],
    [
      "a quote filling a parenthesis is the sentence subject's, not of a verb nearer it",
      [
        '"We wrote it in a year," says Nora Lind. She says when she and Kemp were writing the last scene ("Can that be the title?"), nobody thought of the market.',
      ],
      [
        ['We wrote it in a year', 'Nora Lind'],
        ['Can that be the title?', 'Nora Lind'],
      ],
    ],
    [
      "cross: a quote in a parenthesis after a name opening the sentence is still that name's",
      ['Tom Hale denied meeting the donor ("We have never spoken to him") and left early.'],
      [['We have never spoken to him', 'Tom Hale']],
    ],
    [
      '"her mother will say": a relative nobody names speaks for no one (not the she before)',
      [
        'Nora Lind grew up in Ohio. When she tells her parents about a film, her mother will say, "Is that something we can see in theatres?"',
      ],
      [['Is that something we can see in theatres?', null]],
    ],
    [
      'cross: a relative named by an apposition still speaks under the name',
      [
        'Nora Lind grew up in Ohio. Her mother, Ann Lind, said, "She was always on a stage somewhere."',
      ],
      [['She was always on a stage somewhere.', 'Ann Lind']],
    ],
    [
      "a he-quote that holds a whole quote attributed by name elsewhere is that person's",
      [
        '"If the agency focuses on the rocket it already has, there is a better chance of an early landing," Cooke said.',
        '"You will not make it without a big booster," Tom Stafford said of the plan.',
        '"The rocket is not being used for what it was designed to do," he continued. "If the agency focuses on the rocket it already has, there is a better chance of an early landing."',
      ],
      [
        [
          'If the agency focuses on the rocket it already has, there is a better chance of an early landing',
          'Cooke',
        ],
        ['You will not make it without a big booster', 'Tom Stafford'],
        [
          'The rocket is not being used for what it was designed to do, If the agency focuses on the rocket it already has, there is a better chance of an early landing.',
          'Cooke',
        ],
      ],
    ],
    [
      'cross: a short phrase shared with a named quote is no echo (the pronoun stands)',
      [
        '"It is a good plan," Cooke said.',
        '"You will not make it without a big booster," Tom Stafford said of the plan. "It is a good plan for the moon, but not for Mars," he added.',
      ],
      [
        ['It is a good plan', 'Cooke'],
        ['You will not make it without a big booster', 'Tom Stafford'],
        ['It is a good plan for the moon, but not for Mars', 'Tom Stafford'],
      ],
    ],
  ])('%s', (_name, paragraphs, expected) => {
    expect(inOrder(quotesOf(...paragraphs))).toEqual(expected);
  });
});
