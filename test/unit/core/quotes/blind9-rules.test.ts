import { describe, expect, it } from 'vitest';
import { inOrder, quotesOf } from './helpers.ts';

// Rules added by quotes12 for causes found on blind set 9, each with invented sentences: input
// paragraphs, expected [text, speaker] of each quote in reading order. Rows marked "cross" are
// where the rule could over-fire.
describe('findQuotes: speakers, quotes12 rules', () => {
  it.each<[string, string[], [string, string | null][]]>([
    [
      'a past-tense speech verb opening a sentence before a name is an inverted attribution, no part of the name ("Replied Stephen, ...")',
      [
        'Tom Hale runs the firm with his son Stephen.',
        '"Our stadium is near," says Stephen.',
        'Replied Stephen, with some delicacy, "Well, I do not think we would."',
      ],
      [
        ['Our stadium is near', 'Stephen'],
        ['Well, I do not think we would.', 'Stephen'],
      ],
    ],
    [
      'cross: "Said" opening a run is a first name ("Said Ahmed"), not the verb',
      ['Said Ahmed runs the shop.', '"Business is slow this year," Said Ahmed told us.'],
      [['Business is slow this year', 'Said Ahmed']],
    ],
    [
      'after an inverted verb, lower-case role words may come before the organisation and its role noun: "says former NFL general manager Bill Polian"',
      [
        '"It is so humid," said University of Miami tropical weather expert Brian Roe.',
        '"He sees around corners," says former NFL general manager Bill Hale.',
      ],
      [
        ['It is so humid', 'Brian Roe'],
        ['He sees around corners', 'Bill Hale'],
      ],
    ],
    [
      'cross: an organisation with no role noun before the name is no affiliation ("said former Acme Tom Hale" stays unread)',
      ['"We won," said former coach Tom Hale of Acme.'],
      [['We won', 'Tom Hale']],
    ],
    [
      'an em dash glued between two words ends a name as a spaced one would ("Bill Hale—the son is ...")',
      [
        'The father is the visionary—"He sees around corners," says former NFL general manager Bill Hale—while the son does the details.',
        '"So what if he is rich?" says Hale, who worked with him.',
      ],
      [
        ['He sees around corners', 'Bill Hale'],
        ['So what if he is rich?', 'Bill Hale'],
      ],
    ],
    [
      'cross: a hyphenated name and a spaced dash are unchanged ("Rose-Lynn Roe — the chair —")',
      ['"We will build it," said Rose-Lynn Roe — the chair — on Monday.'],
      [['We will build it', 'Rose-Lynn Roe']],
    ],
    [
      'a bare last name that two people named in full share is the one of them named last ("notes Jones" after "says Stephen")',
      [
        'Jerry Jones owns the team. His son Stephen Jones runs it.',
        '"Our stadium is near," says Stephen. The old one was razed.',
        '"Dak took the air out of that," notes Jones.',
        '"I thought I was doing it for him," Jerry says.',
        '"We were in some pretty high grass," says Jones.',
      ],
      [
        ['Our stadium is near', 'Stephen Jones'],
        ['Dak took the air out of that', 'Stephen Jones'],
        ['I thought I was doing it for him', 'Jerry Jones'],
        ['We were in some pretty high grass', 'Jerry Jones'],
      ],
    ],
    [
      'cross: a participle read into a name run is no second holder ("Hosting Cook" beside Tim Cook)',
      [
        'Tim Cook spoke at the show. Hosting Cook on stage, the host was all smiles.',
        '"We love the way you work," Cook said.',
      ],
      [['We love the way you work', 'Tim Cook']],
    ],
    [
      'present-tense features attribute with "jokes", "quips", "beams", "smiles", "grins", "chuckles"',
      [
        'Ralf Hale leads design.',
        'Rivals copy the tablet. "Sometimes you go, is that ours? Oh no, it is not," jokes Hale.',
      ],
      [['Sometimes you go, is that ours? Oh no, it is not', 'Ralf Hale']],
    ],
    [
      'cross: "jokes" as a noun after a quote attributes nothing',
      ['Ralf Hale leads design.', 'The crowd laughed at "the same old routine" jokes all night.'],
      [['the same old routine', null]],
    ],
    [
      'an executive office in capitals is a title, no part of the name ("executive VP Marni Walden")',
      ['"What is changing is the money," Verizon executive VP Marni Roe told Recode.'],
      [['What is changing is the money', 'Marni Roe']],
    ],
    [
      'cross: capitals that are a name stay one ("Acme CTO Group" is an organisation, "Cho" a surname)',
      ['"We will build it," said Ann Cho, who leads the firm.'],
      [['We will build it', 'Ann Cho']],
    ],
    [
      'an opening curly mark glued to the word before and followed by a space or a dash closes the open curly quote (a typing slip)',
      [
        'Jerry Hale coached the boy.',
        '“I thought I was doing it for him,“ Jerry says now. “I later learned that the one who got the most out of it was me.”',
      ],
      [
        [
          'I thought I was doing it for him, I later learned that the one who got the most out of it was me.',
          'Jerry Hale',
        ],
      ],
    ],
    [
      'cross: an opening mark after a space opens a nested quote, and „…“ closes as before',
      [
        'Jerry Hale coached the boy.',
        '“He told me “go home now” and I went,” Jerry says. Ann Roe wrote „Das ist gut so“ in German.',
      ],
      [
        ['He told me “go home now” and I went', 'Jerry Hale'],
        ['Das ist gut so', 'Ann Roe'],
      ],
    ],
    [
      'a paragraph whose first mark closes a double quote before a speech verb lost its opening mark: the quote runs from the paragraph start',
      [
        'Ralf Groene leads design.',
        'We just needed time, and we were getting the kinematics right," admits Andrew Hill, a director at the firm. "Even though the hinge is different, the way we solve it is the same," says Groene.',
      ],
      [
        ['We just needed time, and we were getting the kinematics right', 'Andrew Hill'],
        ['Even though the hinge is different, the way we solve it is the same', 'Ralf Groene'],
      ],
    ],
    [
      'cross: a stray double mark after a word and before a noun or a non-speech verb opens no quote',
      [
        'Ann Roe is 6\'2" tall. Then the word," Roe wrote nothing more, "is gone for good," she said.',
      ],
      [['is gone for good', 'Ann Roe']],
    ],
  ])('%s', (_name, paragraphs, expected) => {
    expect(inOrder(quotesOf(...paragraphs))).toEqual(expected);
  });
});
