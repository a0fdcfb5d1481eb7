import { MARKET_INDEX, MARKETS_TITLE } from './data/market-cues.ts';

/**
 * Whether a sentence names a stock-market index, so that its percentages are the market's move
 * (see MARKET_INDEX): "In Asia, Japan’s Nikkei closed 0.22 per cent higher" -> true; "The
 * Consumer Price Index rose 3.2%" -> false.
 */
export function namesMarketIndex(sentence: string): boolean {
  return MARKET_INDEX.test(sentence);
}

/**
 * Whether a headline is about the markets: "Investors don't seem to know what to make of ..." ->
 * true, "Stocks drift near highs" is already about shares (see SHARES_WORDS), "Business Brief:
 * Nvidia’s into nation building" -> false.
 */
export function aboutMarkets(title: string): boolean {
  return MARKETS_TITLE.test(title) || MARKET_INDEX.test(title);
}
