/** What a figure measures, decided by 03-unit; ranking and merging look at it. */
export type FigureKind =
  | 'money'
  | 'percent'
  | 'measure'
  | 'duration'
  | 'count'
  | 'multiple'
  | 'fraction'
  | 'number'
  /** A sports result, several numbers and no single value: "6-4, 7-6 (5)", "a 2-1 win". */
  | 'score';

/**
 * A quantity found in one block, as it moves through the steps. `start`/`end` cover the whole
 * figure as written ("more than 200 people"), `numStart`/`numEnd` the number itself ("200").
 */
export interface Candidate {
  /** Block index; -1 for the title (used only for ranking). */
  block: number;
  start: number;
  end: number;
  numStart: number;
  numEnd: number;
  /** Written with digits (true) or words (false). */
  digits: boolean;
  value: number | null;
  unit: string | null;
  kind: FigureKind;
  /** The counted noun or unit word as written, for the context ("countries"). */
  noun: string | null;
  /** The scale word's factor ("billion" = 1e9), 1 when none; a range's first end borrows it. */
  scale: number;
  /** A hedge before or after the number ("more than", "or more"). */
  hedged: boolean;
  /** A range or a ratio joined two numbers: "between 400 and 600", "one in five". */
  joined: boolean;
  /** Why 05-filter dropped it; undefined while it is still a figure. */
  drop?: string;
}
