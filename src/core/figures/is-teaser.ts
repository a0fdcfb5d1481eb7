import { TEASER_END } from './data/cross-links.ts';

/**
 * A block that is a teaser of another page, cut short with a link to the rest: an author's bio
 * box ("... After four years of living in New York City and attending courses at New York... →
 * Learn More"), a company box ("Facebook is the world’s largest social network, with over 500
 * million users. ... It....."). Its numbers are that page's, not the story's.
 */
export function isTeaser(text: string): boolean {
  return TEASER_END.test(text.slice(-40));
}
