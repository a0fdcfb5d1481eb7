import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { blocksFromDom } from '../../../../src/core/extract/blocks-from-dom.ts';
import { pruneBoilerplate } from '../../../../src/core/extract/prune-boilerplate.ts';

const STORY =
  '<p>Alibaba Cloud is to invest an additional 200 billion yuan into its cloud infrastructure during the next three years.</p>' +
  '<p>According to the South China Morning Post, the company will invest in operating systems, servers, chips and networks.</p>' +
  '<p>“By increasing our investment on cloud infrastructure, we hope to help businesses,” said Jeff Zhang in a statement.</p>';

const pruned = (html: string) => {
  const body = new JSDOM(`<body>${html}</body>`).window.document.body;
  pruneBoilerplate(body);
  return blocksFromDom(body).map((b) => b.text);
};

const story = pruned(STORY);

describe('pruneBoilerplate removes furniture around the story', () => {
  it.each([
    ['share bar', '<div class="share"><a href="#">Share on Twitter</a></div>'],
    ['camelCase social bar', '<div class="socialShare">Tweet Like</div>'],
    [
      'newsletter box',
      '<div class="newsletter-signup"><p>Get the latest cloud news delivered to your inbox every week.</p></div>',
    ],
    [
      'related list',
      '<section class="related-posts"><h3>Related</h3><ul><li><a href="/a">Other story</a></li></ul></section>',
    ],
    [
      'author box',
      '<div class="author-box"><p>James has a passion for how technologies influence business and has several events under his belt.</p></div>',
    ],
    ['picture credit', '<p class="image-credit"><em>Picture credit: Alibaba</em></p>'],
    [
      'promo',
      '<p class="promo"><strong>Interested in hearing industry leaders?</strong> Attend the Expo.</p>',
    ],
    ['comments', '<section id="comments" class="comments"><h3>Leave a comment</h3></section>'],
    ['nav', '<nav><a href="/">Home</a></nav>'],
    ['aside', '<aside><h3>Most read</h3></aside>'],
    ['footer', '<footer><p>© 2020 CloudTech News.</p></footer>'],
    ['header', '<header><h1>Headline</h1><p class="meta">20 April 2020</p></header>'],
    [
      'figcaption',
      '<figure><img src="x.jpg"><figcaption>A picture of a sign</figcaption></figure>',
    ],
    ['role=navigation', '<div role="navigation"><a href="/">Home</a></div>'],
    ['breadcrumbs', '<div class="breadcrumbs"><a href="/">Home</a> › News</div>'],
    ['screen-reader text', '<span class="sr-only">Opens in a new window</span>'],
  ])('%s', (_what, furniture) => {
    expect(pruned(furniture + STORY)).toEqual(story);
    expect(pruned(STORY + furniture)).toEqual(story);
  });
});

describe('pruneBoilerplate keeps the story', () => {
  it.each([
    // A wrapper named like furniture that holds the story is kept (it has most of the prose).
    ['wrapper with a furniture name', `<div class="content has-sidebar">${STORY}</div>`],
    [
      'WordPress taxonomy classes',
      `<article class="post category-social-media tag-ads">${STORY}</article>`,
    ],
    ['schema.org article body', `<div class="widget" itemprop="articleBody">${STORY}</div>`],
    // A section whose id is the slug of its heading is named after its subject.
    [
      'heading slug id',
      `<section id="sharing-with-a-single-developer"><h2>Sharing with a single developer</h2>${STORY}</section>`,
    ],
  ])('%s', (_what, html) => {
    expect(pruned(html).join(' ')).toContain('said Jeff Zhang in a statement.');
  });

  it('keeps a link inside a sentence whatever its class', () => {
    expect(
      pruned(
        '<p>I would <a class="popup" href="#">prefer</a> not to, he said to the lawyer in the office.</p>',
      ),
    ).toEqual(['I would prefer not to, he said to the lawyer in the office.']);
  });

  it('removes a hover card inside a sentence, keeping the name it is about', () => {
    const html =
      '<p>He threatened to kill Rep. <span class="people"><a href="/p/omar">Ilhan Omar</a><span class="card"><img src="o.jpg"><a href="/1">Story one</a> <a href="/2">Story two</a></span></span> (D-Minn.), the office said.</p>';
    expect(pruned(html)).toEqual([
      'He threatened to kill Rep. Ilhan Omar (D-Minn.), the office said.',
    ]);
  });

  it('removes teaser articles beside the story article', () => {
    const teaser =
      '<article class="card"><h2>Other story</h2><p>A one-line summary of another story on the site.</p></article>';
    const html = `<article class="story">${STORY}${STORY}</article>${teaser}${teaser}`;
    expect(pruned(html).join(' ')).not.toContain('Other story');
  });
});
