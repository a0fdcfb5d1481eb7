import { describe, expect, it } from 'vitest';
import { inOrder, quotesOf } from './helpers.ts';

// Rules added by quotes15 for speakers of the pool of blind sets 14 and 15, each with invented
// sentences: input paragraphs, expected [text, speaker] of each quote in reading order. Rows
// marked "cross" are near misses where the rule could over-fire.
describe('findQuotes: gender votes follow the clause subject, quotes15', () => {
  it.each<[string, string[], [string, string | null][]]>([
    [
      'a sentence opened by she names a place inside it: the place gets no she ("She also thought ... that the Arctic Ocean had ...")',
      [
        'Leslie Field runs a consulting company in California.',
        'In 2006, Field went to see a documentary. "It felt like a truck was coming for my kids," Field told me. She also thought about the idea, communicated in the film, that the Arctic Ocean had enormous leverage in the climate system. "That ice has been doing us a gigantic favor," she said.',
      ],
      [
        ['It felt like a truck was coming for my kids', 'Leslie Field'],
        ['That ice has been doing us a gigantic favor', 'Leslie Field'],
      ],
    ],
    [
      'a name after a preposition is not the he heading the clause after it ("At the World Governments Summit in Dubai, he reminded ...")',
      [
        'Jensen Huang sells chips to governments. He has done so for years.',
        'At the World Governments Summit in Dubai this February, he reminded an audience that investment is essential.',
        'He then told these leaders what he would do: "I would codify the language of your culture."',
      ],
      [['I would codify the language of your culture.', 'Jensen Huang']],
    ],
    [
      'the last speaker opening the paragraph before as its subject goes on, though another man is named after them ("But Al Saud is aware of the effect Sinwar may have ...")',
      [
        'Yahya Sinwar, 61, has led the group since 2017. He learned Hebrew in jail.',
        "Some in Gaza welcomed the news of Sinwar's promotion, saying they needed someone to defend them.",
        '"Choosing him is a good choice," Abu Anas Al Saud told El Saife. "We need someone to defend the land."',
        'But Al Saud is aware of the effect Sinwar may have on ceasefire talks.',
        '"He\'s the most wanted man," he said.',
      ],
      [
        ['Choosing him is a good choice, We need someone to defend the land.', 'Abu Anas Al Saud'],
        ["He's the most wanted man", 'Abu Anas Al Saud'],
      ],
    ],
    [
      'cross: a subject named before its he still tells its gender ("Tom Okafor runs the shop. He opened it ..."), and a she opening a sentence before a name is not that name',
      [
        'Tom Okafor runs the shop. He opened it in 1990.',
        '"It was hard at first," he said.',
        'When she met Tom Okafor, she told him about it: "We should open another."',
      ],
      [
        ['It was hard at first', 'Tom Okafor'],
        ['We should open another.', null],
      ],
    ],
    [
      'a he/she opening a sentence that names nobody is carried only from a subject: after "the lawyers of Ihsan Okoro met on Monday." the he is nobody named',
      [
        '"We condemn the attack on our journalists," said Phil Chetwynd, the agency\'s news director.',
        '"It was likely deliberate," said Jessica Dorsey, an expert in law at Utrecht University.',
        'However, the lawyers of Ihsan Okoro met on Monday.',
        '"It is not possible to conclude that this was intentional," he said.',
      ],
      [
        ['We condemn the attack on our journalists', 'Phil Chetwynd'],
        ['It was likely deliberate', 'Jessica Dorsey'],
        ['It is not possible to conclude that this was intentional', null],
      ],
    ],
  ])('%s', (_why, paragraphs, expected) => {
    expect(inOrder(quotesOf(...paragraphs))).toEqual(expected);
  });
});

