/**
 * Pairs of units that English writes one after the other to state one amount: "5 hours and 9
 * minutes", "5 feet 9 inches", "3min 13sec", "two years and six months". Larger unit (as Lede
 * reports it, see units.ts) -> smaller unit -> how many of the smaller make one of the larger.
 */
export const COMPOUND_UNITS: ReadonlyMap<string, ReadonlyMap<string, number>> = new Map(
  (
    [
      ['years', 'months', 12],
      ['weeks', 'days', 7],
      ['days', 'hours', 24],
      ['hours', 'minutes', 60],
      ['minutes', 'seconds', 60],
      ['ft', 'in', 12],
      ['lb', 'oz', 16],
      ['m', 'cm', 100],
      ['km', 'm', 1000],
    ] as const
  ).reduce((map, [big, small, factor]) => {
    const row = map.get(big) ?? new Map<string, number>();
    row.set(small, factor);
    return map.set(big, row);
  }, new Map<string, Map<string, number>>()),
);
