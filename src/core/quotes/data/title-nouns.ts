/**
 * The role noun an abbreviated title stands for: "Indiana Gov. Eric Holcomb" is the governor a
 * later "the Republican governor said" refers to. Keys are lower case, without the full stop.
 * Data only; title-holds.ts reads them.
 */
export const TITLE_NOUNS: ReadonlyMap<string, string> = new Map([
  ['gov', 'governor'],
  ['sen', 'senator'],
  ['rep', 'representative'],
  ['pres', 'president'],
  ['supt', 'superintendent'],
  ['atty', 'attorney'],
  ['prof', 'professor'],
  ['amb', 'ambassador'],
  ['comm', 'commissioner'],
]);
