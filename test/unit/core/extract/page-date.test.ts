import { describe, expect, it } from 'vitest';
import { toIsoDate } from '../../../../src/core/extract/page-date.ts';

describe('toIsoDate keeps the page offset and invents none', () => {
  it.each([
    ['2020-04-20T09:12:00+01:00', '2020-04-20T09:12:00+01:00'],
    ['2015-07-10 09:53:00 -0400', '2015-07-10T09:53:00-04:00'],
    ['2021-11-01T10:52:50+0100', '2021-11-01T10:52:50+01:00'],
    ['2018-12-21 12:55:00', '2018-12-21T12:55:00'],
    ['2018-12-21 12:55', '2018-12-21T12:55:00'],
    ['2023-06-07T20:54:26.829Z', '2023-06-07T20:54:26.829Z'],
    ['2019-11-20', '2019-11-20'],
    ['2019-11-20T05:57:50 GMT', '2019-11-20T05:57:50Z'],
    ['Wed, 20 Nov 2019 05:57:50 GMT', '2019-11-20T05:57:50.000Z'],
    // Placeholders and nonsense.
    ['0000-00-00 00:00:00', null],
    ['1970-01-01T00:00:00Z', null],
    ['yesterday', null],
    ['', null],
  ])('%j', (input, expected) => {
    expect(toIsoDate(input)).toBe(expected);
  });
});
