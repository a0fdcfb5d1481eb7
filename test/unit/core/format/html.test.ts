import { describe, expect, it } from 'vitest';
import { escapeHtml, toHtml } from '../../../../src/core/format/html.ts';
import { linkUrl } from '../../../../src/core/format/safe-url.ts';
import { fixedSummary } from './summary-fixture.ts';

describe('toHtml', () => {
  it('links the title and gives the source line, points, figures and quotes', () => {
    expect(toHtml(fixedSummary())).toBe(
      [
        '<h2><a href="https://cloudtech.example/news/story/">Alibaba Cloud to invest $28bn</a></h2>',
        '<p><em>CloudTech News · James Bourne · 20 Apr 2020</em></p>',
        '<p><strong>Key points</strong></p>',
        '<ul>',
        '<li>Alibaba Cloud is to invest 200 billion yuan.</li>',
        '</ul>',
        '<p><strong>Key figures</strong></p>',
        '<ul>',
        '<li><strong>200 billion yuan ($28.2bn)</strong>: investment in cloud infrastructure</li>',
        '</ul>',
        '<p><strong>Quotes</strong></p>',
        '<blockquote><p>“We hope to help”</p><p>— Jeff Zhang, president of Alibaba Cloud Intelligence</p></blockquote>',
        '',
      ].join('\n'),
    );
  });

  it.each([
    ['title', { title: '<img src=x onerror=alert(1)>' }, '&lt;img src=x onerror=alert(1)&gt;'],
    [
      'title closing a script',
      { title: '</script><script>alert(1)</script>' },
      '&lt;/script&gt;&lt;script&gt;',
    ],
    [
      'byline with quotes',
      { byline: '"><svg onload=alert(1)>' },
      '&quot;&gt;&lt;svg onload=alert(1)&gt;',
    ],
    [
      'key point',
      { keyPoints: [{ text: 'a & b <i>c</i>', at: { block: 0, start: 0, end: 1 } }] },
      '<li>a &amp; b &lt;i&gt;c&lt;/i&gt;</li>',
    ],
    [
      'URL breaking out of the attribute',
      { url: 'https://x.test/"onmouseover="alert(1)' },
      'href="https://x.test/%22onmouseover=%22alert(1)"',
    ],
  ])('escapes a hostile %s', (_name, over, expected) => {
    const html = toHtml(fixedSummary(over));
    expect(html).toContain(expected);
    expect(html).not.toMatch(/<(img|svg|script|i)\b/);
  });

  it.each([
    ['javascript:alert(1)'],
    ['JaVaScRiPt:alert(1)'],
    ['data:text/html,<script>alert(1)</script>'],
    ['vbscript:msgbox'],
    ['not a url'],
  ])('never links %s', (url) => {
    const html = toHtml(fixedSummary({ url }));
    expect(html).not.toContain('href');
    expect(html.startsWith('<h2>Alibaba Cloud')).toBe(true);
  });
});

describe('escapeHtml', () => {
  it.each([
    ['<b>', '&lt;b&gt;'],
    ['"\'&', '&quot;&#39;&amp;'],
    ['plain', 'plain'],
    ['\u202Eevil', '\u202Eevil'], // direction overrides stay text; the popup isolates them
  ])('%s -> %s', (input, expected) => expect(escapeHtml(input)).toBe(expected));
});

describe('linkUrl', () => {
  it.each([
    ['https://x.test/a b', 'https://x.test/a%20b'],
    ['http://x.test/', 'http://x.test/'],
    ['javascript:alert(1)', null],
    ['  javascript:alert(1)', null],
    ['ftp://x.test/', null],
    [null, null],
  ])('%s -> %s', (input, expected) => expect(linkUrl(input)).toBe(expected));
});
