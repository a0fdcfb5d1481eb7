import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { cleanBlocks } from '../../src/core/clean/clean-blocks.ts';
import { extractArticle } from '../../src/core/extract/extract-article.ts';

// The reference news page: a short story wrapped in an author box, a share bar, a picture credit,
// an event promo, tags, a comment form, a sidebar (most read, newsletter box) and a footer.
const URL = 'https://cloudtech.example/news/2020/apr/20/alibaba-cloud-invest-28bn-infrastructure/';
const html = readFileSync(
  new globalThis.URL('../fixtures/alibaba-cloud-investment.html', import.meta.url),
  'utf8',
);
const dom = new JSDOM(html, { url: URL });
const article = extractArticle(dom.window.document, { url: URL });
const text = article.blocks.map((b) => b.text).join('\n');
const cleaned = cleanBlocks(article.blocks, article);

describe('alibaba-cloud-investment.html metadata', () => {
  it.each([
    [
      'title',
      'Alibaba Cloud to invest $28bn in infrastructure for three years amid Covid-19 – reports',
    ],
    ['authors', ['James Bourne']],
    ['siteName', 'CloudTech News'],
    ['published', '2020-04-20T09:12:00+01:00'],
    ['lang', 'en-GB'],
    ['dir', 'ltr'],
    ['canonicalUrl', URL],
    ['source', 'article'],
  ] as const)('%s', (field, expected) => {
    expect(article[field]).toEqual(expected);
  });
});

describe('alibaba-cloud-investment.html blocks leave out the furniture', () => {
  it.each([
    ['author bio', 'James has a passion'],
    ['author bio (tweeting)', 'can be found tweeting'],
    ['share bar', 'Share on Twitter'],
    ['breadcrumbs', 'Home ›'],
    ['picture credit', 'Picture credit'],
    ['event promo', 'Interested in hearing industry leaders'],
    ['event promo (expo)', 'Cyber Security & Cloud Expo'],
    ['tags', 'Tags:'],
    ['comment form', 'Leave a Reply'],
    ['comment form (email)', 'Your email address will not be published'],
    ['sidebar', 'Most read'],
    ['sidebar figure', '$10bn'],
    ['sidebar figure', '93%'],
    ['newsletter', '40,000'],
    ['footer', 'All rights reserved'],
    ['cookie notice', 'uses cookies'],
  ])('%s: no "%s"', (_what, fragment) => {
    expect(text).not.toContain(fragment);
  });
});

describe('alibaba-cloud-investment.html keeps the story', () => {
  it.each([
    ['Alibaba Cloud is to invest an additional 200 billion yuan ($28.2bn)'],
    ['According to the South China Morning Post'],
    ['said Jeff Zhang, president of Alibaba Cloud Intelligence, in a statement.'],
    ['The Alibaba Foundation and Jack Ma Foundation launched Global MediXchange'],
    ['This move was praised in a Canalys report'],
    ['added Zhang.'],
  ])('%s', (fragment) => {
    expect(text).toContain(fragment);
  });

  it('has the six story paragraphs, in order, and cleaning keeps them all', () => {
    expect(article.blocks.map((b) => b.kind)).toEqual(Array(6).fill('paragraph'));
    expect(article.blocks[0]?.text).toMatch(/^Alibaba Cloud is to invest/);
    expect(article.blocks[5]?.text).toMatch(/added Zhang\.$/);
    expect(cleaned).toEqual(article.blocks);
  });
});
