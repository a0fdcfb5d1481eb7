import { describe, expect, it } from 'vitest';
import { inOrder, quotesOf } from './helpers.ts';

// Rules added by quotes7 for causes found on blind set 4 (and blind set 3's leftovers), each with
// invented sentences: input paragraphs, expected [text, speaker] of each quote in reading order.
// Rows marked "cross" are where the rule could over-fire.
describe('findQuotes: speakers, quotes7 rules', () => {
  it.each<[string, string[], [string, string | null][]]>([
    [
      '"X assures himself" attributes a split quote (the short first part is kept and joined)',
      [
        'Tom Hale says he was at home all evening.',
        '"Oh, really? Fine," he assures himself. "I did not sign anything that day."',
      ],
      [['Oh, really? Fine, I did not sign anything that day.', 'Tom Hale']],
    ],
    [
      'a he opening the sentence after one whose subject is the only subject counts for that subject',
      [
        'Piet Kroon, the founder of the Garden Lab, left the firm at 40. He says the first step is to sell the car.',
        '"You need two numbers before anything else," he told the Herald.',
      ],
      [['You need two numbers before anything else', 'Piet Kroon']],
    ],
    [
      'cross: a him later in that sentence is no vote (the subject stays a woman)',
      [
        'Ines Varga worked with the Moser Group in Graz. She hired him the next day.',
        '"He was the best engineer in the room," she said.',
      ],
      [['He was the best engineer in the room', 'Ines Varga']],
    ],
    [
      'a one-word name opening the paragraph before, with his/he after it, is the he of the next',
      [
        'Anton Leary, who writes about money, has a plan for everyone. "Start with the debt," Leary said.',
        'Bastian — who goes by his first name online — stopped working at 51. He never earned much.',
        '"Being free of the loan is most of the joy," he wrote.',
      ],
      [
        ['Start with the debt', 'Anton Leary'],
        ['Being free of the loan is most of the joy', 'Bastian'],
      ],
    ],
    [
      '"the patient wrote": a common noun no one is named by speaks for no one (not the doctor)',
      [
        '"It happens more than we think," Dr. Mara Lind said.',
        '"I can climb the stairs again without a rest," the patient wrote in the report.',
      ],
      [
        ['It happens more than we think', 'Mara Lind'],
        ['I can climb the stairs again without a rest', null],
      ],
    ],
    [
      'cross: "the doctor said" still stands for the person with that role',
      [
        'Mara Lind, a doctor at the county hospital, saw him first.',
        '"It happens more than we think," the doctor said.',
      ],
      [['It happens more than we think', 'Mara Lind']],
    ],
    [
      '"a company spokesperson said": the firm the article is about, named as a subject nearby',
      [
        'Zentro is being sued by its landlord. Zentro said it would fight the claim, and Zentro shares fell.',
        'Zentro is based in Leeds. A company spokesperson said in an email that "we have not seen the claim and will respond in court."',
      ],
      [['we have not seen the claim and will respond in court.', 'Zentro']],
    ],
    [
      'cross: a one-word name that is a common first name is no company',
      [
        'Mary sued the landlord in May. Mary said it twice, and Mary left.',
        'A company spokesperson said in an email that "we have not seen the claim and will respond in court."',
      ],
      [['we have not seen the claim and will respond in court.', null]],
    ],
    [
      'speech imagined under a thought verb\'s "that" and a modal is nobody\'s quote',
      [
        'Ann Roe believes that the longer the hearings run, the more the voters will sigh, close the papers, and shout, "Just end it now."',
      ],
      [],
    ],
    [
      'cross: a modal with no thought verb before it leaves the quote (and "shouts" is speech)',
      ['Ann Roe said that she would stand on the steps and shout, "Just end it now."'],
      [['Just end it now.', 'Ann Roe']],
    ],
    [
      'a colon introduction opened by she (after a relative clause too) is hers, in the next paragraph',
      [
        '"We did it," Ann Roe said on Monday.',
        "She then shared the campaign's site, which carries the following statement:",
        '"Our town has a problem. We will fix it together, street by street."',
      ],
      [
        ['We did it', 'Ann Roe'],
        ['Our town has a problem. We will fix it together, street by street.', 'Ann Roe'],
      ],
    ],
    [
      "a colon introduction opened by she in the quote's own paragraph is hers, not the site's",
      [
        'Ann Roe runs the bakery on Hill Street. She posted this on Facebook: "We are closed until Monday."',
      ],
      [['We are closed until Monday.', 'Ann Roe']],
    ],
    [
      'cross: he in an introduction whose paragraph names two men stays unresolved',
      [
        '"It is slow going," Piet Kroon wrote.',
        'On Monday he emailed Tom Hale about the plan. Then he launched into one of his stories:',
        '"A man walks into the bank with a goose under his arm and asks for a loan."',
      ],
      [
        ['It is slow going', 'Piet Kroon'],
        ['A man walks into the bank with a goose under his arm and asks for a loan.', null],
      ],
    ],
    [
      "a quote filling a parenthesis is evidence from the sentence's he/she",
      [
        'Senator Tom Hale has changed his story about the donor twice this year.',
        'After first denying that he or his staff had met the donor ("We have never spoken to him in person") — he now says they met once.',
      ],
      [['We have never spoken to him in person', 'Tom Hale']],
    ],
    [
      'cross: a parenthesised quote in a sentence with no he/she nor opening name stays unattributed',
      [
        'Tom Hale has changed his story.',
        'The donor list ("everyone who gave more than a thousand dollars last year") was never published.',
      ],
      [['everyone who gave more than a thousand dollars last year', null]],
    ],
    [
      '"X introduced Y to the audience as “...”": the subject of the describing verb speaks',
      [
        'Ann Roe introduced Tom Hale to the conference crowd as "someone who has changed what it means to run a city".',
      ],
      [['someone who has changed what it means to run a city', 'Ann Roe']],
    ],
    [
      'cross: a passive "was introduced ... as" names no speaker',
      [
        'The new tram was introduced to the city council as "the cheapest way to move ten thousand people a day".',
      ],
      [['the cheapest way to move ten thousand people a day', null]],
    ],
    [
      '"the singer and guitarist told": the person named in full opening the paragraph before',
      [
        "Ann Roe teased the tour during the band's set on Monday at the Grand Hall.",
        'After the last song, the singer and guitarist told the crowd, "that was fun, maybe we should go on the road."',
      ],
      [['that was fun, maybe we should go on the road.', 'Ann Roe']],
    ],
    [
      'an occupation given someone as a role stands for them ("the singer said")',
      [
        "Tom Hale, the band's drummer, and Ann Roe, its lead singer, played for two hours.",
        '"We love this town," the singer said.',
      ],
      [['We love this town', 'Ann Roe']],
    ],
    [
      'a title before the attribution is no first part of a split quote',
      [
        'Tom Hale closed the show.',
        'After "Running Up That Hill," the drummer told the crowd, "we will be back next year."',
      ],
      [['we will be back next year.', 'Tom Hale']],
    ],
    [
      'cross: "the woman said" is an unnamed someone, no occupation',
      [
        'Ann Roe opened the hall on Monday.',
        'Outside, a woman waited. "It was a long night," the woman said.',
      ],
      [['It was a long night', null]],
    ],
    [
      'a word after a dialogue dash opens its sentence: "— Я ..." (I) is no name when written in lower case too',
      ['— Я обычно отвечаю так: «Главное — никогда не спешить». Потом я ушла домой.'],
      [['Главное — никогда не спешить', null]],
    ],
    [
      'cross: a name after a dialogue dash is still a name',
      ['— Ann Berg told us: "We will open the new school on Monday."'],
      [['We will open the new school on Monday.', 'Ann Berg']],
    ],
    [
      '"the club said" is the club named by the noun before',
      [
        'The football club Kelso Rovers sacked its coach on Monday.',
        '"We thank him for his work," the club said.',
      ],
      [['We thank him for his work', 'Kelso Rovers']],
    ],
    [
      'cross: "the club said" with no club named is nobody (not the man named before)',
      ['Tom Hale was sacked on Monday.', '"We thank him for his work," the club said.'],
      [['We thank him for his work', null]],
    ],
    [
      '"X sent a letter to Y earlier this month stating that “...”": the sender speaks',
      [
        'The Harbour Board sent a letter to the unions earlier this week stating that "the port will stay open through the winter."',
      ],
      [['the port will stay open through the winter.', 'Harbour Board']],
    ],
    [
      'cross: a letter the subject only received is no issued document',
      [
        'The Harbour Board got a letter from the unions earlier this week stating that "the port must close for the winter."',
      ],
      [['the port must close for the winter.', null]],
    ],
  ])('%s', (_name, paragraphs, expected) => {
    expect(inOrder(quotesOf(...paragraphs))).toEqual(expected);
  });
});

describe('findQuotes: roles, quotes7 rules', () => {
  it.each<[string, string[], string | null]>([
    [
      '"X is the mayor of Y." gives the role when no apposition does',
      ['Ann Roe is the mayor of Springfield. "We will rebuild the bridge," Roe said.'],
      'the mayor of Springfield',
    ],
    [
      '"X, who is the mayor of Y," gives the role',
      ['"We will rebuild the bridge," said Ann Roe, who is the mayor of Springfield.'],
      'the mayor of Springfield',
    ],
    [
      'cross: a predicate with no role noun at its head, or running into a clause, is no role',
      ['Ann Roe is a convicted thief and owned a boat. "We will rebuild," Roe said.'],
      null,
    ],
  ])('%s', (_name, paragraphs, role) => {
    expect(quotesOf(...paragraphs)[0]?.role ?? null).toBe(role);
  });
});
