import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readBlocks } from '../../../../src/core/extract/blocks-from-dom.ts';
import { dropLinkBlocks } from '../../../../src/core/extract/drop-link-blocks.ts';

const kept = (html: string) =>
  dropLinkBlocks(readBlocks(new JSDOM(`<body>${html}</body>`).window.document.body)).map(
    (b) => b.block.text,
  );

describe('dropLinkBlocks', () => {
  it.each([
    // A paragraph that is a link to another story.
    [
      '<p><a href="/x">CLICK HERE TO GET THE FOX NEWS APP</a></p><p>Story text.</p>',
      ['Story text.'],
    ],
    // A story paragraph with a link in it stays.
    [
      '<p>The <a href="/r">report</a> said prices rose 3% in May.</p>',
      ['The report said prices rose 3% in May.'],
    ],
    // A linked heading is another story's title.
    [
      '<h3><a href="/y">Afghan woman politician sees Taliban talks as only hope</a></h3><p>Body.</p>',
      ['Body.'],
    ],
    // A list of links is a list of other stories: all of it goes, with the odd unlinked item.
    [
      '<ul><li><a href="/1">One story</a></li><li><a href="/2">Two story</a></li><li>Sponsored</li></ul><p>Body.</p>',
      ['Body.'],
    ],
    // A list with a few links is content.
    [
      '<ul><li>Flour, 200 g</li><li>Sugar, <a href="/s">see note</a></li><li>Eggs, 2</li></ul>',
      ['Flour, 200 g', 'Sugar, see note', 'Eggs, 2'],
    ],
    // A quoted tweet is kept even though its text is a link.
    [
      '<blockquote><p><a href="https://t.co/x">pic.twitter.com/abc</a></p></blockquote>',
      ['pic.twitter.com/abc'],
    ],
  ])('%s', (html, expected) => {
    expect(kept(html)).toEqual(expected);
  });
});
