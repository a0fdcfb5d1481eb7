import { describe, expect, it } from 'vitest';
import { inOrder, quotesOf } from './helpers.ts';

// Rules added by quotes9 for causes found on blind set 6, each with invented sentences: input
// paragraphs ("# " a heading), expected [text, speaker] of each quote in reading order.
// Rows marked "cross" are where the rule could over-fire.
describe('findQuotes: speakers, quotes9 rules', () => {
  it.each<[string, string[], [string, string | null][]]>([
    [
      'a later formal name with another first name does not replace the full name first given',
      [
        'One day in July, Tom Hale decided to fire the managers.',
        '# Thomas Edward Hale',
        '“I want to know how everyone does their job,” Hale said.',
      ],
      [['I want to know how everyone does their job', 'Tom Hale']],
    ],
    [
      'cross: a later name extending the same first name is the fuller form',
      [
        'One day in July, Tom Hale decided to fire the managers.',
        'Tom Edward Hale grew up in Ohio.',
        '“I want to know how everyone does their job,” Hale said.',
      ],
      [['I want to know how everyone does their job', 'Tom Edward Hale']],
    ],
    [
      'cross: a surname given alone first takes the full name given later',
      [
        'Hale decided to fire the managers.',
        'Thomas Edward Hale grew up in Ohio.',
        '“I want to know how everyone does their job,” Hale said.',
      ],
      [['I want to know how everyone does their job', 'Thomas Edward Hale']],
    ],
    [
      'a quote glued to the full stop of its attribution opens there',
      [
        'Democrats pledged on Friday to keep the programme.',
        '"We will keep our promise," said party chairman Tim Kaine."So that is one of the themes for the fall."',
      ],
      [['We will keep our promise, So that is one of the themes for the fall.', 'Tim Kaine']],
    ],
    [
      'a curly quote glued to the full stop of its attribution opens there',
      [
        'Democrats pledged on Friday to keep the programme.',
        '“We will keep our promise,” said party chairman Tim Kaine.“So that is one of the themes for the fall.”',
      ],
      [['We will keep our promise, So that is one of the themes for the fall.', 'Tim Kaine']],
    ],
    [
      'cross: a closing mark glued to the next sentence still closes',
      ['Tom Hale said it was over. “We lost the game and we deserved to lose it.”Then he left.'],
      [['We lost the game and we deserved to lose it.', 'Tom Hale']],
    ],
    [
      'an organisation and "head" before a name: the person speaks',
      [
        'The oil was disappearing. “I think half of the oil is gone from the system,” said Acme head Jane Roe at a briefing.',
      ],
      [['I think half of the oil is gone from the system', 'Jane Roe']],
    ],
    [
      'cross: an organisation and a word that is no role before a name: the organisation',
      [
        'The oil was disappearing. “I think half of the oil is gone from the system,” said Acme today.',
      ],
      [['I think half of the oil is gone from the system', 'Acme']],
    ],
    [
      'a long relative clause, opened by a contracted who, between the speaker and the verb',
      [
        'Tom Hale, president of the regional bank, spoke on Monday.',
        'Hale, who’s dissented from all five Federal Open Market Committee decisions this year to keep the rate at which banks lend to each other for overnight funds between 0 and 0.25 percent, said the economy is in a “modest recovery, with mixed results” at best.',
      ],
      [['modest recovery, with mixed results', 'Tom Hale']],
    ],
    [
      'a conjunction before the verb: the subject of the first verb speaks, not a noun phrase',
      [
        'Gordon Mackenzie called the event a failure and said: “The owners owe a debt to the ambulance service.”',
      ],
      [['The owners owe a debt to the ambulance service.', 'Gordon Mackenzie']],
    ],
    [
      'cross: an unnamed subject of the first verb still speaks for nobody',
      [
        'Tom Hale left the room. A man in the crowd stood up and said: “The owners owe a debt to the ambulance service.”',
      ],
      [['The owners owe a debt to the ambulance service.', null]],
    ],
    [
      'a capitalised word and a role noun before a name: the person is the subject',
      [
        'Local councillor Gordon Mackenzie branded the event a “shambles” and said: “The owners owe a debt to the ambulance service.”',
      ],
      [['The owners owe a debt to the ambulance service.', 'Gordon Mackenzie']],
    ],
    [
      'cross: a name and a role noun before no name: the name is the subject',
      [
        'Acme spokesman services were cut, and Acme said: “The owners owe a debt to the ambulance service.”',
      ],
      [['The owners owe a debt to the ambulance service.', 'Acme']],
    ],
  ])('%s', (_name, paragraphs, expected) => {
    expect(inOrder(quotesOf(...paragraphs))).toEqual(expected);
  });
});
