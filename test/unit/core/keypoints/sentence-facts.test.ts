import { describe, expect, it } from 'vitest';
import { describeSentences } from '../../../../src/core/keypoints/sentence-facts.ts';
import { doc } from './make-doc.ts';

/** Facts of sentence `i` as a short string: the exclusion, or "<" (needs previous), ">" (needs next), "ok". */
function fact(parts: string[], i: number, lang: string | null = 'en'): string {
  const d = doc(parts, '', lang);
  const f = describeSentences(d, lang === null || lang.startsWith('en'))[i];
  if (!f) return 'none';
  if (f.excluded) return f.excluded;
  return `${f.needsPrevious ? '<' : ''}${f.needsNext ? '>' : ''}` || 'ok';
}

describe('captions and credits are never key points', () => {
  it.each([
    [['c: Workers remove a hammer and sickle from a neon sign in 1989.'], 0, 'block'],
    // A caption left as a paragraph, marked by its credit in the same block.
    [
      [
        'Israeli Prime Minister Benjamin Netanyahu reacts as he visits the Western Wall on March 18. (Thomas Coex/AFP/Getty Images)',
      ],
      0,
      'block',
    ],
    [
      ['A new Bill would require providers to store metadata for two years. Source: Supplied'],
      0,
      'block',
    ],
    [
      ['Israeli Prime Minister Netanyahu pledged to form a new coalition quickly. (Reuters)'],
      0,
      'block',
    ],
    [
      ['In this photo dated Tuesday, the rocket is installed on a launch pad in Baikonur.'],
      0,
      'block',
    ],
    [['JIM WATSON/AFP/Getty Images'], 0, 'block'],
    [['Local people saw a flash of light. (John Minchillo / AP)'], 0, 'block'],
    // A slash between digits is not a credit.
    [['The new pharmacy on Main Street will be open around the clock (24/7).'], 0, 'ok'],
    // A long paragraph that mentions a photo agency in passing is not a caption.
    [
      [
        'The agency sold the rights. It had bought them in 2010. Getty Images paid more. Then the deal closed after a long fight.',
      ],
      0,
      'ok',
    ],
  ])('%j sentence %i → %s', (parts, i, expected) => {
    expect(fact(parts, i)).toBe(expected);
  });
});

describe('not prose: no full stop, fragments, asides, code', () => {
  it.each([
    [['Photo'], 0, 'not-prose'],
    [['Gallery: Xbox One X | 14 Photos'], 0, 'not-prose'],
    [['SIGN UP FOR OUR NEWSLETTER'], 0, 'not-prose'],
    [
      ['(Alibaba says it has no plans to do this, but most people do not believe this).'],
      0,
      'not-prose',
    ],
    [['and then the lights went out across the city.'], 0, 'not-prose'],
    [['The console weighs 8.4 pounds and is slightly slimmer than before.'], 0, 'ok'],
  ])('%j sentence %i → %s', (parts, i, expected) => {
    expect(fact(parts, i)).toBe(expected);
  });
});

describe('boilerplate', () => {
  it.each([
    ['Sign up for Command Line, a paid weekly newsletter from Alex Heath.'],
    ['Keep up with the CityLab Daily newsletter.'],
    ['Attend the Cyber Security & Cloud Expo World Series with upcoming events in London.'],
    ['Related: Rich are paying more in taxes but not as much as they used to.'],
    ['Aerospace Writer Marcia Dunn in Cape Canaveral contributed to this report.'],
    ['This article originally appeared on The Atlantic.'],
    ['This version corrects the spelling of the region to Tuva, not Tyva.'],
    ['Ars is asking Mojang for comment and will update this post if company officials respond.'],
    ['Lucas Nolan is a reporter for Breitbart Tech covering issues of free speech.'],
    ['Sarah Archer is the author of The Midcentury Kitchen.'],
    ['Steven Mufson covers the White House.'],
    ['A flexible plan you can cancel anytime.'],
  ])('%s', (text) => {
    expect(fact([text], 0)).toBe('boilerplate');
  });

  it.each([
    ['The newsletter business has grown fast this year, the company said.'],
    ['Jane Smith, a reporter for the Herald, was detained at the border on Monday.'],
  ])('news, not boilerplate: %s', (text) => {
    expect(fact([text], 0)).toBe('ok');
  });
});

