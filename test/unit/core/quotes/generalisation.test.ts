import { describe, expect, it } from 'vitest';
import { inOrder, quotesOf } from './helpers.ts';

// Speaker rules added by quotes5 for causes found on blind set 2, each with invented sentences:
// input paragraphs, expected [text, speaker] of each quote in reading order. Rows marked "cross"
// are where the rule could over-fire.
describe('findQuotes: speakers, quotes5 rules', () => {
  it.each<[string, string[], [string, string | null][]]>([
    [
      'a name after "but" opens its clause: "but General X, role, told" is X\'s',
      [
        'The mayor wants the bridge closed, but Colonel Anna Berg, head of the city engineers, told reporters on Monday that it would stay open "until the spring floods".',
      ],
      [['until the spring floods', 'Anna Berg']],
    ],
    [
      'cross: a name after "to" is still an object ("In a letter to X, role, the minister wrote")',
      [
        'In a letter to Ola Berg, head of the nurses\' union, the minister wrote: "Nobody saw this coming at all."',
      ],
      [['Nobody saw this coming at all.', null]],
    ],
    [
      'a quote opening the next paragraph goes on after a long attribution that ends the paragraph',
      [
        '"We never told Maria she could not sell her jam at the market," Harbour Foods said in a statement on its website late on Friday evening.',
        '"In fact, we have no say over who sells there."',
      ],
      [
        ['We never told Maria she could not sell her jam at the market', 'Harbour Foods'],
        ['In fact, we have no say over who sells there.', 'Harbour Foods'],
      ],
    ],
    [
      'cross: a quote after a paragraph whose narrative goes on past the attribution is not continued',
      [
        '"The figures are fine," said Tom Avery Reed. The board met again the next week and voted to sell the unit to a rival.',
        '"It was the only way out."',
      ],
      [
        ['The figures are fine', 'Tom Avery Reed'],
        ['It was the only way out.', null],
      ],
    ],
    [
      '"it" is not a body named only after a preposition ("to the organisers of the Games")',
      [
        'Northwind Records has denied any wrongdoing. "We acted within the contract," it said in March.',
        'Now it has written again, directly to the organisers of the Games.',
        '"We will grant every licence the organisers need," it says.',
      ],
      [
        ['We acted within the contract', 'Northwind Records'],
        ['We will grant every licence the organisers need', 'Northwind Records'],
      ],
    ],
    [
      '"the statement said": the statement of "X said in a statement" is X\'s',
      [
        'Three climbers were rescued from the glacier overnight, the Swiss rescue agency said in a statement on Sunday.',
        '"All three are in a stable condition and were flown to hospital in Bern," the statement said.',
      ],
      [
        [
          'All three are in a stable condition and were flown to hospital in Bern',
          'Swiss rescue agency',
        ],
      ],
    ],
    [
      'cross: "the statement said" with no author named stays unattributed',
      [
        'A statement was read out before the match.',
        '"We ask every fan to respect the minute of silence today," the statement said.',
      ],
      [['We ask every fan to respect the minute of silence today', null]],
    ],
    [
      '"said another witness, role Name.": the name in apposition ending the clause speaks',
      [
        'The captain was known for telling the crew "the ship will never sink" before the voyage, said another survivor of the wreck, retired ship\'s cook Martin Oduya.',
      ],
      [['the ship will never sink', 'Martin Oduya']],
    ],
    [
      'cross: "said a local man, who asked not to be named." names nobody',
      [
        '"The water came up to the windows in ten minutes," said a local man, who asked not to be named by Reuters.',
      ],
      [['The water came up to the windows in ten minutes', null]],
    ],
    [
      '"he said, “...,” the office said": the introduction right before the mark speaks, the office only reports',
      [
        'Daniel Okafor, 41, was charged in May. A neighbour who heard the row said he shouted, "I will burn the whole street down," the police said.',
      ],
      [['I will burn the whole street down', 'Daniel Okafor']],
    ],
    [
      'cross: with no introduction before the mark, the attribution after it speaks',
      [
        'Daniel Okafor, 41, was charged in May. "He will plead not guilty to every count," the police said.',
      ],
      [['He will plead not guilty to every count', null]],
    ],
    [
      'a pronoun stands for a name before it, not one written between it and the quote',
      [
        'Viktor Salo, a builder, was arrested in June. He denies the charge.',
        'On the phone, he insulted Councillor Rhiannon Mabry and said, "Someone should teach her a lesson," police said.',
      ],
      [['Someone should teach her a lesson', 'Viktor Salo']],
    ],
    [
      'a curly opening mark closed by a straight one on a sloppy page is one quote',
      ['“We will never sell this farm," Ewan Price told the court.'],
      [['We will never sell this farm', 'Ewan Price']],
    ],
    [
      '"Jr." does not hide the surname: "Roe" is "James P. Roe Jr."',
      [
        'James P. Roe Jr., the county prosecutor, said the case was closed.',
        '"Nobody is above the law," Roe said.',
      ],
      [['Nobody is above the law', 'James P. Roe Jr.']],
    ],
    [
      'a slogan after a short question ending in a cue word is no quote',
      ['The city has a new campaign against litter. The tagline? "Bin it. Win it."'],
      [],
    ],
    [
      'cross: a quote after a longer question is still a quote',
      [
        'Why did the council wait so long to act on the tagline? "We had no money for it until April," said Mayor Ruth Ellis.',
      ],
      [['We had no money for it until April', 'Ruth Ellis']],
    ],
    [
      'he: a paragraph opening with the last speaker as subject is about them, not a man named later in it',
      [
        '"We asked for more guards for months," Oren Blake said.',
        'Blake would not say whether Mr Ruiz, the night guard, had left his post. "When the facts come out," he said, "people will see who failed."',
      ],
      [
        ['We asked for more guards for months', 'Oren Blake'],
        ['When the facts come out, people will see who failed.', 'Oren Blake'],
      ],
    ],
    [
      'cross: a paragraph opening with someone else hands "he" over',
      [
        '"We asked for more guards for months," Oren Blake said.',
        'Dana Ruiz, the warden, rejected that. "We had enough staff every night," he said.',
      ],
      [
        ['We asked for more guards for months', 'Oren Blake'],
        ['We had enough staff every night', 'Dana Ruiz'],
      ],
    ],
    [
      '"according to a statement from X" is X\'s',
      [
        'Harlow Mills closed two plants. "The decision was painful but necessary," according to a statement from Harlow Mills.',
      ],
      [['The decision was painful but necessary', 'Harlow Mills']],
    ],
    [
      'cross: "according to a study of 2,000 Britons" names no speaker',
      [
        '"Most people never read the terms before they sign up," according to a study of 2,000 Britons.',
      ],
      [['Most people never read the terms before they sign up', null]],
    ],
    [
      '"Ms X\'s sister, Ann Roe, said": the name set off after a role noun speaks',
      ['"We won\'t stop until we get justice," Ms Doe\'s sister, Ann Roe, said.'],
      [["We won't stop until we get justice", 'Ann Roe']],
    ],
    [
      'cross: "the victim\'s sister, a nurse from Leeds, said" names nobody',
      ['"We won\'t stop until we get justice," the victim\'s sister, a nurse from Leeds, said.'],
      [["We won't stop until we get justice", null]],
    ],
  ])('%s', (_name, paragraphs, expected) => {
    expect(inOrder(quotesOf(...paragraphs))).toEqual(expected);
  });
});

describe('findQuotes: roles, quotes5 rules', () => {
  it.each<[string, string[], string | null]>([
    [
      'a list running into a clause with "it\'s" is no role',
      [
        "A row involving Lena Marsh, her old label and two senators looks like it's coming to an end.",
        '"I just want to sing my own songs," she said.',
      ],
      null,
    ],
    [
      'an age is no role',
      ['Omar Reyes, 61, of Tulsa, was fined.', '"I did nothing wrong," Reyes said.'],
      null,
    ],
    [
      'cross: an apposition after the name is still the role',
      [
        'Lena Marsh, a singer from Ohio, left the label in May.',
        '"I just want to sing my own songs," she said.',
      ],
      'singer from Ohio',
    ],
    [
      'an age in the apposition is no role',
      ['"We had no choice at all this year," Omar Reyes, 45, said.'],
      null,
    ],
    [
      'an honorific is no role',
      ['Omar Reyes runs the mill.', '"We had no choice at all this year," Mr Reyes told the BBC.'],
      null,
    ],
  ])('%s', (_name, paragraphs, role) => {
    expect(quotesOf(...paragraphs)[0]?.role ?? null).toEqual(role);
  });
});
