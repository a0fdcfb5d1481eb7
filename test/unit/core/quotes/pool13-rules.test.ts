import { describe, expect, it } from 'vitest';
import { inOrder, quotesOf } from './helpers.ts';

// Rules added by quotes13 for causes that recur on the pool of blind sets 10, 11 and 12, each
// with invented sentences: input paragraphs, expected [text, speaker] of each quote in reading
// order. Rows marked "cross" are near misses where the rule could over-fire.
describe('findQuotes: speakers, quotes13 rules', () => {
  it.each<[string, string[], [string, string | null][]]>([
    [
      'a description opening the sentence before a first name is no part of the name ("Poet Philip Larkin", "Veteran Wall Streeter Charlotte Beyer")',
      [
        'Poet Philip Roe described all plots as "a beginning, a muddle, and an end," which is fair.',
        'Veteran Wall Streeter Charlotte Hale has four tips.',
        'The biggest reason, writes Hale, is "it is always about communication, every time."',
      ],
      [
        ['a beginning, a muddle, and an end', 'Philip Roe'],
        ['it is always about communication, every time.', 'Charlotte Hale'],
      ],
    ],
    [
      'cross: a first name opening the run, a title, or a place before the first name keep their words ("Mary Jane Roe", "Coach Tom Hale", "San Antonio Spurs")',
      [
        'Mary Jane Roe spoke first. "We will build it here," Mary Jane Roe said.',
        'Coach Tom Hale was blunt. "We lost the game in the first half," said Coach Tom Hale.',
        'San Antonio Spurs said in a statement: "We are thrilled to have him back."',
      ],
      [
        ['We will build it here', 'Mary Jane Roe'],
        ['We lost the game in the first half', 'Tom Hale'],
        ['We are thrilled to have him back.', 'San Antonio Spurs'],
      ],
    ],
    [
      'a name after a dash, under a quotation that opens its paragraph, credits it ("“...” – Charles Dickens, A Christmas Carol", "“...” – Jennifer Lawrence http://t.co/x")',
      [
        '"I am as light as a feather, I am as happy as an angel." – Charles Roe, A Winter Tale',
        '"May the odds be ever in our favor!" – Jennifer Hale http://t.co/rE6Li6QWGp',
      ],
      [
        ['I am as light as a feather, I am as happy as an angel.', 'Charles Roe'],
        ['May the odds be ever in our favor!', 'Jennifer Hale'],
      ],
    ],
    [
      "cross: a dash that goes on with a sentence, or a quotation inside the writer's sentence, credits nobody",
      [
        '"We will never sell the farm to anyone." – Tom Hale was right about that, it seems.',
        'The sign read "We will never sell the farm to anyone." – Tom Hale',
      ],
      [
        ['We will never sell the farm to anyone.', null],
        ['We will never sell the farm to anyone.', null],
      ],
    ],
    [
      'an occupation with no holder named by role is the one person named in this paragraph before it, or else in the one before ("Chandor asked ... [new paragraph] “...,” the director said"; "Aniston did admit ... the actress stated, “...”")',
      [
        "The film is J.C. Roe's fourth.",
        'For this battle, Roe asked his leading man to pick a time in Latin America that the character had lived through.',
        '"Scripts are vague on back-story, what you see is what you get," the director said.',
        'Jennifer Hale was on the show. Hale did admit to having stolen some items. When asked what she took, the actress stated, "Beads. From a bead shop."',
      ],
      [
        ['Scripts are vague on back-story, what you see is what you get', 'J.C. Roe'],
        ['Beads. From a bead shop.', 'Jennifer Hale'],
      ],
    ],
    [
      'cross: where two people are named there, the occupation stays nobody\'s ("Donald Roe\'s team announced that Carl Hale will serve ... the president-elect said")',
      [
        "President-elect Donald Roe's team announced that investor Carl Hale will serve as an adviser.",
        '"Carl was with me from the beginning, and that I truly appreciated," the director said.',
        'On the show, Tom Lee asked her about the coat. Jane Hale replied that it was gifted. The actress stated, "It was a gift from a shoot."',
      ],
      [
        ['Carl was with me from the beginning, and that I truly appreciated', null],
        ['It was a gift from a shoot.', null],
      ],
    ],
    [
      'a sentence-opening connective or participle is no person: "Nevertheless, ... a spokesman for X had this to say:", "Describing blacks as ..., he asked" (the article writes "described")',
      [
        'Nevertheless, on Saturday, a spokesman for the National Defense Commission, the highest governing body had this to say about The Film, the release of which it blames on President Roe: "Roe always goes reckless in words and deeds like a monkey."',
        'Tom Hale spoke in Ohio, where he described the cities as dangerous.',
        'His pleas carried a hard edge. Describing voters as bereft, he asked, "What the hell do you have to lose?"',
      ],
      [
        [
          'Roe always goes reckless in words and deeds like a monkey.',
          'National Defense Commission',
        ],
        ['What the hell do you have to lose?', 'Tom Hale'],
      ],
    ],
    [
      'cross: a name in -ing opening a sentence stays a name where the article writes no "-ed", "-e" or "-es" form of it ("Fielding" beside "fields")',
      [
        'Ann Fielding runs the farm and its fields.',
        'Fielding was blunt. "We will never sell the farm to anyone," she said.',
      ],
      [['We will never sell the farm to anyone', 'Ann Fielding']],
    ],
  ])('%s', (_name, paragraphs, expected) => {
    expect(inOrder(quotesOf(...paragraphs))).toEqual(expected);
  });
});
