import { describe, expect, it } from 'vitest';
import { inOrder, quotesOf } from './helpers.ts';

// Rules added by quotes8 for causes found on blind set 5, each with invented sentences: input
// paragraphs ("> " a block quote), expected [text, speaker] of each quote in reading order.
// Rows marked "cross" are where the rule could over-fire.
describe('findQuotes: speakers, quotes8 rules', () => {
  it.each<[string, string[], [string, string | null][]]>([
    [
      'a credit line in brackets after a block quote names its source',
      [
        'Here is what the early reviews say:',
        '> The console is fast and quiet, and the games load in seconds.',
        '[ Game Weekly ]',
        '> The controller feels cheap, and the battery dies within a day.',
        '(Daily Tech)',
      ],
      [
        ['The console is fast and quiet, and the games load in seconds.', 'Game Weekly'],
        ['The controller feels cheap, and the battery dies within a day.', 'Daily Tech'],
      ],
    ],
    [
      'a credit line after a dash names the source of a block quote over two paragraphs',
      [
        'The reviews were kind.',
        '> The console is fast and quiet.',
        '> And the games load in seconds.',
        '— Game Weekly',
      ],
      [
        ['The console is fast and quiet.', 'Game Weekly'],
        ['And the games load in seconds.', 'Game Weekly'],
      ],
    ],
    [
      'cross: a photo credit or an editor’s note in brackets names no source',
      [
        'The reviews were kind.',
        '> The console is fast and quiet, and the games load in seconds.',
        '(Photo by Jane Roe.)',
        '> The controller feels cheap, and the battery dies within a day.',
        '[Updated at 5pm: the firm replied.]',
      ],
      [
        ['The console is fast and quiet, and the games load in seconds.', null],
        ['The controller feels cheap, and the battery dies within a day.', null],
      ],
    ],
    [
      'cross: an aside in capitals after a block quote is no credit',
      [
        'Tom Hale answered his critics on his blog.',
        '> It also was not my point in writing my piece today, but it seems to be the focus.',
        '(UNDERSTATEMENT OF THE YEAR)',
      ],
      [
        [
          'It also was not my point in writing my piece today, but it seems to be the focus.',
          'Tom Hale',
        ],
      ],
    ],
    [
      'a block quote opening with its own quotation and attribution is a paragraph',
      [
        'Tom Hale faces questions over the deal.',
        '> “Mr Hale is not entitled to any form of immunity by virtue of his office,” said Ann Roe, a lawyer.',
      ],
      [['Mr Hale is not entitled to any form of immunity by virtue of his office', 'Ann Roe']],
    ],
    [
      'a block quote closing with a quotation after a colon introduction is a paragraph',
      [
        'Tom Hale gave an interview on Sunday.',
        '> He instead told the interviewer: “I took the judgement call that I had to go and see him and talk to him in person.”',
      ],
      [
        [
          'I took the judgement call that I had to go and see him and talk to him in person.',
          'Tom Hale',
        ],
      ],
    ],
    [
      'cross: a block quote of a post with a short quotation inside stays one quotation',
      [
        'Ann Roe wrote about the trip on her blog.',
        '> We talked for hours about the farm, the weather and the long winter ahead. Then she said “go home” and I went.',
      ],
      [
        [
          'We talked for hours about the farm, the weather and the long winter ahead. Then she said “go home” and I went.',
          'Ann Roe',
        ],
      ],
    ],
    [
      'he’d before a speech verb is the pronoun he',
      [
        'Tom Hale writes novels. His editor is Ann Roe.',
        '“He never explains anything,” she said. When his editors asked him to explain more, he’d respond, “I have a horror of being obvious.”',
      ],
      [
        ['He never explains anything', 'Ann Roe'],
        ['I have a horror of being obvious.', 'Tom Hale'],
      ],
    ],
    [
      'a she attributing a quote tells the speaker’s gender: a later he is someone else',
      [
        'Tom Hale writes novels. The reader is often lost, as Robin Vale explained to me.',
        '“You only see the tip of the iceberg,” Vale said. “It makes the books dense,” she added. When asked to explain, he would respond, “I have a horror of being obvious.”',
      ],
      [
        ['You only see the tip of the iceberg', 'Robin Vale'],
        ['It makes the books dense', 'Robin Vale'],
        ['I have a horror of being obvious.', 'Tom Hale'],
      ],
    ],
    [
      'cross: a he after a man’s own quote still goes to him',
      [
        'Robin Vale runs the shop.',
        '“We open at nine,” he said. “We close when we are tired,” he added.',
      ],
      [
        ['We open at nine', 'Robin Vale'],
        ['We close when we are tired', 'Robin Vale'],
      ],
    ],
    [
      'a name after a he in its own sentence is not the he of the next paragraph',
      [
        'Andrew Hale says he ended the friendship in person.',
        'During the visit, he was photographed walking in the park with Jeffrey Stone.',
        'He later told the interviewer: “I had to go and see him and talk to him.”',
      ],
      [['I had to go and see him and talk to him.', 'Andrew Hale']],
    ],
    [
      'cross: a name that is the subject after a he keeps its place',
      [
        'Andrew Hale says he ended the friendship in person.',
        'When he left, Jeffrey Stone stayed behind in the park.',
        'He later told the interviewer: “I had nothing more to say to anyone.”',
      ],
      [['I had nothing more to say to anyone.', 'Jeffrey Stone']],
    ],
    [
      'a role with an "of" phrase before "Name," names the speaker',
      [
        '“The evidence is not strong enough to file an indictment,” Sweden’s deputy director of public prosecutions, Eva-Marie Persson, said on Tuesday.',
      ],
      [['The evidence is not strong enough to file an indictment', 'Eva-Marie Persson']],
    ],
    [
      'cross: a clause before the name is no role, the name still speaks',
      [
        'Ann Roe runs the farm. After the storm hit the town and flooded the old main street, Tom Hale said, “It was the worst night any of us can remember.”',
      ],
      [['It was the worst night any of us can remember.', 'Tom Hale']],
    ],
    [
      'a verb of wondering under a modal before the mark imagines a thought: no quote',
      [
        'Swift has a new record deal, and the Carlyle Group will be left to wonder: "what did we do to deserve all of this?"',
      ],
      [],
    ],
    [
      'cross: someone who wondered aloud is quoted',
      [
        'Swift has a new record deal. Tom Hale, the chief executive, wondered: "what did we do to deserve all of this?"',
      ],
      [['what did we do to deserve all of this?', 'Tom Hale']],
    ],
    [
      'a name that is the object of a he in the same sentence is not the he that follows',
      [
        'Tom Hale struggled with the book for years.',
        'In July, he emailed Neil Gray about how hard it was. “I cannot have someone charge into the room every few minutes,” he wrote.',
      ],
      [['I cannot have someone charge into the room every few minutes', 'Tom Hale']],
    ],
    [
      'an object pronoun right after "Name verb" tells nothing of the name’s gender',
      [
        'Two months later, he died. Elise Matthesen found him. “He looked a little surprised,” she wrote.',
      ],
      [['He looked a little surprised', 'Elise Matthesen']],
    ],
    [
      'cross: a him in a clause reported by the name still counts for it',
      ['Robin Vale said the police told him to leave. “I was scared,” he said.'],
      [['I was scared', 'Robin Vale']],
    ],
    [
      '"according to his aunt, Jane Starner," names the person in apposition',
      [
        'Tom Hale was born in 1957. According to his aunt, Jane Starner, “He was brilliant from the start and talking to college students.”',
      ],
      [['He was brilliant from the start and talking to college students.', 'Jane Starner']],
    ],
    [
      'cross: the subject of the clause after "according to the police," is no apposition',
      [
        'Crime rose. According to the police, Tom Hale fled the scene and “was last seen driving a red van towards the coast.”',
      ],
      [['was last seen driving a red van towards the coast.', null]],
    ],
    [
      'a colon introduction "he launched into ...:" before block quotes: not the object of a he',
      [
        'Tom Hale outlined the book in a sonnet cycle. In July, he emailed Neil Gray about it. Then, in signing off, he launched into one of the riffs that so delighted his friends:',
        '> If a guy comes into the room holding a symbol of true kingship, the book is a high fantasy.',
        '> If he is holding a sword with pizza sauce on the blade, it is low fantasy.',
      ],
      [
        [
          'If a guy comes into the room holding a symbol of true kingship, the book is a high fantasy.',
          'Tom Hale',
        ],
        ['If he is holding a sword with pizza sauce on the blade, it is low fantasy.', 'Tom Hale'],
      ],
    ],
    [
      'cross: two men either of whom the he could be leave the block quote unattributed',
      [
        'Tom Hale outlined the book in a sonnet cycle. Neil Gray met Tom Hale in July. Then, in signing off, he launched into one of the riffs that so delighted his friends:',
        '> If a guy comes into the room holding a symbol of true kingship, the book is a high fantasy.',
      ],
      [
        [
          'If a guy comes into the room holding a symbol of true kingship, the book is a high fantasy.',
          null,
        ],
      ],
    ],
  ])('%s', (_rule, paragraphs, expected) => {
    expect(inOrder(quotesOf(...paragraphs))).toEqual(expected);
  });
});