describe('findQuotes: he/she after a full name of no known gender, quotes15', () => {
  it.each<[string, string[], [string, string | null][]]>([
    [
      'a paragraph naming nobody after one whose subject is a full name no table genders: that person, not a man quoted further back',
      [
        '"We condemn the attack on our journalists," said Phil Chetwynd, the agency\'s news director.',
        '"It was likely deliberate," said Jessica Dorsey, an expert in law at Utrecht University.',
        '"It makes a compelling argument," she said.',
        "However, Ihsan Okoro, a lawyer who served in the Military Advocate General's Corps, said it was still unclear why the tank had fired.",
        '"It is not possible to conclude that this was intentional," he said.',
      ],
      [
        ['We condemn the attack on our journalists', 'Phil Chetwynd'],
        ['It was likely deliberate', 'Jessica Dorsey'],
        ['It makes a compelling argument', 'Jessica Dorsey'],
        ['It is not possible to conclude that this was intentional', 'Ihsan Okoro'],
      ],
    ],
  ])('%s', (_why, paragraphs, expected) => {
    expect(inOrder(quotesOf(...paragraphs))).toEqual(expected);
  });
});

describe('findQuotes: a place or body and role words before a full name, quotes15', () => {
  it.each<[string, string[], [string, string | null][]]>([
    [
      'a place or body and one or two lower-case words before a full name closing its clause modify the name ("said Kyiv resident Svitlana Onofryichuk, 55,", "according to Google Search lead Liz Reid,")',
      [
        '"It was a terrible night," said Kyiv resident Svitlana Onofryichuk, 55, who worked in the market.',
        'Google is now on record saying that the change is, according to Google Search lead Liz Reid, "the biggest upgrade to our search box in 25 years."',
      ],
      [
        ['It was a terrible night', 'Svitlana Onofryichuk'],
        ['the biggest upgrade to our search box in 25 years.', 'Liz Reid'],
      ],
    ],
    [
      'cross: a name joined by "of" to a firm keeps its person ("says Cara Diemont of IT firm Dimension Data"); a body alone, a role noun, and "according to" with the speech verb after it, as before',
      [
        '"Customers are getting used to it," says Cara Diemont of IT firm Dimension Data.',
        '"We will appeal," said Acme spokesman John Doe.',
        '"We will file the papers next week," said Reuters on Monday.',
        'Tom Hale fled, according to the police. The mayor, Ann Lee, said that "nobody was hurt in the fire last night."',
      ],
      [
        ['Customers are getting used to it', 'Cara Diemont'],
        ['We will appeal', 'John Doe'],
        ['We will file the papers next week', 'Reuters'],
        ['nobody was hurt in the fire last night.', 'Ann Lee'],
      ],
    ],
  ])('%s', (_why, paragraphs, expected) => {
    expect(inOrder(quotesOf(...paragraphs))).toEqual(expected);
  });
});

describe('findQuotes: a verb coordinated past an auxiliary, quotes15', () => {
  it.each<[string, string[], [string, string | null][]]>([
    [
      'an auxiliary or adverb between "and" and the verb keeps it coordinated with the subject\'s first verb ("and has stated,", "and only said:")',
      [
        'George Soros gives millions to groups. He funds a variety of gun control groups and has stated, "I\'m very much against guns."',
        'Minister of Natural Resources, Mohlomi Moleko, would not confirm whether the ministry is aware of the situation and only said: "Ask them to submit a formal complaint to the ministry."',
      ],
      [
        ["I'm very much against guns.", 'George Soros'],
        ['Ask them to submit a formal complaint to the ministry.', 'Mohlomi Moleko'],
      ],
    ],
    [
      'cross: a name with an apposition opening the sentence, a clause with its own subject after "and", and a plain "and said," as before',
      [
        'James Roosevelt Jr., the grandson of FDR and DNC member, spoke on Friday\'s conference call and said of his grandfather: "What he created then was a tremendous legacy for this country."',
        'Ann Roe left the room, and Tom Hale has said, "It is a disaster for everyone involved."',
        'Ann Lee visited the site and said, "It is a disaster for the whole town."',
      ],
      [
        ['What he created then was a tremendous legacy for this country.', 'James Roosevelt Jr.'],
        ['It is a disaster for everyone involved.', 'Tom Hale'],
        ['It is a disaster for the whole town.', 'Ann Lee'],
      ],
    ],
  ])('%s', (_why, paragraphs, expected) => {
    expect(inOrder(quotesOf(...paragraphs))).toEqual(expected);
  });
});
