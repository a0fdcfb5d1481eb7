import type { Worker } from 'playwright-core';

/** A figure or quote to put on the card, found in the page's blocks by its text. */
export interface StandIns {
  figures: { text: string; find: string; context: string }[];
  quotes: { text: string; speaker: string | null; role: string | null }[];
}

/**
 * Give the card figures and quotes with real spans in the page, whatever the core finds. The
 * core's figure and quote finders are developed apart (and were placeholders when these tests
 * were written); the card's own behaviour with figures and quotes (provenance, copy with
 * source, lengths) is tested with these stand-ins, and the reference page's real figures and
 * quotes are checked in reference-page.test.ts. Test build only (see background/test-hooks.ts).
 */
export function useStandIns(worker: Worker, items: StandIns): Promise<void> {
  return worker.evaluate((items) => {
    type Span = { block: number; start: number; end: number };
    type S = { blocks: { text: string }[]; figures: unknown[]; quotes: unknown[] };
    const find = (s: S, needle: string): Span | null => {
      for (let b = 0; b < s.blocks.length; b++) {
        const at = (s.blocks[b] as { text: string }).text.indexOf(needle);
        if (at >= 0) return { block: b, start: at, end: at + needle.length };
      }
      return null;
    };
    (globalThis as unknown as { __ledeTestHooks: object }).__ledeTestHooks = {
      patchSummary: (s: S) => ({
        ...s,
        figures: items.figures.map((f) => ({
          text: f.text,
          value: null,
          unit: null,
          context: f.context,
          forms: [f.text],
          at: [find(s, f.find)].filter(Boolean),
          score: 1,
        })),
        quotes: items.quotes.map((q) => ({
          ...q,
          partial: false,
          at: find(s, q.text) ?? { block: 0, start: 0, end: 0 },
          score: 1,
        })),
      }),
    };
  }, items);
}

/** Remove every test hook from the worker. */
export function clearHooks(worker: Worker): Promise<void> {
  return worker.evaluate(() => {
    (globalThis as { __ledeTestHooks?: object }).__ledeTestHooks = undefined;
  });
}

/** The reference page's investment, span and both Jeff Zhang quotes, as the card should show them. */
export const REFERENCE_STAND_INS: StandIns = {
  figures: [
    {
      text: '200 billion yuan ($28.2bn)',
      find: '200 billion yuan',
      context: 'additional investment in cloud infrastructure',
    },
    { text: 'three years', find: 'three years', context: 'span of the investment' },
  ],
  quotes: [
    {
      text: 'By increasing our investment on cloud infrastructure and fundamental technologies, we hope to continue providing world-class, trusted computing resources to help businesses speed up the recovery process,',
      speaker: 'Jeff Zhang',
      role: 'president of Alibaba Cloud Intelligence',
    },
    {
      text: 'The Covid-19 pandemic has posed additional stress',
      speaker: 'Jeff Zhang',
      role: 'president of Alibaba Cloud Intelligence',
    },
  ],
};
