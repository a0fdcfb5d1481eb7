import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { expectedParagraphs, lostParagraphs } from '../../scripts/eval/extraction-readability.ts';
import { cleanBlocks } from '../../src/core/clean/clean-blocks.ts';
import { extractArticle } from '../../src/core/extract/extract-article.ts';
import type { Article } from '../../src/core/types.ts';

// Mozilla Readability's development pages copied in test/fixtures/readability (the repository
// stands alone). Lede's cleaned text must keep every story paragraph of Readability's
// expected.html, and the metadata must be right.
const DIR = join(import.meta.dirname, '../fixtures/readability');
const URL = 'http://fakehost/test/page.html';
const quiet = new VirtualConsole();

const cache = new Map<string, { article: Article; text: string }>();
function load(page: string) {
  let hit = cache.get(page);
  if (!hit) {
    const html = readFileSync(join(DIR, page, 'source.html'), 'utf8');
    const dom = new JSDOM(html, { url: URL, virtualConsole: quiet });
    const article = extractArticle(dom.window.document, { url: URL });
    const text = cleanBlocks(article.blocks, article)
      .map((b) => b.text)
      .join('\n\n');
    hit = { article, text };
    cache.set(page, hit);
  }
  return hit;
}

// Story paragraphs are those of 100 characters or more (shorter lines of expected.html are
// labels, datelines, section links as often as story). Paragraphs of expected.html that Lede
// drops on purpose, each with the reason; anything else lost fails the test.
const NOT_STORY: Record<string, [string, string][]> = {
  breitbart: [['Lucas Nolan is a reporter for Breitbart Tech', "author's bio"]],
  'herald-sun-1': [['A new Bill would require telecommunications service', 'picture caption']],
  theverge: [['Sign up for Command Line, a paid weekly newsletter', 'newsletter promotion']],
  'wapo-2': [
    ['Israeli Prime Minister Benjamin Netanyahu reacts as he visits', 'picture caption'],
    ['Israeli Prime Minister Benjamin Netanyahu pledged to form', 'video caption'],
    ['Steven Mufson covers the White House', "author's bio"],
  ],
  'yahoo-2': [['Aerospace Writer Marcia Dunn in Cape Canaveral', 'contributed-reporting credit']],
};

const PAGES = [
  'aktualne',
  'ars-1',
  'breitbart',
  'citylab-1',
  'cnn',
  'engadget',
  'folha',
  'heise',
  'herald-sun-1',
  'la-nacion',
  'lemonde-1',
  'liberation-1',
  'lwn-1',
  'nytimes-2',
  'nytimes-5',
  'quanta-1',
  'salon-1',
  'theverge',
  'wapo-2',
  'webmd-1',
  'webmd-2',
  'yahoo-2',
  'yahoo-3',
];

describe('no story paragraph of expected.html is lost', () => {
  it.each(PAGES)('%s', (page) => {
    const expected = expectedParagraphs(readFileSync(join(DIR, page, 'expected.html'), 'utf8'));
    const lost = lostParagraphs(
      expected.filter((p) => p.length >= 100),
      load(page).text,
    );
    const allowed = NOT_STORY[page] ?? [];
    const unexpected = lost.filter((p) => !allowed.some(([start]) => p.startsWith(start)));
    expect(unexpected).toEqual([]);
    // Every allowed loss is still a loss: a stale row would hide nothing.
    for (const [start] of allowed) expect(lost.some((p) => p.startsWith(start))).toBe(true);
  });
});

