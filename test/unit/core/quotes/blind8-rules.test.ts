import { describe, expect, it } from 'vitest';
import { inOrder, quotesOf } from './helpers.ts';

// Rules added by quotes11 for causes found on blind set 8, each with invented sentences: input
// paragraphs, expected [text, speaker] of each quote in reading order. Rows marked "cross" are
// where the rule could over-fire.
describe('findQuotes: speakers, quotes11 rules', () => {
  it.each<[string, string[], [string, string | null][]]>([
    [
      'a gendered honorific does not take a fuller name of the other gender ("Mr. Hale" is not "his daughter Lena Hale")',
      [
        '"She has done a great job," Mr. Hale said.',
        'Mr. Hale said he was weighing five names. Earlier he said that his daughter Lena Hale "would be great, but I would not pick her."',
      ],
      [
        ['She has done a great job', 'Hale'],
        ['would be great, but I would not pick her.', 'Hale'],
      ],
    ],
    [
      'cross: an honorific of the same gender still finds the full name',
      ['Tom Hale runs the firm.', '"She has done a great job," Mr. Hale said.'],
      [['She has done a great job', 'Tom Hale']],
    ],
    [
      'a place before a body noun is not the body: "the only U.S. company" is the firm named as subject',
      [
        'Acme Corp. won the first contract. Acme is also the only U.S. company that can build the plane. Acme is in the early stages of the work.',
        '"We look forward to working with the U.S. Navy on the next phases," the company said.',
      ],
      [['We look forward to working with the U.S. Navy on the next phases', 'Acme Corp.']],
    ],
    [
      'cross: a body named before the noun is still the body ("Acme Corp. is a defence company")',
      [
        'The contract went to a defence company, Acme Corp., last year.',
        '"We look forward to the next phases," the company said.',
      ],
      [['We look forward to the next phases', 'Acme Corp.']],
    ],
    [
      'a name ending with a geographic noun is a place: he is not "Powder River Basin"',
      [
        'Tom Hale, an economist at the university, studies coal. The economics of Powder River Basin mining are so good that the state will cope, he added.',
        '"When the last coal train leaves, it will be from here," he said.',
      ],
      [['When the last coal train leaves, it will be from here', 'Tom Hale']],
    ],
    [
      'a town before a state after a comma is a place, and a participle before "by" no name: "Donated by X, Oak Grove, Calif."',
      [
        'Donated by Gina Roe, Oak Grove, Calif.',
        '"In 2010, I took my car to the dealership and a man in uniform told me what I had."',
      ],
      [
        [
          'In 2010, I took my car to the dealership and a man in uniform told me what I had.',
          'Gina Roe',
        ],
      ],
    ],
    [
      'cross: a person named before a comma and a town is still a person ("Mark Roe, Richmond, Va.")',
      [
        'Mark Roe, Richmond, Va.',
        '"It has been in the family since 1912 and was kept on top of a piano."',
      ],
      [['It has been in the family since 1912 and was kept on top of a piano.', 'Mark Roe']],
    ],
    [
      '"Don" before a surname is a first name, not a title',
      ['"I was at her house visiting the family," said Don Felder, a collector.'],
      [['I was at her house visiting the family', 'Don Felder']],
    ],
    [
      'a speech verb that closes its clause at a comma attributes the quote before it, however long the sentence',
      [
        'Tom Hale is the mayor.',
        '"Just met with the general, very impressed!" Tom Hale tweeted on Monday, thickening the intrigue over the post of secretary of state and other cabinet positions.',
      ],
      [['Just met with the general, very impressed!', 'Tom Hale']],
    ],
    [
      'cross: a speech verb with its own object in a long sentence after the quote attributes nothing',
      [
        'Tom Hale is the mayor.',
        '"Nobody saw it coming at all!" Tom Hale said the plan would cost more than the old one and that nobody had asked the voters about it at all.',
      ],
      [['Nobody saw it coming at all!', null]],
    ],
    [
      'any past-tense verb before "in a (morning) tweet" or "in a statement" is a speech verb',
      [
        'Tom Hale is the mayor.',
        '"We will win the whole thing," Tom Hale simpered in a morning tweet.',
      ],
      [['We will win the whole thing', 'Tom Hale']],
    ],
    [
      'cross: a verb before "in a parade" is no speech verb',
      [
        'Ann Roe spoke first.',
        '"The whole thing is rigged from the start," read a banner as Tom Hale walked past in a parade.',
      ],
      [['The whole thing is rigged from the start', null]],
    ],
    [
      '"the President-elect said" is a role, the president\'s to be',
      [
        'Tom Hale, the president-elect, spoke on Monday.',
        '"We will win the whole thing," the President-elect said.',
      ],
      [['We will win the whole thing', 'Tom Hale']],
    ],
    [
      '"A Colorado Democrat said", "An Iowa Republican answered": an article opening the run describes someone unnamed',
      [
        'Tom Hale spoke first.',
        'A Colorado Democrat said the debate would be as exciting "as watching paint dry for an afternoon." An Iowa Republican seemingly answered that question: "Nobody cares about it at all."',
      ],
      [
        ['as watching paint dry for an afternoon.', null],
        ['Nobody cares about it at all.', null],
      ],
    ],
    [
      'cross: "the Ohio Democrat said" still stands for the person just named',
      [
        'Senator Tom Hale spoke first on Monday.',
        '"We will not back down on this at all," the Ohio Democrat said.',
      ],
      [['We will not back down on this at all', 'Tom Hale']],
    ],
    [
      'an embedded post\'s byline names its author even in lower case ("— elvan (@handle)")',
      [
        'Others on social media shared pictures of the plane.',
        '> Anybody know about the plane circling the city right now? Nobody here does.',
        '> — The Community NYC (@TheCommunityNYC) December 13, 2016',
        '> What is happening? I was asking myself the same thing! A plane circling the city?!',
        '> — elvan (@islandLostFound) December 13, 2016',
      ],
      [
        [
          'Anybody know about the plane circling the city right now? Nobody here does.',
          'Community NYC',
        ],
        [
          'What is happening? I was asking myself the same thing! A plane circling the city?!',
          'elvan',
        ],
      ],
    ],
    [
      'a place heads no apposition: "The Mandan, North Dakota, police chief, Jason Ziegler, has asserted"',
      [
        'Protests went on all week.',
        'The Mandan, North Dakota, police chief, Jason Ziegler, has asserted that the agencies "can use whatever force necessary to maintain peace".',
      ],
      [['can use whatever force necessary to maintain peace', 'Jason Ziegler']],
    ],
    [
      'cross: a name with a role after it in apposition still speaks',
      [
        'Protests went on all week.',
        'Tom Hale, police chief of Mandan, has asserted that the agencies "can use whatever force necessary to maintain peace".',
      ],
      [['can use whatever force necessary to maintain peace', 'Tom Hale']],
    ],
    [
      'a body quoted through "a spokeswoman for X" goes on speaking as "she"',
      [
        'Airport workers will strike on Tuesday. The striking workers are not aiming to disrupt travel, a spokeswoman for the Service Employees International Union said last week.',
        '"They do want to gain public support from all the travellers," she said.',
      ],
      [
        [
          'They do want to gain public support from all the travellers',
          'Service Employees International Union',
        ],
      ],
    ],
    [
      'cross: a woman named after the spokeswoman takes the "she" over',
      [
        '"We are not aiming to disrupt travel," a spokeswoman for the Service Employees International Union said last week. The mayor, Jane Roe, disagreed with the strike.',
        '"They do want to gain public support from all the travellers," she said.',
      ],
      [
        ['We are not aiming to disrupt travel', 'Service Employees International Union'],
        ['They do want to gain public support from all the travellers', 'Jane Roe'],
      ],
    ],
    [
      'a common first name tells the gender before the he/she votes: a she about someone else beside "Trump\'s" leaves Donald Trump a man',
      [
        'Fed Chair Janet Yellen spoke on Wednesday about Donald Trump.',
        '"All the participants recognize that there is considerable uncertainty about policy," Yellen said.',
        'Though Trump’s inauguration is still a month away, she said "some of the participants" had begun shifting their assumptions about fiscal policy.',
      ],
      [
        [
          'All the participants recognize that there is considerable uncertainty about policy',
          'Janet Yellen',
        ],
        ['some of the participants', 'Janet Yellen'],
      ],
    ],
    [
      'cross: a name given to both sexes still takes its gender from the he/she votes',
      [
        'Fed Chair Jordan Yellen spoke on Wednesday.',
        'Jordan Yellen arrived late. She said "some of the participants had begun shifting" and left.',
      ],
      [['some of the participants had begun shifting', 'Jordan Yellen']],
    ],
    [
      'an unnamed "people" before a comma does not swallow the name after it: "..., bad people, Hale said"',
      [
        'Tom Hale testified on Monday.',
        'Asked if he believed those he shot were bad people, Hale said almost incredulously, "They were in church; they were not criminals or anything."',
      ],
      [['They were in church; they were not criminals or anything.', 'Tom Hale']],
    ],
    [
      'cross: "people" right before the clause still makes an unnamed speaker',
      [
        'Tom Hale testified on Monday.',
        'Many people Hale knew said, "They were in church; they were not criminals or anything."',
      ],
      [['They were in church; they were not criminals or anything.', null]],
    ],
    [
      'a possessive is no subject: "the night of Roe’s tweet that ..." does not make Roe the speaker',
      [
        'Ann Roe sent a tweet about the union leader Tom Hale on Monday.',
        'Hale told the Star the night of Roe’s tweet that his phone had been ringing with threats from her fans: "They know what kind of car I drive and they know where I live."',
      ],
      [['They know what kind of car I drive and they know where I live.', 'Tom Hale']],
    ],
    [
      'cross: "Roe’s said" (has said) still makes Roe the speaker',
      [
        'Ann Roe sent a tweet about the union leader Tom Hale on Monday.',
        'The night of the vote, Roe’s said that she would fight: "They know what kind of car I drive and they know where I live."',
      ],
      [['They know what kind of car I drive and they know where I live.', 'Ann Roe']],
    ],
  ])('%s', (_name, paragraphs, expected) => {
    expect(inOrder(quotesOf(...paragraphs))).toEqual(expected);
  });
});
