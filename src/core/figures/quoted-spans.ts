/**
 * The quoted stretches of a block, as [start, end) offsets: between curly quotes “...”, or
 * between a pair of straight double quotes. One pass over the block, once per block.
 */
export function quotedSpans(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let open = -1;
  let straight = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 0x201c) open = i;
    else if (ch === 0x201d && open >= 0) {
      out.push([open, i]);
      open = -1;
    } else if (ch === 0x22) {
      if (straight < 0) straight = i;
      else {
        out.push([straight, i]);
        straight = -1;
      }
    }
  }
  // A quotation running to the end of the paragraph (continued in the next one).
  if (open >= 0) out.push([open, text.length]);
  return out;
}
