import type { Summary } from '../../../../src/core/types.ts';

/** A fixed summary for format tests: every field set, no page needed. */
export function fixedSummary(over: Partial<Summary> = {}): Summary {
  return {
    url: 'https://cloudtech.example/news/story/',
    title: 'Alibaba Cloud to invest $28bn',
    byline: 'James Bourne',
    authors: ['James Bourne'],
    siteName: 'CloudTech News',
    published: '2020-04-20T09:12:00+01:00',
    lang: 'en',
    dir: 'ltr',
    wordCount: 300,
    readingMinutes: 1,
    source: 'article',
    keyPoints: [
      { text: 'Alibaba Cloud is to invest 200 billion yuan.', at: { block: 0, start: 0, end: 44 } },
    ],
    figures: [
      {
        text: '200 billion yuan ($28.2bn)',
        value: 200e9,
        unit: 'CNY',
        context: 'investment in cloud infrastructure',
        forms: ['200 billion yuan', '$28.2bn'],
        at: [{ block: 0, start: 26, end: 42 }],
        score: 1,
        key: true,
      },
    ],
    quotes: [
      {
        text: 'We hope to help',
        speaker: 'Jeff Zhang',
        role: 'president of Alibaba Cloud Intelligence',
        partial: false,
        at: { block: 1, start: 1, end: 16 },
        score: 1,
      },
    ],
    articleText:
      'Alibaba Cloud is to invest 200 billion yuan.\n\n“We hope to help,” said Jeff Zhang.',
    blocks: [
      { kind: 'paragraph', text: 'Alibaba Cloud is to invest 200 billion yuan.' },
      { kind: 'paragraph', text: '“We hope to help,” said Jeff Zhang.' },
    ],
    partial: false,
    ...over,
  };
}
