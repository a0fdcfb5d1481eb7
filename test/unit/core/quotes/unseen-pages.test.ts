import { describe, expect, it } from 'vitest';
import { inOrder, quotesOf } from './helpers.ts';

// Speaker rules added for pages the rules were not written for (quotes4): input paragraphs,
// expected [text, speaker] of each quote in reading order.
describe('findQuotes: speakers on unseen pages', () => {
  it.each<[string, string[], [string, string | null][]]>([
    [
      'she: someone else of that gender named as a subject after the last quote takes over',
      [
        '"It is the best time to increase prices," said Sri Mulyani Indrawati, State Minister for Planning. The BBC\'s correspondent in Jakarta, Rachel Harvey, told World Business Report that there was likely to be a strong reaction. "The big question is whether they go for one big shock," she said.',
      ],
      [
        ['It is the best time to increase prices', 'Sri Mulyani Indrawati'],
        ['The big question is whether they go for one big shock', 'Rachel Harvey'],
      ],
    ],
    [
      'he: a name after "by" and role words is an object, not the new subject',
      [
        'Palaniappan Chidambaram, India\'s finance minister, argued that the order had changed. He said the issue is not globalisation but "the terms of engagement in globalisation." At a conference hosted by UK finance minister Gordon Brown on Friday, he said that he was in favour of floating rates. "A flexible exchange rate is one more channel for absorbing shocks," he told the conference.',
      ],
      [
        ['the terms of engagement in globalisation.', 'Palaniappan Chidambaram'],
        [
          'A flexible exchange rate is one more channel for absorbing shocks',
          'Palaniappan Chidambaram',
        ],
      ],
    ],
    [
      '"Customs and Border Protection" is one agency; "the spokesperson" speaks for it',
      [
        'Customs and Border Protection, part of Homeland Security, did not accept the offer. A spokesperson said in a statement emailed to NBC News that the agency never has administered vaccines.',
        '"As a law enforcement agency, operating a vaccine program is not feasible," the spokesperson said.',
      ],
      [
        [
          'As a law enforcement agency, operating a vaccine program is not feasible',
          'Customs and Border Protection',
        ],
      ],
    ],
    [
      '"the People\'s Daily" is the paper, not "Daily"',
      ['"We will not back down," the People\'s Daily said in an editorial.'],
      [['We will not back down', "People's Daily"]],
    ],
    [
      '"Food and Drug Administration" is one agency',
      ['"The drug is safe for most adults," the Food and Drug Administration said on Monday.'],
      [['The drug is safe for most adults', 'Food and Drug Administration']],
    ],
    [
      'he: a place is no person ("reform Ukraine"), and "would play,” Tim Morrison" names a person, not a play',
      [
        '"I feared at the time how its disclosure would play," Tim Morrison told the committee.',
        'He begged lawmakers "not to lose sight of" the conflict, and work to reform Ukraine. "Every day that the focus is elsewhere is a day lost," he warned.',
      ],
      [
        ['I feared at the time how its disclosure would play', 'Tim Morrison'],
        ['not to lose sight of', 'Tim Morrison'],
        ['Every day that the focus is elsewhere is a day lost', 'Tim Morrison'],
      ],
    ],
    [
      'X, CEO of Y, adds: a title opens the apposition',
      [
        '"Our strategy is to be where the consumer is," Strauss Zelnick, CEO of Take-Two, adds, as Chris Early listens.',
      ],
      [['Our strategy is to be where the consumer is', 'Strauss Zelnick']],
    ],
    [
      'Sen. X, R-Neb., called: a party and state as apposition',
      [
        'Sen. Ben Sasse, R-Neb., called his death "a crisis of public trust" within the prison system.',
      ],
      [['a crisis of public trust', 'Ben Sasse']],
    ],
    [
      'X allegedly told: an adverb between the speaker and the verb',
      ['"We messed up; I messed up," Thomas allegedly told a supervisor.'],
      [['We messed up; I messed up', 'Thomas']],
    ],
    [
      'said ORG role-noun Name: the person after an organisation and a noun for a person',
      [
        '"It depends on what Boeing is willing to invest," responded NASA administrator Jim Bridenstine, noting that there was no funding.',
      ],
      [['It depends on what Boeing is willing to invest', 'Jim Bridenstine']],
    ],
    [
      'a quote standing alone after a sentence whose subject is a person named in full',
      [
        'NASA administrator Jim Bridenstine spoke last.',
        'Bridenstine expects to produce three SLS rockets through 2024. "Adding an additional SLS into the mix could happen."',
      ],
      [['Adding an additional SLS into the mix could happen.', 'Jim Bridenstine']],
    ],
    [
      'she after "one mother" brought in after every woman named: nobody we can name',
      [
        'Instagram lets kids open business accounts.',
        'WIRED spoke to one mother, who knew her teenage daughter was on Instagram. "I am so ahead of every other parent," she said.',
      ],
      [['I am so ahead of every other parent', null]],
    ],
    [
      'she after "Jane Roe, a mother of three": the apposition describes the named woman',
      ['Jane Roe, a mother of three, lost her job in May. "It was hard," she said.'],
      [['It was hard', 'Jane Roe']],
    ],
    [
      'an embedded post: its byline names the author and is no quote itself',
      [
        'Researchers have long warned about the haze.',
        '> The air quality in Delhi was horrific on Sunday, but also depressingly predictable.',
        '> — Josh Apte (@joshapte) November 3, 2019',
      ],
      [
        [
          'The air quality in Delhi was horrific on Sunday, but also depressingly predictable.',
          'Josh Apte',
        ],
      ],
    ],
    [
      'an embedded post byline with a title: the title is no part of the name',
      [
        'Omar shared her letter on Twitter.',
        '> We must apply a system of compassion to criminal justice.',
        '> — Rep. Ilhan Omar (@IlhanMN) November 19, 2019',
      ],
      [['We must apply a system of compassion to criminal justice.', 'Ilhan Omar']],
    ],
    [
      "X, ORG's role, said: an organisation's possessive opens the apposition",
      [
        '"The initiative was designed to leverage private industry," Thomas Zurbuchen, NASA\'s associate administrator of the Science Mission Directorate, said in the statement.',
      ],
      [['The initiative was designed to leverage private industry', 'Thomas Zurbuchen']],
    ],
    [
      'X, role told Y: the comma closing the role left out',
      [
        '"This is mainly due to the change in wind direction," Kurinji Selvaraj, a research analyst at the Council on Energy, Environment and Water think tank told CBS News.',
      ],
      [['This is mainly due to the change in wind direction', 'Kurinji Selvaraj']],
    ],
    [
      'He urged Mr. Trump ..., saying "...": the pronoun subject, not the object, speaks',
      [
        'Zippy Duvall, the president of the American Farm Bureau, said farmers faced "near-unprecedented economic uncertainty and hardship" this year. He urged Mr. Trump to make a deal, saying "time is running out for many in agriculture."',
      ],
      [
        ['near-unprecedented economic uncertainty and hardship', 'Zippy Duvall'],
        ['time is running out for many in agriculture.', 'Zippy Duvall'],
      ],
    ],
    [
      '"the group" stands for the body named in apposition to it before',
      [
        'The group, WeWorkers Coalition, formed in recent weeks and sent a letter to management.',
        'In a separate tweet, the group added that WeWork "is not following through on its promise to treat employees with dignity."',
      ],
      [
        [
          'is not following through on its promise to treat employees with dignity.',
          'WeWorkers Coalition',
        ],
      ],
    ],
    [
      '"Food and Agriculture Organisation" is one body: an organisation word after the connector',
      [
        'The Food and Agriculture Organisation recommends that food is bought locally.',
        '"Local purchase of cereals is recommended as far as possible," it said.',
      ],
      [
        [
          'Local purchase of cereals is recommended as far as possible',
          'Food and Agriculture Organisation',
        ],
      ],
    ],
    [
      '"written it," : "it" after the verb is its object, never an inverted speaker',
      [
        'Buckley, who phoned in from the set of “Fargo,” had a similar experience.',
        'That’s when Harper and Buckley first learned who had written it, and found themselves blindsided by “the Mary Steenburgen of it all.”',
      ],
      [['the Mary Steenburgen of it all.', null]],
    ],
    [
      'a quote alone after "..., he said." in indirect speech goes on with the last man quoted',
      [
        '"We had hoped the office would address the failures," Montell Figgins said.',
        'Sometimes employees don\'t follow the rules, he said. "But does that mean that they\'re going to be indicted?"',
      ],
      [
        ['We had hoped the office would address the failures', 'Montell Figgins'],
        ["But does that mean that they're going to be indicted?", 'Montell Figgins'],
      ],
    ],
  ])('%s', (_name, paragraphs, expected) => {
    expect(inOrder(quotesOf(...paragraphs))).toEqual(expected);
  });
});
