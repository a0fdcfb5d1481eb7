/**
 * Ways of writing "per cent" after a number, as one sticky pattern source (case-insensitive),
 * each with the unit reported. Order matters: "percentage points" before "percent".
 */
export const PERCENT_FORMS: ReadonlyArray<readonly [pattern: string, unit: string]> = [
  [String.raw`percentage[\s-]+points?\b`, 'percentage points'], // "rose 2 percentage points"
  [String.raw`%\s*points?\b`, 'percentage points'], // "a 2% point rise" is rare; "2 % points"
  ['%', '%'],
  [String.raw`per\s*cent\b`, '%'], // "12 per cent", "12 percent"
  [String.raw`pct\b`, '%'],
  [String.raw`prozentpunkte\b`, 'percentage points'],
  [String.raw`prozent\b`, '%'],
  [String.raw`points?\s+de\s+pourcentage\b`, 'percentage points'],
  [String.raw`pour\s*cent\b`, '%'],
  [String.raw`por\s+ciento\b`, '%'],
  [String.raw`por\s+cento\b`, '%'],
  [String.raw`procentní(?:ch)?\s+bod[yů]?\b`, 'percentage points'],
  [String.raw`procent[a]?\b`, '%'],
  // Basis points, hundredths of a point of a rate: "kept the interest rate on excess reserves
  // at 25bp", "cut by 50 basis points", "25 bps".
  [String.raw`basis[\s-]+points?\b`, 'bp'],
  [String.raw`bps?\b`, 'bp'],
];
