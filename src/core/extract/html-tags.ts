import type { BlockKind } from '../types.ts';

/**
 * Tag tables for reading text out of the DOM. Any tag not listed as a block (spans, links,
 * custom elements such as `<hl-trusted-source>` around a citation) is read inline, so that
 * "weight loss (<hl-trusted-source><a>10</a></hl-trusted-source>)." stays one paragraph.
 */

/** Elements whose own text forms one block of the given kind. */
export const LEAF_KINDS: Record<string, BlockKind> = {
  P: 'paragraph',
  H1: 'heading',
  H2: 'heading',
  H3: 'heading',
  H4: 'heading',
  H5: 'heading',
  H6: 'heading',
  LI: 'list-item',
  DT: 'list-item',
  DD: 'list-item',
  FIGCAPTION: 'caption',
  CAPTION: 'caption',
  PRE: 'preformatted',
  // A table row is one block: "Revenue 2019 $5bn" reads as a line, not as three paragraphs.
  TR: 'paragraph',
};

/** Block-level elements: text on either side of them belongs to different blocks. */
export const BLOCK_TAGS = new Set([
  ...Object.keys(LEAF_KINDS),
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'CENTER',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'FIELDSET',
  'FIGURE',
  'FOOTER',
  'FORM',
  'HEADER',
  'HGROUP',
  'HR',
  'HTML',
  'LEGEND',
  'MAIN',
  'MENU',
  'NAV',
  'OL',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TFOOT',
  'THEAD',
  'UL',
]);

/** Table cells: inline within their row, but never glued to the next cell's text. */
export const CELL_TAGS = new Set(['TD', 'TH']);

/** Elements never read as text (scripts, media, form controls). */
export const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'MATH',
  'BUTTON',
  'SELECT',
  'TEXTAREA',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'VIDEO',
  'AUDIO',
  'CANVAS',
  'IMG',
  'PICTURE',
  'SOURCE',
  'INPUT',
  'FORM',
  'LINK',
  'META',
  'HEAD',
  'TITLE',
]);

/** Phrasing elements: part of a sentence, so never removed on their own by name. */
export const INLINE_TAGS = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'CITE',
  'CODE',
  'DATA',
  'DFN',
  'EM',
  'FONT',
  'I',
  'KBD',
  'MARK',
  'Q',
  'S',
  'SAMP',
  'SMALL',
  'SPAN',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'TT',
  'U',
  'VAR',
  'DEL',
  'INS',
  'LABEL',
]);
