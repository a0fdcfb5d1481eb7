/**
 * Whether a longer name `longer`, given after `earlier` and ending with the same words, is the
 * fuller form of the same name rather than another form of it. A full name (two words or more)
 * given first stays the name when the later, longer one opens with another first name: a birth
 * or formal name ("One day in July 2001, Larry Page decided ... [later, as a heading] Lawrence
 * Edward Page") is not the name the article gives the person, which is the full name as first
 * given. The same first name extended ("Edward Lorenz" ... "Edward Norton Lorenz") is fuller.
 * Keys are the lower-case words of the names.
 */
export function fullerForm(earlier: readonly string[], longer: readonly string[]): boolean {
  if (earlier.length < 2) return true;
  return longer[0] === earlier[0];
}
