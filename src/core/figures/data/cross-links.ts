/**
 * How a bracketed link to another story opens, inside a paragraph: "(See the world's top 10
 * environmental disasters.)", "(MORE: 'Laughter Shocks': 13 Best Tweets ...)", "(PHOTOS: ...)",
 * "(READ: ...)". A capital "See" only: a lower-case "(see below)" refers to this article.
 */
export const CROSS_LINK_OPENER =
  /^\(\s*(?:See\s|(?:MORE|PHOTOS?|VIDEOS?|WATCH|READ|READ MORE|RELATED|LIST|POLL|SEE)\s*:)/;
