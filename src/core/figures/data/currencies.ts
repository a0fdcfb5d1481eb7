/**
 * Currency signs and words, mapped to ISO 4217 codes. Longest signs first so that "US$" wins over
 * "$". A sign is read before the number ("$28.2bn", "US$4", "£1.5m") or, in French, German, Czech
 * and Portuguese styles, after it ("12 €", "3,5 Mrd. €", "50 Kč").
 */
export const CURRENCY_SIGNS: ReadonlyArray<readonly [sign: string, code: string]> = [
  ['US$', 'USD'], // "US$4"
  ['AU$', 'AUD'],
  ['CA$', 'CAD'],
  ['NZ$', 'NZD'],
  ['HK$', 'HKD'],
  ['NT$', 'TWD'],
  ['A$', 'AUD'], // "A$2bn" (Australian press)
  ['C$', 'CAD'],
  ['S$', 'SGD'],
  ['R$', 'BRL'], // Brazilian real, "R$ 3,5 bilhões"
  // Malaysian ringgit, written against the number: "RM6.162 million", "RM900,000" (malaymail).
  ['RM', 'MYR'],
  ['Rs.', 'INR'],
  ['Rs', 'INR'],
  ['CHF', 'CHF'],
  ['USD', 'USD'], // "USD 4m" in agency copy
  ['EUR', 'EUR'],
  ['GBP', 'GBP'],
  ['JPY', 'JPY'],
  ['CNY', 'CNY'],
  ['RMB', 'CNY'],
  ['$', 'USD'], // plain "$": US dollars unless a nationality word follows ("$100 Australian")
  ['£', 'GBP'],
  ['€', 'EUR'],
  ['¥', 'JPY'], // yen; yuan is usually written out or "RMB"
  ['₹', 'INR'],
  ['₩', 'KRW'],
  ['₽', 'RUB'],
  ['₺', 'TRY'],
  ['₪', 'ILS'],
  ['Kč', 'CZK'], // after the number: "50 Kč"
  // South African rand: only before a scaled or grouped amount ("R4bn", "R7.5bn", "R1,500"),
  // never "R1" or "R8" alone (product names: "its R1 pocket AI companion", the Audi R8).
  ['R', 'ZAR'],
];

/**
 * Letter signs written against the number with no space ("RM6.162 million", "R4bn"): the scan
 * keeps digits touching these letters, which elsewhere make a name or code ("i7", "MS04").
 */
export const TOUCHING_SIGNS: ReadonlySet<string> = new Set(['RM', 'R']);

/** Signs read only before an amount with a scale word or thousands grouped: "R4bn", "R1,500". */
export const SCALED_ONLY_SIGNS: ReadonlySet<string> = new Set(['R']);

/** Currency words after the number (lower case): "200 billion yuan", "1.2 trillion won". */
export const CURRENCY_WORDS: ReadonlyMap<string, string> = new Map([
  ['dollars', 'USD'],
  ['dollar', 'USD'],
  ['usd', 'USD'],
  ['euros', 'EUR'],
  ['euro', 'EUR'],
  ['eur', 'EUR'],
  ['yuan', 'CNY'],
  ['renminbi', 'CNY'],
  ['rmb', 'CNY'],
  ['yen', 'JPY'],
  ['won', 'KRW'], // only after a number or scale word: "1.2 trillion won"
  ['rupees', 'INR'],
  ['rupee', 'INR'],
  ['rubles', 'RUB'],
  ['roubles', 'RUB'],
  ['francs', 'CHF'],
  ['sterling', 'GBP'], // "5 million sterling"
  ['reais', 'BRL'],
  ['real', 'BRL'],
  ['pesos', 'ARS'], // Argentine pesos: the peso page of the corpus is Argentine; a guess elsewhere
  ['dólares', 'USD'],
  ['dolares', 'USD'],
  ['korun', 'CZK'],
  ['koruna', 'CZK'],
  ['koruny', 'CZK'],
  ['kč', 'CZK'],
  ['zloty', 'PLN'],
  ['złotych', 'PLN'],
  ['lira', 'TRY'],
  ['shekels', 'ILS'],
  ['rand', 'ZAR'],
  ['naira', 'NGN'],
  ['ringgit', 'MYR'],
  ['baht', 'THB'],
  ['dirhams', 'AED'],
  ['riyals', 'SAR'],
  // Currencies of large economies the wire copy converts: "59.2 trillion rupiah ($6.58bn)".
  ['rupiah', 'IDR'],
  ['rupiahs', 'IDR'],
  ['taka', 'BDT'],
  ['kronor', 'SEK'],
  ['krona', 'SEK'],
  ['forints', 'HUF'],
  ['forint', 'HUF'],
  ['hryvnias', 'UAH'],
  ['hryvnia', 'UAH'],
  ['shillings', 'KES'], // Kenyan shillings in East African copy; a guess elsewhere
  ['dinars', 'DZD'], // several dinars exist: the code is a guess, the kind (money) is not
]);

/**
 * A nationality word after a dollar amount says which dollar: "$100 Australian", "$5bn Canadian",
 * "50 Australian dollars". Lower case.
 */
export const DOLLAR_NATIONS: ReadonlyMap<string, string> = new Map([
  ['australian', 'AUD'],
  ['canadian', 'CAD'],
  ['new zealand', 'NZD'],
  ['hong kong', 'HKD'],
  ['singapore', 'SGD'],
  ['singaporean', 'SGD'],
  ['taiwan', 'TWD'],
  ['taiwanese', 'TWD'],
  ['us', 'USD'],
  ['u.s.', 'USD'],
  ['american', 'USD'],
]);

/**
 * Words before a bare "38m" or "5bn" that tie it to the amount of money before it in the
 * sentence: "77m euros ..., up from 38m" (English; see inheritCurrency in 03-unit).
 */
export const CURRENCY_INHERIT_AFTER: ReadonlySet<string> = new Set(['from', 'to', 'against']);
