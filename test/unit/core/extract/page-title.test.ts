import { describe, expect, it } from 'vitest';
import { cleanTitle } from '../../../../src/core/extract/page-title.ts';

const key = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

describe('cleanTitle removes the site name, never the headline', () => {
  it.each([
    [
      'Alibaba Cloud to invest $28bn in infrastructure for three years amid Covid-19 – reports – CloudTech News',
      ['CloudTech News'],
      false,
      'Alibaba Cloud to invest $28bn in infrastructure for three years amid Covid-19 – reports',
    ],
    // "– reports" is part of the headline, not a site name.
    [
      'Alibaba Cloud to invest $28bn in infrastructure for three years amid Covid-19 – reports',
      ['CloudTech News'],
      false,
      'Alibaba Cloud to invest $28bn in infrastructure for three years amid Covid-19 – reports',
    ],
    [
      'Getting LEAN with Digital Ad UX | IAB',
      ['iab.com', 'iab'],
      false,
      'Getting LEAN with Digital Ad UX',
    ],
    ['Bike &amp; Style book review', ['MoreBikes'], false, 'Bike & Style book review'],
    // <title> text with no known site name loses a short trailing segment...
    ['Lorem ipsum dolor sit amet – My website', [], true, 'Lorem ipsum dolor sit amet'],
    // ...but not when the site name is known and is not that segment.
    [
      'Lorem ipsum dolor sit amet – My website',
      ['Other'],
      false,
      'Lorem ipsum dolor sit amet – My website',
    ],
    ['Just a title', ['Site'], true, 'Just a title'],
    ['CloudTech News', ['CloudTech News'], false, 'CloudTech News'],
  ])('%j', (title, sites, loose, expected) => {
    expect(cleanTitle(title, sites.map(key), loose)).toBe(expected);
  });
});

describe('cleanTitle with a tagline after the site name', () => {
  // Known limit: the tagline after the site's name is not recognised as the site's, so only
  // "LinkNaija" goes; what matters is that the headline is never cut.
  it("LinkNaija | Nigeria's popular news platform: Kate Henshaw Is Looking Stunning", () => {
    const title = cleanTitle(
      'LinkNaija | Nigeria&#39;s popular news platform: Kate Henshaw Is Looking Stunning',
      [key('LinkNaija')],
    );
    expect(title).toMatch(/Kate Henshaw Is Looking Stunning$/);
    expect(title).not.toContain('LinkNaija');
  });
});
