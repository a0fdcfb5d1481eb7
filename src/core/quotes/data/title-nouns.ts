/**
 * The role noun an abbreviated title stands for: "Indiana Gov. Eric Holcomb" is the governor a
 * later "the Republican governor said" refers to. Keys are lower case, without the full stop;
 * only nouns of ROLE_NOUNS (roles.ts), the descriptors read. Data only; title-holds.ts reads them.
 */
export const TITLE_NOUNS: ReadonlyMap<string, string> = new Map([
  ['gov', 'governor'],
  ['sen', 'senator'],
  ['pres', 'president'],
  ['prof', 'professor'],
  ['amb', 'ambassador'],
  ['comm', 'commissioner'],
]);
