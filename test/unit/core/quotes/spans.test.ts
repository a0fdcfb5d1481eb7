import { describe, expect, it } from 'vitest';
import { spansOf } from './helpers.ts';

// Step 1: quotation spans from marks. Input paragraphs, expected quoted texts in reading order.
describe('findSpans: quotation marks', () => {
  it.each<[string[], string[]]>([
    // Curly double quotes, the English news standard.
    [['“We hope so,” said Jeff Zhang.'], ['We hope so,']],
    // Straight double quotes.
    [['"It resonates," says Stephen Calderwood.'], ['It resonates,']],
    // British single quotes for speech.
    [['‘We will win,’ the minister said.'], ['We will win,']],
    // Straight single quotes for speech.
    [["'We will win,' the minister said."], ['We will win,']],
    // German and Czech „…“.
    [['„Wir sind bereit“, sagte Müller.'], ['Wir sind bereit']],
    // French guillemets with spaces inside.
    [['« Nous sommes prêts », a déclaré Laurent Fabius.'], ['Nous sommes prêts']],
    // French guillemets without spaces (Libération style).
    [
      ['«Pour certains on est très interrogatif», a ajouté Laurent Fabius.'],
      ['Pour certains on est très interrogatif'],
    ],
    // German book style »…«.
    [['»Wir sind bereit«, sagte Müller.'], ['Wir sind bereit']],
    // Single guillemets.
    [['‹Oui›, dit-il.'], ['Oui']],
    // Japanese and Chinese corner brackets.
    [['彼は「行きましょう」と言った。'], ['行きましょう']],
    // A quote inside a quote stays inside the outer one.
    [['“He said, ‘Let’s try this.’” she recalled.'], ['He said, ‘Let’s try this.’']],
    // A split quote gives two spans (02-join.ts joins them).
    [['“A is true,” he said, “and so is B.”'], ['A is true,', 'and so is B.']],
    // Over several paragraphs: an opening mark on each, the closing one only on the last.
    [
      ['“First paragraph of the speech.', '“Second paragraph of the speech.”'],
      ['First paragraph of the speech. Second paragraph of the speech.'],
    ],
    // A paragraph left open and a next one that does not open again: no quote.
    [['“Never closed, this one.', 'Next paragraph.'], []],
    // A space typed after a straight opening mark: still a quote, closed by the next mark.
    [
      ['He said it could be " very important to the development of the child".'],
      ['very important to the development of the child'],
    ],
    // A straight mark between spaces with no closing mark after it: a stray, no quote.
    [['The screen measures 5 " across, or so they say.'], []],
    // A straight quote opened twice: the first was a stray.
    [['A stray " mark, then "a real quote," he said.'], ['a real quote,']],
    // A space between an inner quote's closing mark and the outer one's.
    [
      ['“I guess my reaction was, ‘Oh no, not all of it helpful attention,’ ” Hege said.'],
      ['I guess my reaction was, ‘Oh no, not all of it helpful attention,’'],
    ],
    // Mixed straight opening and curly closing on a sloppy page.
    [['"A sloppy page,” he said.'], ['A sloppy page,']],
  ])('%j', (paragraphs, expected) => {
    expect(spansOf(...paragraphs)).toEqual(expected);
  });
});

// Apostrophes are never quotation marks.
describe('findSpans: apostrophes', () => {
  it.each<[string, string[]]>([
    ['We don’t know and they can’t say.', []],
    ['It was the sound of the ’90s and the ’60s.', []],
    ['Rock ’n’ roll never dies.', []],
    ["Rock 'n' roll never dies.", ['n']], // a one-letter span, dropped by 03-filter.ts
    ['The players’ scores and the Joneses’ house.', []],
    ["The players' scores and the Joneses' house.", []],
    ['‘We don’t know,’ she said.', ['We don’t know,']],
    ["'We don't know,' she said.", ["We don't know,"]],
    ['It’s Jeff’s and Zhang’s.', []],
    ['He left in ‘08, a typo for ’08.', []],
  ])('%s', (text, expected) => {
    expect(spansOf(text)).toEqual(expected);
  });
});

describe('findSpans: blocks', () => {
  it.each<[string[], string[]]>([
    // A block quote without marks is one quotation.
    [['> The vulnerability stems from the client.'], ['The vulnerability stems from the client.']],
    // A block quote in marks is the quotation in the marks.
    [
      ['> “The vulnerability stems from the client.”'],
      ['The vulnerability stems from the client.'],
    ],
    // Quoted words inside a block quote belong to it.
    [['> The so-called “metadata” is the problem.'], ['The so-called “metadata” is the problem.']],
    // Headings carry no quotes (headlines).
    [['# “We will win,” says minister'], []],
  ])('%j', (paragraphs, expected) => {
    expect(spansOf(...paragraphs)).toEqual(expected);
  });
});
