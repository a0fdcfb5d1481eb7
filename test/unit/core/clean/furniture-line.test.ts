import { describe, expect, it } from 'vitest';
import {
  CREDIT_LINES,
  FURNITURE_PHRASES,
  POINTER_OPENINGS,
} from '../../../../src/core/clean/boilerplate-lines.ts';
import { isFurnitureLine } from '../../../../src/core/clean/furniture-line.ts';

describe('isFurnitureLine', () => {
  it.each([
    'Read more: Alibaba poised to launch a new data centre',
    'RELATED: Salesforce Dreamforce opens in San Francisco',
    'Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.',
    'Sign up for The Water Coolest today to get the free daily newsletter delivered to your inbox daily.',
    'This article was originally published on The Conversation.',
    'Keith Bradsher contributed reporting from Hong Kong.',
    'Copyright © 2019 Press TV. All rights reserved.',
    'Interested in hearing industry leaders discuss subjects like this? Attend the Cloud Expo.',
    'Photo: Damian Dovarganes, AP',
    'Picture credit: Alibaba',
    'Getty Images',
  ])('furniture: %s', (text) => {
    expect(isFurnitureLine(text)).toBe(true);
  });

  it.each([
    'Alibaba Cloud is to invest an additional 200 billion yuan ($28.2bn) into its cloud infrastructure.',
    'The company said it would follow the rules on data protection in every market.',
    'Readers of the report were told that the newsletter business was growing.',
    // Long blocks are story paragraphs even when a phrase turns up in them.
    `${'The council met on Tuesday to discuss the budget. '.repeat(8)}All rights reserved, it said.`,
  ])('story: %s', (text) => {
    expect(isFurnitureLine(text)).toBe(false);
  });

  // The tables are matched against lower-cased text (see furniture-line.ts): a capital in a row
  // would never match.
  it.each([...POINTER_OPENINGS, ...FURNITURE_PHRASES, ...CREDIT_LINES])(
    'table row is lower case: %s',
    (row) => {
      expect(row.replace(/\\[A-Za-z]/g, '')).not.toMatch(/\p{Lu}/u);
    },
  );
});