// [page, title, authors, published date (YYYY-MM-DD) or null to skip, lang]. Titles, dates and
// languages are expected-metadata.json's, compared without case or doubled spaces; corrections
// of Readability's values are commented.
const METADATA: [string, string, string[], string | null, string | null][] = [
  [
    'aktualne',
    'West Ham hrozí gigantům, okouzlil i Linekera. Součka je snadné přehlédnout',
    ['Aleš Vávra'],
    '2021-11-01',
    'cs',
  ],
  [
    'ars-1',
    'Just-released Minecraft exploit makes it easy to crash game servers',
    ['Dan Goodin'],
    null,
    'en-us',
  ],
  // Readability keeps " - Breitbart" (the site's name) and reads the byline as "by Lucas Nolan22 Dec 2016651".
  [
    'breitbart',
    "'Neutral' Snopes Fact-Checker David Emery: 'Are There Any Un-Angry Trump Supporters?'",
    ['Lucas Nolan'],
    '2016-12-22',
    'en',
  ],
  ['citylab-1', 'The Modern Ambitions Behind Neon', ['Sarah Archer'], null, 'en'],
  ['cnn', "The 'birth lottery' and economic mobility", ['Ahiza Garcia'], null, null],
  [
    'engadget',
    'Xbox One X review: A console that keeps up with gaming PCs',
    ['Devindra Hardawar'],
    '2017-11-03',
    'en',
  ],
  // The byline reads "Bruno (Henrique Zecchin) Rodrigues"; the bracketed middle names are dropped.
  [
    'folha',
    'Tite diz que errou ao levar taça da Libertadores a Lula em 2012',
    ['Bruno Rodrigues'],
    '2018-12-21',
    'pt-br',
  ],
  ['heise', '1Password für Mac generiert Einmal-Passwörter', ['Mac & i'], null, 'de'],
  // Readability names "JOE HILDEBRAND" (another story's byline); the page's meta author, its
  // byline and the closing line ("LAURIE OAKES IS THE NINE NETWORK POLITICAL EDITOR") name Laurie Oakes.
  [
    'herald-sun-1',
    'Angry media won’t buckle over new surveillance laws',
    ['Laurie Oakes'],
    null,
    'en-au',
  ],
  ['la-nacion', 'Una solución no violenta para la cuestión mapuche', [], null, null],
  // "Martin Untersinger (avec Damien Leloup et Morgane Tual)": three authors.
  [
    'lemonde-1',
    "Le projet de loi sur le renseignement massivement approuvé à l'Assemblée",
    ['Martin Untersinger', 'Damien Leloup', 'Morgane Tual'],
    null,
    'fr',
  ],
  [
    'liberation-1',
    'Un troisième Français mort dans le séisme au Népal',
    ['Sébastien Farcis'],
    '2015-04-30',
    'fr',
  ],
  ['lwn-1', 'LWN.net Weekly Edition for March 26, 2015 [LWN.net]', ['Nathan Willis'], null, null],
  [
    'nytimes-2',
    'Yahoo’s Sale to Verizon Leaves Shareholders With Little Say',
    ['Steven Davidoff Solomon'],
    null,
    'en',
  ],
  ['nytimes-5', 'The New York Times en Español', ['Tariq Panja'], null, 'es'],
  ['quanta-1', 'The Hidden Heroines of Chaos', ['Joshua Sokol'], null, 'en'],
  // Readability names "Joanna Rothkopf" (a sidebar story's byline); the story's rel="author"
  // link and the page's ad data name Richard (R.J.) Eskow.
  [
    'salon-1',
    'The sharing economy is a lie: Uber, Ayn Rand and the truth about tech and libertarians',
    ['Richard Eskow'],
    null,
    null,
  ],
  [
    'theverge',
    'Apple’s Vision Pro hands-on: the Retina display moment for headsets',
    ['Alex Heath'],
    '2023-06-07',
    'en',
  ],
  [
    'wapo-2',
    'Where do strained U.S.-Israeli relations go after Netanyahu’s victory?',
    ['Steven Mufson'],
    null,
    null,
  ],
  ['webmd-1', 'Babies Who Eat Peanuts Early May Avoid Allergy', ['Brenda Goodman'], null, 'en'],
  ['webmd-2', 'Superbugs: What They Are and How You Get Them', ['Kelli Miller'], null, 'en'],
  // Readability keeps the site-wide og:title "Yahoo News - Latest News & Headlines"; <title> and
  // <h1> both give the story's headline.
  [
    'yahoo-2',
    'Russia: Space ship malfunctions, breaks up over Siberia',
    ['Nataliya Vasilyeva'],
    null,
    'en-us',
  ],
  [
    'yahoo-3',
    'Veteran Wraps Baby in American Flag, Photo Sparks Controversy',
    ['Gillian Mohney'],
    null,
    'en-us',
  ],
];

const same = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

describe('metadata', () => {
  it.each(METADATA)('%s', (page, title, authors, date, lang) => {
    const { article } = load(page);
    expect(same(article.title)).toBe(same(title));
    expect(article.authors).toEqual(authors);
    if (date) expect(article.published?.slice(0, 10)).toBe(date);
    expect(article.lang?.toLowerCase() ?? null).toBe(lang);
  });

  it('covers every page', () => {
    expect(METADATA.map((m) => m[0])).toEqual(PAGES);
  });
});