describe('questions and words to the reader are excluded', () => {
  it.each([
    ['Where do U.S.-Israeli relations go from here?', 'question'],
    ['Aren’t those the kinds of things libertarians say they hate about government?', 'question'],
    ['“Jesus … who is Ellen Fetter?”', 'question'],
    ['Imagine being sick in the hospital with a bacterial infection that will not stop.', 'reader'],
    ["Here's how it works.", 'reader'],
    ['Here are some of the growing superbug threats identified in the report.', 'reader'],
    ['First, let’s say what the Yahoo sale is not.', 'reader'],
    // A statement that quotes a question stays.
    [
      'Snopes writer David Emery posted to Twitter asking if there were “any un-angry Trump supporters?”',
      'ok',
    ],
  ])('%s → %s', (text, expected) => {
    expect(fact([text], 0)).toBe(expected);
  });
});

describe('sentences that need the one before (dangling starts)', () => {
  const lede = 'Alibaba Cloud is to invest 200 billion yuan in its cloud infrastructure.';
  it.each([
    ['He said the plan would take three years to complete.', '<'],
    ['She had no idea the photo would be considered controversial.', '<'],
    ['It is not a sale of the publicly traded company at all.', '<'],
    ['This is the third botched launch of a Russian spacecraft in two years.', '<'],
    ['But a new report released on Monday calls that into question.', '<'],
    ['Also, the company made its platform free for research institutions.', '<'],
    ['However, the company said underlying profit rose by 8% last year.', '<'],
    ['That high price limits the console to diehard fans of the brand.', '<'],
    ['As a result, prices rose across the whole region that month.', '<'],
    ['Rothman recalls thinking at the time.', '<'],
    // Too short to stand alone: joins the sentence before it in its paragraph.
    ['It failed.', '<'],
    ['About 23,000 die.', '<'],
    // "It" that stands for nothing, "this" + a time word: the sentence stands alone.
    ['It is unclear whether there will be a further merger of the two businesses.', 'ok'],
    ['It’s now been a year since the PS4 Pro launched at $400.', 'ok'],
    ['This year, the company expects revenue to grow by about 5%.', 'ok'],
    ['Hicks said she was surprised when the messages started to pop up.', 'ok'],
    // A quotation's own "this" is the speaker's: the attribution follows.
    ['“This is what he was fighting for, his son in a flag,” Hicks told ABC News.', 'ok'],
  ])('%s → %s', (text, expected) => {
    expect(fact([`${lede} ${text}`], 1)).toBe(expected);
  });

  it('a too-short sentence opening its paragraph has nothing to join and is dropped', () => {
    expect(fact(['It failed.'], 0)).toBe('too-short');
  });

  it.each([
    ['fr', 'Mais le gouvernement a refusé de commenter la décision du tribunal.', '<'],
    ['de', 'Aber die Regierung wollte die Entscheidung des Gerichts nicht kommentieren.', '<'],
    ['es', 'El gobierno se negó a comentar la decisión del tribunal esta semana.', 'ok'],
  ])('%s: %s → %s', (lang, text, expected) => {
    expect(fact([`Le tribunal a rendu sa décision lundi dernier à Paris. ${text}`], 1, lang)).toBe(
      expected,
    );
  });
});

describe('quotations across sentences', () => {
  it.each([
    // The whole sentence is a quotation: who says it is in the sentence before.
    [
      [
        '“Netanyahu broke a lot of crockery,” said Martin Indyk. “It can’t be repaired unless both sides want to.”',
      ],
      1,
      '<',
    ],
    // A quotation opened in one sentence and closed in the next.
    [
      [
        '"Antibiotics are the foundation on which all modern medicine rests. Cancer chemotherapy relies on antibiotics," Coombes says.',
      ],
      0,
      '>',
    ],
    [
      [
        '"Antibiotics are the foundation on which all modern medicine rests. Cancer chemotherapy relies on antibiotics," Coombes says.',
      ],
      1,
      '<',
    ],
    // German marks: „...“ balance, so nothing is open.
    [
      [
        '„Wir hoffen es“, sagte Jeff Zhang am Montag in Peking. Die Firma investiert weiter in China.',
      ],
      1,
      'ok',
    ],
  ])('%j sentence %i → %s', (parts, i, expected) => {
    expect(fact(parts, i, parts[0]?.startsWith('„') ? 'de' : 'en')).toBe(expected);
  });
});

describe('headings', () => {
  it.each([
    // A full-sentence heading before the body starts is a dek or an opening paragraph set as h2.
    [
      [
        'h: The U.S. has long been heralded as a land of opportunity for everyone.',
        'But a new report calls that into question today.',
      ],
      0,
      'ok',
    ],
    [['h: Hardware', 'The console is small.'], 0, 'block'],
    // After the body has started, a heading is a section title or a promo.
    [
      [
        'The console is smaller than any before it, at 8.4 pounds.',
        'h: Cities are changing fast and you need to keep up with them.',
      ],
      1,
      'block',
    ],
  ])('%j sentence %i → %s', (parts, i, expected) => {
    expect(fact(parts, i)).toBe(expected);
  });
});
