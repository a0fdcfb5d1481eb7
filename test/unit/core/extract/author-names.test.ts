import { describe, expect, it } from 'vitest';
import { authorNames } from '../../../../src/core/extract/author-names.ts';

describe('authorNames: a byline as clean names', () => {
  it.each([
    ['James Bourne', ['James Bourne']],
    ['By Jane Doe and John Roe', ['Jane Doe', 'John Roe']],
    ['By Mike Wuerthele and Malcolm Owen', ['Mike Wuerthele', 'Malcolm Owen']],
    ['Mac & i', ['Mac & i']],
    ['By Brenda  Goodman, MA\n        WebMD Health News', ['Brenda Goodman']],
    ['By GILLIAN MOHNEY\n   March 11, 2015 3:46 PM', ['Gillian Mohney']],
    ['By Nathan Willis\n   March 25, 2015', ['Nathan Willis']],
    ['by Lucas Nolan22 Dec 2016651', ['Lucas Nolan']],
    ['By Justine Coleman - 11/18/19 11:04 PM EST', ['Justine Coleman']],
    ['Bradley M. Kuhn (http://ebb.org/bkuhn/)', ['Bradley M. Kuhn']],
    ['Par Sébastien Farcis', ['Sébastien Farcis']],
    [
      'Martin Untersinger (avec Damien Leloup et Morgane Tual)',
      ['Martin Untersinger', 'Damien Leloup', 'Morgane Tual'],
    ],
    ['Tom Krisher, Ap Auto Writer', ['Tom Krisher']],
    ['Meg Kinnard and Errin Haines, Associated Press', ['Meg Kinnard', 'Errin Haines']],
    ['Troy L. Smith, Cleveland.com', ['Troy L. Smith']],
    ['Associated Press', ['Associated Press']],
    ['Devindra Hardawar, devindra', ['Devindra Hardawar']],
    ['Текст: Венера Ерофеева', ['Венера Ерофеева']],
    ['Written by Rob Ewaschuk\n  Edited by Betsy Beyer', ['Rob Ewaschuk']],
    ['PTI', ['PTI']],
    ['Theresa May', ['Theresa May']],
    // Not names.
    ['About the Author', []],
    ['Follow Author', []],
    ['Last Updated: January 7, 2025', []],
    ['May 20', []],
    ['Sunday, Feb 1, 2015 11:57 AM UTC', []],
    ['https://www.facebook.com/someone', []],
    ['devindra', []],
  ])('%j', (raw, expected) => {
    expect(authorNames(raw)).toEqual(expected);
  });

  it.each([
    // Text found in the page (strict): one word or lower-case words are not taken for names.
    ['Staff', []],
    ['jdadmin', []],
    ['Regan', []],
    ['By Joshua Sokol', ['Joshua Sokol']],
  ])('strict %j', (raw, expected) => {
    expect(authorNames(raw, true)).toEqual(expected);
  });
});
