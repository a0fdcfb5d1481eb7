import type { DomBlock } from './blocks-from-dom.ts';

// A block whose text is mostly link text is a pointer to another page, not the story:
// "SEAN SPICER ELIMINATED FROM 'DANCING WITH THE STARS'" (a link to another story), "Read more:
// <a>Tencent profit falls...</a>". Story paragraphs link a few words, rarely most of them.
const LINK_BLOCK = 0.85;
// Headings are titles of other stories when linked ("Afghan woman politician sees...").
const LINK_HEADING = 0.6;

// A list whose items are mostly links is a list of other stories ("More Great WIRED Stories").
const LINK_ITEM = 0.6;
const LINK_LIST_SHARE = 0.6;

/**
 * Drop blocks that are mostly link text, and whole lists whose items mostly are. Quotes and
 * preformatted blocks are kept (a linked tweet or a URL in code is content).
 * Example: `<p><a>CLICK HERE TO GET THE FOX NEWS APP</a></p>` goes.
 */
export function dropLinkBlocks(blocks: DomBlock[]): DomBlock[] {
  const density = (b: DomBlock) => (b.rawChars > 0 ? b.linkChars / b.rawChars : 0);
  const lists = new Map<Element, { items: number; linked: number }>();
  for (const b of blocks) {
    if (!b.list) continue;
    const row = lists.get(b.list) ?? { items: 0, linked: 0 };
    row.items++;
    if (density(b) >= LINK_ITEM) row.linked++;
    lists.set(b.list, row);
  }
  return blocks.filter((b) => {
    if (b.block.kind === 'quote' || b.block.kind === 'preformatted') return true;
    if (b.list) {
      const row = lists.get(b.list);
      if (row && row.linked >= row.items * LINK_LIST_SHARE) return false;
    }
    return density(b) < (b.block.kind === 'heading' ? LINK_HEADING : LINK_BLOCK);
  });
}
