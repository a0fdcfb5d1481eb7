/**
 * The names of stock-market indexes: a percentage in a sentence naming one is the market's move,
 * like a share's ("Britain’s FTSE 100 slipped 0.14 per cent, Germany’s DAX rose 0.78 per cent",
 * blind 14's theglobeandmail; "The Philadelphia Semiconductor Index is up over 28% year-to-date,
 * handily crushing the S&P 500 and the Nasdaq", blind 13's fool). "Dow Chemical" is a company, and
 * a bare "... Index" is left out: "the Consumer Price Index rose 3%" is the news of its story.
 */
export const MARKET_INDEX =
  /\b(?:S&P\s*500|S&P\/TSX|Nasdaq|Dow(?!\s+Chemical)|FTSE|DAX|CAC\s*40|Nikkei|Topix|Hang\s+Seng|STOXX|Kospi|Sensex|Nifty|ASX\s*200|Shanghai\s+Composite|Russell\s+2000|Semiconductor\s+Index|MSCI)\b/i;

/**
 * A headline about the markets (besides shares, see SHARES_WORDS): its index moves are the news,
 * however late they come. "Investors don't seem to know what to make of the US-China trade talks"
 * over "Hong Kong's Hang Seng Index (HSI) ... was last trading up about 1%" (blind 3's CNN
 * markets page), as "U.S. Stocks Rise to Records" over "The S&P 500 Index rose 0.9 percent".
 */
export const MARKETS_TITLE = /\b(?:investors|markets|Wall\s+Street)\b/i;
