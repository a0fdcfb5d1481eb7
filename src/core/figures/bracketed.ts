/**
 * Whether the figure from `start` to `end` stands alone in brackets: "a decent dividend yield
 * (1.7%)", "Electricity (5.4%), generator (0%), kerosene (12.8%)" -> true (an aside, or a
 * breakdown's share, glossing the words before it); "(up 5% on the year)", "rose 5% (a record)"
 * -> false.
 */
export function isBracketed(text: string, start: number, end: number): boolean {
  return (
    OPEN_BEFORE.test(text.slice(Math.max(0, start - 3), start)) &&
    CLOSE_AFTER.test(text.slice(end, end + 3))
  );
}

// "(" right before the figure, spaces allowed: "yield (1.7%)", "yield ( 1.7% )".
const OPEN_BEFORE = /\(\s*$/;
// ")" right after it.
const CLOSE_AFTER = /^\s*\)/;
