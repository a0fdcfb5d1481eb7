/**
 * How a bracketed link to another story opens, inside a paragraph: "(See the world's top 10
 * environmental disasters.)", "(MORE: 'Laughter Shocks': 13 Best Tweets ...)", "(PHOTOS: ...)",
 * "(READ: ...)". A capital "See" only: a lower-case "(see below)" refers to this article.
 */
export const CROSS_LINK_OPENER =
  /^\(\s*(?:See\s|(?:MORE|PHOTOS?|VIDEOS?|WATCH|READ|READ MORE|RELATED|LIST|POLL|SEE)\s*:)/;

/**
 * How a teaser of another page ends: its text cut short, with a link to the rest ("... attending
 * courses at New York... → Learn More", "... It.....", "... a new plan… Read more »"). A
 * paragraph of the article never ends so; a quote that trails off ends with one ellipsis and no
 * link. Tested on the block's last 40 characters.
 */
export const TEASER_END =
  /(?:\.{4,}|(?:\.\.\.|…)\s*(?:[→»>]\s*)?(?:learn more|read more|continue reading|more)\s*[»>→]?)\s*$/i;
