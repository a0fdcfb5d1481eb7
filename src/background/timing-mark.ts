/**
 * The worker's performance marks for the end-to-end timings (test/e2e/timings.test.ts): when it
 * started reading the tab, when the reading came back, when the card was made. Only the latest
 * of each name is kept, so a long-lived worker never collects them. Example: two cards in a row
 * -> one `lede-read-start`, the second card's.
 */
export type TimingMark = 'lede-read-start' | 'lede-read-end' | 'lede-analysed';

export function timingMark(name: TimingMark): void {
  performance.clearMarks(name);
  performance.mark(name);
}
