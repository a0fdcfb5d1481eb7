import { describe, expect, it } from 'vitest';
import { citeQuote } from '../../../../src/core/format/citation.ts';
import type { Quote } from '../../../../src/core/types.ts';
import { fixedSummary } from './summary-fixture.ts';

const s = fixedSummary();
const q = s.quotes[0] as Quote;

describe('citeQuote', () => {
  it.each<[string, Quote, Partial<typeof s>, 'text' | 'markdown' | 'html', string]>([
    [
      'text',
      q,
      {},
      'text',
      '“We hope to help” — Jeff Zhang, president of Alibaba Cloud Intelligence. CloudTech News, 20 Apr 2020. https://cloudtech.example/news/story/\n',
    ],
    [
      'markdown',
      q,
      {},
      'markdown',
      '> “We hope to help”\n> — Jeff Zhang, president of Alibaba Cloud Intelligence. [CloudTech News](https://cloudtech.example/news/story/), 20 Apr 2020\n',
    ],
    [
      'html',
      q,
      {},
      'html',
      '<blockquote><p>“We hope to help”</p><p>— Jeff Zhang, president of Alibaba Cloud Intelligence. <cite><a href="https://cloudtech.example/news/story/">CloudTech News</a></cite>, 20 Apr 2020</p></blockquote>\n',
    ],
    [
      'no role',
      { ...q, role: null },
      {},
      'text',
      '“We hope to help” — Jeff Zhang. CloudTech News, 20 Apr 2020. https://cloudtech.example/news/story/\n',
    ],
    [
      'no speaker: the outlet follows the quotation',
      { ...q, speaker: null, role: null },
      {},
      'text',
      '“We hope to help” — CloudTech News, 20 Apr 2020. https://cloudtech.example/news/story/\n',
    ],
    [
      'no site name: the title names the source',
      q,
      { siteName: null, published: null },
      'text',
      '“We hope to help” — Jeff Zhang, president of Alibaba Cloud Intelligence. “Alibaba Cloud to invest $28bn”. https://cloudtech.example/news/story/\n',
    ],
    [
      'no URL',
      q,
      { url: null },
      'markdown',
      '> “We hope to help”\n> — Jeff Zhang, president of Alibaba Cloud Intelligence. CloudTech News, 20 Apr 2020\n',
    ],
    [
      'a javascript: URL is not linked nor pasted',
      q,
      { url: 'javascript:alert(1)' },
      'html',
      '<blockquote><p>“We hope to help”</p><p>— Jeff Zhang, president of Alibaba Cloud Intelligence. <cite>CloudTech News</cite>, 20 Apr 2020</p></blockquote>\n',
    ],
    [
      'hostile quote and speaker in HTML',
      { ...q, text: '<img src=x onerror=alert(1)>', speaker: '</cite><script>x</script>' },
      {},
      'html',
      '<blockquote><p>“&lt;img src=x onerror=alert(1)&gt;”</p><p>— &lt;/cite&gt;&lt;script&gt;x&lt;/script&gt;, president of Alibaba Cloud Intelligence. <cite><a href="https://cloudtech.example/news/story/">CloudTech News</a></cite>, 20 Apr 2020</p></blockquote>\n',
    ],
    [
      'Markdown in the quotation stays text',
      { ...q, text: 'see [this](javascript:x) *now*' },
      { url: null },
      'markdown',
      '> “see \\[this\\](javascript:x) \\*now\\*”\n> — Jeff Zhang, president of Alibaba Cloud Intelligence. CloudTech News, 20 Apr 2020\n',
    ],
  ])('%s', (_name, quote, over, format, expected) =>
    expect(citeQuote(quote, { ...s, ...over }, format)).toBe(expected),
  );
});
