import { describe, expect, it } from 'vitest';
import { inOrder, quotesOf } from './helpers.ts';

// Rules added by speakers14 for quotes left without a speaker on the pool of blind sets 13 and
// 14, each with invented sentences: input paragraphs, expected [text, speaker] of each quote in
// reading order. Rows marked "cross" are near misses where the rule could over-fire.
describe('findQuotes: speakers found where none was, speakers14 rules', () => {
  it.each<[string, string[], [string, string | null][]]>([
    [
      'a present-tense verb that is often a noun closes the attribution right after a quote ("“...,” Jane Roe shares.", "“...,” he emails.", "“...,” he aptly summarizes, ...")',
      [
        'Jane Roe grew up in Maseru.',
        '"School was not just a goal; it was a passion," Jane Roe shares.',
        'Tom Hale is a data scientist in Montreal who built the model.',
        '"I was cruising around the website looking for data," he emails. "I found that amusing."',
        '"Every effort made to invest in education is an investment," he aptly summarizes, pointing to the data.',
      ],
      [
        ['School was not just a goal; it was a passion', 'Jane Roe'],
        ['I was cruising around the website looking for data, I found that amusing.', 'Tom Hale'],
        ['Every effort made to invest in education is an investment', 'Tom Hale'],
      ],
    ],
    [
      'cross: the word going on with more of the sentence, or after a described someone, attributes nothing ("“...” Acme shares fell on the news.", "the reader emails")',
      [
        '"Sell everything now, before it is too late" Acme shares fell on the news.',
        '"Sell everything now, before it is too late," Acme shares fell on the news.',
        '"We were never told anything at all," the reader emails.',
      ],
      [
        ['Sell everything now, before it is too late', null],
        ['Sell everything now, before it is too late', null],
        ['We were never told anything at all', null],
      ],
    ],
    [
      '"the expert" named by no role is the person quoted in this paragraph or the one before ("“...,” commented Abby. [new paragraph] The expert said: “...”")',
      [
        'Marketing manager Abby Dunn shared her top tips.',
        '"Avoid the school holidays in both countries," commented Abby.',
        'The expert said: "Check the calendars for sporting events first."',
        '"Plant it in a hanging basket," says Radek Hale from Fantastic Gardeners.',
        '"If you burn yourself, cut off a leaf," the expert explains.',
        'The snake plant needs very little TLC, "they do their best when you neglect them," according to the expert.',
      ],
      [
        ['Avoid the school holidays in both countries', 'Abby Dunn'],
        ['Check the calendars for sporting events first.', 'Abby Dunn'],
        ['Plant it in a hanging basket', 'Radek Hale'],
        ['If you burn yourself, cut off a leaf', 'Radek Hale'],
        ['they do their best when you neglect them', 'Radek Hale'],
      ],
    ],
    [
      'cross: "the expert" after another person is named since the last quote, two paragraphs on, or another role noun ("the judge") stays nobody\'s',
      [
        '"Plant it in a hanging basket," says Radek Hale from Fantastic Gardeners, a view not shared by the orchid grower Ann Lee.',
        '"Never water it in winter," the expert explains.',
        '"Cut it back in spring," says Radek Hale.',
        'The plant is hardy.',
        '"It will outlive you," the expert explains.',
        '"Keep it in the shade," says gardener Radek Hale.',
        '"The ruling stands," the judge said.',
      ],
      [
        ['Plant it in a hanging basket', 'Radek Hale'],
        ['Never water it in winter', null],
        ['Cut it back in spring', 'Radek Hale'],
        ['It will outlive you', null],
        ['Keep it in the shade', 'Radek Hale'],
        ['The ruling stands', null],
      ],
    ],
    [
      '"the center" or "the ministry" is the body whose capitalised name ends in that noun ("the Storm Prediction Center has outlined ... “...,” wrote the center.")',
      [
        'Nonetheless, the Storm Prediction Center has outlined a Level 3 risk of severe weather on Saturday.',
        '"The greatest threat is currently anticipated across the Plains," wrote the center.',
        "Russia's Defense Ministry confirmed the weapon's use on Sunday.",
        'The ministry added the attack was retaliation for attacks on "civilian facilities on Russian territory."',
      ],
      [
        [
          'The greatest threat is currently anticipated across the Plains',
          'Storm Prediction Center',
        ],
        ['civilian facilities on Russian territory.', "Russia's Defense Ministry"],
      ],
    ],
    [
      'cross: a center named only in lower case, or a name that does not end in the noun, is no body for "the center"',
      [
        'The new center opened in March in the old mill, funded by the Hale Foundation.',
        '"We are full already, with a waiting list," wrote the center.',
      ],
      [['We are full already, with a waiting list', null]],
    ],
    [
      'an abbreviated title holds its role noun: "Indiana Gov. Eric Holcomb ... “...,” the Republican governor said."',
      [
        'The deal gained the endorsement of Indiana Gov. Eric Holcomb on Friday.',
        'Holcomb said at a news conference that he would sign the budget.',
        '"It is a generational impact budget," the Republican governor said.',
      ],
      [['It is a generational impact budget', 'Eric Holcomb']],
    ],
    [
      'cross: a title of another office ("Sen.") holds no "governor"',
      [
        'The deal gained the support of Sen. Ann Lee and of Tom Hale, the mayor of Gary.',
        '"It is a generational impact budget," the governor said.',
      ],
      [['It is a generational impact budget', null]],
    ],
    [
      'a participle after a comma ("noting,", "stating") goes on from the subject opening its clause, not from the sentence\'s first name ("..., when asked about Tay Hale, Donna dismissed the idea, noting, “...”")',
      [
        'Donna Roe has praised the album.',
        'However, when asked if she had any advice for Tay Hale about growing older, Donna dismissed the idea, noting, "She does not need my advice on anything."',
        'In Mayor Ann Lee\'s first visit to the city, she spoke from her car to a crowd at the stadium, stating "No city has a finer record in this great task."',
      ],
      [
        ['She does not need my advice on anything.', 'Donna Roe'],
        ['No city has a finer record in this great task.', 'Ann Lee'],
      ],
    ],
    [
      'cross: a name set off by commas before the participle is an apposition, no clause: "... his party, Pakistan Tehreek-e-Insaf (PTI), stating: “...”" is Khan\'s',
      [
        'Imran Khan alleged that the general was behind the crackdown on his party, Pakistan Tehreek-e-Insaf (PTI), stating: "It is personal. It has nothing to do with the national interest."',
      ],
      [['It is personal. It has nothing to do with the national interest.', 'Imran Khan']],
    ],
  ])('%s', (_why, paragraphs, expected) => {
    expect(inOrder(quotesOf(...paragraphs))).toEqual(expected);
  });
});
