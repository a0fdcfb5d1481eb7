import { describe, expect, it } from 'vitest';
import { quotesOf } from './helpers.ts';

// Cross-negatives: none of these may come out as a quote.
describe('findQuotes: not quotes', () => {
  it.each<[string, string[]]>([
    // Titles of works, signs, slogans and exhibitions.
    ['title of a game', ['Nintendo released “Super Mario Run” on Thursday for the iPhone.']],
    [
      'title after "titled"',
      ['Lorenz wrote a paper titled “Deterministic Nonperiodic Flow.” It changed everything.'],
    ],
    [
      'title of a book',
      [
        'In her book “A Paradise Built in Hell: The Extraordinary Communities that Arise in Disaster,” Rebecca Solnit wrote of it.',
      ],
    ],
    ['title-case slogan', ['A neon sign read “Glory to Communism,” on the roof.']],
    ['exhibition motto', ['The fair heralded “The World of Tomorrow.”']],
    [
      'song titles',
      ['Her titles include “You Loved Me Like a Distant Star” and “The Kiss Was Beautiful.”'],
    ],
    ['straight single title', ["'Penguin Post Office' attracts a record number of applicants."]],
    // Scare quotes and terms.
    ['scare quote, single curly', ['The report says the ‘birth lottery’ matters more in the U.S.']],
    [
      'so-called term',
      ['The Bill would require providers to store so-called “metadata” for two years.'],
    ],
    [
      'term after "the term"',
      ['Hamilton, who popularized the term “software engineering,” later led the team.'],
    ],
    ['two-word scare quote', ['The U.S. might not be the "jobs machine" it thinks it is.']],
    ['three-word term', ['There is no such thing as “the sharing economy.”']],
    [
      'scare quotes in a row',
      ['We might have read of “hero cabdrivers” or “hero bus drivers” in the past.'],
    ],
    ['hyphenated scare quote', ['Snopes is a partisan “fact-checking” website.']],
    // Nicknames and epithets.
    ['epithet', ['Lorenz, “the father of chaos,” started a scientific revolution on the LGP-30.']],
    ['nickname', ['Dwayne “The Rock” Johnson starred in the film.']],
    ['nickname known as', ['He was known as “the Butcher of the Balkans” during the war.']],
    // Single quoted words.
    ['single word', ['She said she was “stunned” because of how unusual that was.']],
    ['single word with a stop', ['Neon translates as “new.” This was the start.']],
    ['single word straight', ['It is not science fiction; this so-called "superbug" is real.']],
    // Apostrophes.
    ['contractions', ['We don’t know and they can’t say, but it’s fine.']],
    ['elided decade', ['The ’90s were the decade of the web, and the ’60s of the moon.']],
    ['rock and roll', ["Rock ’n’ roll never dies, and neither does rock 'n' roll."]],
    ['plural possessive', ['The players’ scores rose, as did the Joneses’ house prices.']],
    // Names of things: a noun right after the closing mark.
    [
      'campaign slogan before its noun',
      ['South Dakota’s viral “Meth. We’re on it.” awareness campaign has faced backlash.'],
    ],
    [
      'formula before its noun',
      ['China said it is committed to the “one country, two systems” formula for the city.'],
    ],
    // The reader as speaker.
    [
      'question the reader asks',
      ['You\'ll look at an item and ask yourself, "Will this just end up in the picture?"'],
    ],
    ['what the reader might say', ['Then you might say, “This is far too much work for me.”']],
    // Headlines.
    [
      'headline in a heading',
      ['# “We will win,” says the minister', 'The minister spoke on Monday.'],
    ],
  ])('%s', (_name, paragraphs) => {
    expect(quotesOf(...paragraphs)).toEqual([]);
  });
});
