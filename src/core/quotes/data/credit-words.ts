/**
 * First words of a bracketed line that is no source credit under a block quote: a photo credit,
 * an editor's note, a link ("(Photo: Jane Roe)", "[Updated 5pm]", "(Read more)").
 */
export const NOT_CREDIT_WORDS: ReadonlySet<string> = new Set([
  'photo',
  'photos',
  'image',
  'images',
  'video',
  'source',
  'via',
  'update',
  'updated',
  'editor',
  "editor's",
  'editor’s',
  'note',
  'see',
  'read',
  'more',
  'click',
]);
