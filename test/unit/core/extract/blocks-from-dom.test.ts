import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { blocksFromDom, readBlocks } from '../../../../src/core/extract/blocks-from-dom.ts';
import type { Block } from '../../../../src/core/types.ts';

const body = (html: string) => new JSDOM(`<body>${html}</body>`).window.document.body;

describe('blocksFromDom', () => {
  it.each([
    [
      '<div>Intro <b>text</b><p>Para</p></div>',
      [
        ['paragraph', 'Intro text'],
        ['paragraph', 'Para'],
      ],
    ],
    [
      '<h2>Title</h2><p>One</p>',
      [
        ['heading', 'Title'],
        ['paragraph', 'One'],
      ],
    ],
    [
      '<blockquote><p>Said.</p><p>Again.</p></blockquote>',
      [
        ['quote', 'Said.'],
        ['quote', 'Again.'],
      ],
    ],
    [
      '<ul><li>One</li><li><p>Two</p></li></ul>',
      [
        ['list-item', 'One'],
        ['list-item', 'Two'],
      ],
    ],
    ['<figure><img src="x.jpg"><figcaption>A cap</figcaption></figure>', [['caption', 'A cap']]],
    // Custom and unknown elements are read inline: a citation stays in its sentence.
    [
      '<p>weight loss (<hl-trusted-source><a href="#">10</a></hl-trusted-source>, <hl-trusted-source><a href="#">11</a></hl-trusted-source>).</p>',
      [['paragraph', 'weight loss (10, 11).']],
    ],
    // A table row is one line.
    [
      '<table><tr><th>Pos</th><th>Player</th></tr><tr><td>1</td><td>Kyle Busch</td></tr></table>',
      [
        ['paragraph', 'Pos Player'],
        ['paragraph', '1 Kyle Busch'],
      ],
    ],
    ['<p>Line<br>break</p>', [['paragraph', 'Line break']]],
    [
      '<p hidden>Gone</p><p style="display: none">Gone</p><p aria-hidden="true">Gone</p><p>Kept</p>',
      [['paragraph', 'Kept']],
    ],
    ['<p>Text<script>var x = 1;</script><button>Click</button></p>', [['paragraph', 'Text']]],
    ['<p>  </p><p>\u00a0</p>', []],
  ])('%s', (html, expected) => {
    const got = blocksFromDom(body(html)).map((b: Block) => [b.kind, b.text]);
    expect(got).toEqual(expected);
  });

  it('gives heading levels', () => {
    expect(blocksFromDom(body('<h3>Three</h3>'))[0]?.level).toBe(3);
  });
});

describe('readBlocks measures link text and lists', () => {
  it.each([
    ['<p><a href="#">All link</a></p>', 8, 8],
    ['<p>Some <a href="#">link</a> text</p>', 4, 14],
  ])('%s', (html, linkChars, rawChars) => {
    const [b] = readBlocks(body(html));
    expect([b?.linkChars, b?.rawChars]).toEqual([linkChars, rawChars]);
  });

  it('ties list items to their list', () => {
    const blocks = readBlocks(body('<ul><li>a</li><li>b</li></ul><ul><li>c</li></ul>'));
    expect(blocks[0]?.list).toBe(blocks[1]?.list);
    expect(blocks[0]?.list).not.toBe(blocks[2]?.list);
  });
});
