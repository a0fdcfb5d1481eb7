import type { Article, Block } from '../types.ts';

/**
 * Text rules that remove what Readability leaves in and is not the story (bios, credits,
 * promos). Placeholder: drops empty blocks only.
 */
export function cleanBlocks(blocks: Block[], _meta?: Pick<Article, 'authors'>): Block[] {
  return blocks
    .map((b) => ({ ...b, text: b.text.replace(/\s+/g, ' ').trim() }))
    .filter((b) => b.text.length > 0);
}
