import { describe, expect, it } from 'vitest';
import { inOrder, quotesOf } from './helpers.ts';

// Rules added by quotes14 for wrong-person causes that recur on the pool of blind sets 13 and
// 14, each with invented sentences: input paragraphs, expected [text, speaker] of each quote in
// reading order. Rows marked "cross" are near misses where the rule could over-fire.
describe('findQuotes: speakers, quotes14 rules', () => {
  it.each<[string, string[], [string, string | null][]]>([
    [
      'a one-word name written alone before a longer name holding it stands for itself ("Strava ... its annual Camp Strava event", "Google ... Google Search", "Local 90 ... Teamsters Local 90")',
      [
        'Velora on Thursday announced a slew of new features at its annual Camp Velora event.',
        'Velora says it will use machine learning to flag cheats.',
        '"Studies show that women run less often after dark," Velora wrote in a blog post.',
      ],
      [['Studies show that women run less often after dark', 'Velora']],
    ],
    [
      'a lone first word is not the longer name it opens when written alone first ("Etlaq ... the Etlaq Fan Experience")',
      [
        'Orbix runs the spaceport. The event, called the Orbix Fan Experience, was set to end with a launch.',
        'Officials said the launch had "successfully concluded without ignition," Orbix wrote.',
      ],
      [['successfully concluded without ignition', 'Orbix']],
    ],
    [
      'cross: a common first name written alone first still finds the full name ("Sarah ... Sarah Gille"), and so does a last name given later with a title ("Zephyr’s expulsion ... Rep. Zooey Zephyr")',
      [
        'Her daughter, Sarah, came along. Sarah Hale sat in on a class.',
        '"I was glad I did not get that question," Sarah said.',
        'Activists said Zephyr’s expulsion was planned. Democratic Rep. Zooey Zephyr spoke last.',
        '"You see the blood on your hands," Zephyr told her colleagues.',
      ],
      [
        ['I was glad I did not get that question', 'Sarah Hale'],
        ['You see the blood on your hands', 'Zooey Zephyr'],
      ],
    ],
    [
      'a place after a locative preposition is no speaker ("a paper money grading company in Florida told Fox", "the Dialogue Group in Turkey, which says")',
      [
        '"It is very rare that the mint would mess up an order," Tom Hale, vice president of PMG, a grading company in Florida told Fox.',
        'Abu Roe is the head of the Palestinian Dialogue Group in Turkey, which says on its site that it aims to "protect the historical rights of the people."',
      ],
      [
        ['It is very rare that the mint would mess up an order', 'Tom Hale'],
        ['protect the historical rights of the people.', 'Palestinian Dialogue Group'],
      ],
    ],
    [
      'cross: a place as the subject still speaks ("Turkey said"), and a place after a preposition elsewhere in the sentence changes nothing',
      [
        '"We will respond in kind to any attack," Turkey said on Monday.',
        'Jane Roe, who grew up in Ohio, said the plant "will not be rushed."',
        'The firm moved from Ohio to Texas. "Texas gave us a better deal," Ohio Governor Tom Hale said.',
      ],
      [
        ['We will respond in kind to any attack', 'Turkey'],
        ['will not be rushed.', 'Jane Roe'],
        ['Texas gave us a better deal', 'Tom Hale'],
      ],
    ],
    [
      'an adjective of nationality before a lower-case noun is no name ("criticised by Russian politicians and Donald Trump Jr who wrote on X:")',
      [
        'The move was criticised by Russian politicians and Tom Hale Jr who wrote on X: "The generals seem to want a war."',
      ],
      [['The generals seem to want a war.', 'Tom Hale Jr']],
    ],
    [
      'cross: a nationality word before a speech verb is a body\'s short name ("American said", American Airlines), and a nationality opening a title stays the title',
      [
        'The airline cancelled flights on Monday.',
        '"We are working closely with our vendors," American said in a statement.',
        '"We will not stop," Israeli Prime Minister Ann Roe said.',
      ],
      [
        ['We are working closely with our vendors', 'American'],
        ['We will not stop', 'Ann Roe'],
      ],
    ],
    [
      'a he/she stands for no capitalised word written once, an adverb opening the sentence ("Furthermore, he encouraged ...")',
      [
        'Provincial official Tom Hale urged the public to limit travel.',
        'Furthermore, he encouraged communities to report blocked drains.',
        '"Warnings must be treated as protective measures," he stated.',
      ],
      [['Warnings must be treated as protective measures', 'Tom Hale']],
    ],
    [
      'a he/she stands for no capitalised word written once, a noun opening the sentence ("Encouragement from mentors and peers solidified his resolve")',
      [
        'Lawyer Tom Roe grew up poor in a mountain village.',
        'Encouragement from mentors solidified his resolve. "I would not change my path," he declares.',
      ],
      [['I would not change my path', 'Tom Roe']],
    ],
    [
      'cross: a one-word name followed by "who", an age or a speech verb, or the first word of a full name, is someone ("Tommy — who only goes by his first name", "Curie, 21,", "Roe wrote")',
      [
        'Tommy — who only goes by his first name online — retired at 51.',
        '"So much of a great retirement is mental," he wrote.',
        'One participant, Curie Kim, fell ill.',
        'Curie, 21, a student, came second, but she admitted the prize "came with a price."',
      ],
      [
        ['So much of a great retirement is mental', 'Tommy'],
        ['came with a price.', 'Curie Kim'],
      ],
    ],
    [
      'a descriptor stands for no place ("... as far south as Kansas City, Mo. ... The agency warns that", "under US influence ... the bank said")',
      [
        'Storms could swing from Omaha to Kansas City, Mo., on Friday. Kansas City, Mo., is under a Level 3 risk.',
        'Kansas City, Mo., has opened shelters. The agency warns that "all hazards will be possible, including tornadoes."',
      ],
      [['all hazards will be possible, including tornadoes.', null]],
    ],
    [
      'cross: a descriptor still finds a body, and a place still speaks by name ("the agency" after "the Storm Prediction Center said", "China said")',
      [
        'The Storm Prediction Center said storms could reach Kansas City. The Storm Prediction Center issued a watch.',
        'The Storm Prediction Center is watching Kansas City. "All hazards will be possible," the agency warned.',
        '"We oppose the sanctions," China said.',
      ],
      [
        ['All hazards will be possible', 'Storm Prediction Center'],
        ['We oppose the sanctions', 'China'],
      ],
    ],
  ])('%s', (_name, paragraphs, expected) => {
    expect(inOrder(quotesOf(...paragraphs))).toEqual(expected);
  });
});
