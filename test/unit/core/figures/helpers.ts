import { findFigures } from '../../../../src/core/figures/find-figures.ts';
import { makeDoc } from '../../../../src/core/text/doc.ts';
import type { Block, Figure } from '../../../../src/core/types.ts';

/** The figures of one paragraph (or several, one per string), as findFigures returns them. */
export function figuresOf(text: string | string[], lang = 'en', title = ''): Figure[] {
  const blocks: Block[] = (Array.isArray(text) ? text : [text]).map((t) => ({
    kind: 'paragraph',
    text: t,
  }));
  return findFigures(makeDoc(title, blocks, lang));
}

/** Figures in document order as [text, value, unit] rows, for compact expectations. */
export function rowsOf(
  text: string | string[],
  lang = 'en',
): Array<[string, number | null, string | null]> {
  return figuresOf(text, lang)
    .sort(
      (a, b) =>
        (a.at[0]?.block ?? 0) - (b.at[0]?.block ?? 0) ||
        (a.at[0]?.start ?? 0) - (b.at[0]?.start ?? 0),
    )
    .map((f) => [f.text, f.value, f.unit]);
}

/** The texts of the figures that overlap `nearMiss` (its first occurrence in `input`). */
export function overlapping(input: string, nearMiss: string, lang = 'en', title = ''): string[] {
  const start = input.indexOf(nearMiss);
  if (start < 0) throw new Error(`"${nearMiss}" is not in the input`);
  const end = start + nearMiss.length;
  return figuresOf(input, lang, title)
    .filter((f) => f.at.some((s) => s.block === 0 && s.start < end && s.end > start))
    .map((f) => f.text);
}
