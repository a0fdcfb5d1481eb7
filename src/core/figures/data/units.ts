/**
 * Units of measure read after a number, as written (lower case) -> the unit Lede reports and the
 * kind of quantity. Attached ("12GB", "2.3Ghz", "3.5mm", "60FPS"), spaced ("26.6 megabytes") or
 * hyphenated ("40-foot-tall", "30-minute", "50-inches") all work: the word is looked up alone.
 * Words that are also common English words are left out ("in" for inches, "m" for metres,
 * "l" for litres): they are read only in the longer forms.
 */
export type UnitKind = 'measure' | 'duration' | 'data' | 'temperature' | 'speed';

export interface Unit {
  unit: string;
  kind: UnitKind;
}

const ROWS: ReadonlyArray<readonly [forms: string, unit: string, kind: UnitKind]> = [
  // Distance and length.
  ['km kms kilometre kilometres kilometer kilometers', 'km', 'measure'],
  ['mile miles mi', 'mi', 'measure'],
  ['metre metres meter meters', 'm', 'measure'],
  ['cm centimetre centimetres centimeter centimeters', 'cm', 'measure'],
  ['mm millimetre millimetres millimeter millimeters', 'mm', 'measure'],
  ['foot feet ft', 'ft', 'measure'], // "eight feet", "40-foot-tall"
  ['inch inches', 'in', 'measure'], // "50-inches"; never "in" alone
  ['yard yards yd', 'yd', 'measure'],
  ['light-years light-year', 'light-years', 'measure'],
  ['nautical', 'nmi', 'measure'],
  // Area.
  ['acre acres', 'acres', 'measure'],
  ['hectare hectares ha', 'ha', 'measure'],
  ['km² km2', 'km²', 'measure'],
  ['m² m2', 'm²', 'measure'],
  // Mass.
  ['kg kgs kilogram kilograms kilogramme kilogrammes kilo kilos', 'kg', 'measure'],
  ['g gram grams gramme grammes', 'g', 'measure'],
  ['mg milligram milligrams', 'mg', 'measure'],
  ['tonne tonnes ton tons t', 't', 'measure'], // "2.5 metric tons": "metric" is skipped before
  ['pound pounds lb lbs', 'lb', 'measure'], // weight; money in pounds is written "£"
  ['ounce ounces oz', 'oz', 'measure'],
  // Volume.
  ['litre litres liter liters', 'L', 'measure'],
  ['ml millilitre millilitres milliliter milliliters', 'mL', 'measure'],
  ['gallon gallons', 'gal', 'measure'],
  ['barrel barrels bbl', 'barrels', 'measure'],
  // Speed.
  ['mph', 'mph', 'speed'],
  ['km/h kph kmh', 'km/h', 'speed'],
  ['knot knots', 'kn', 'speed'],
  // Temperature ("°C" is matched as a sign, see 03-unit).
  ['°c', '°C', 'temperature'],
  ['°f', '°F', 'temperature'],
  ['°', '°', 'temperature'],
  ['celsius', '°C', 'temperature'],
  ['fahrenheit', '°F', 'temperature'],
  // Energy and power.
  ['w watt watts', 'W', 'measure'],
  ['kw kilowatt kilowatts', 'kW', 'measure'],
  ['mw megawatt megawatts', 'MW', 'measure'],
  ['gw gigawatt gigawatts', 'GW', 'measure'],
  ['tw terawatt terawatts', 'TW', 'measure'],
  ['hp bhp horsepower', 'hp', 'measure'], // "355 horsepower", "300 kW (402 hp)"
  ['kwh', 'kWh', 'measure'],
  ['mwh', 'MWh', 'measure'],
  ['gwh', 'GWh', 'measure'],
  ['twh', 'TWh', 'measure'],
  ['mah', 'mAh', 'measure'],
  ['v volt volts', 'V', 'measure'],
  ['calories calorie kcal', 'kcal', 'measure'],
  ['db decibels', 'dB', 'measure'],
  ['magnitude', 'magnitude', 'measure'], // "a 5.8-magnitude quake"; before the number, see below
  // Data, computing and screens.
  ['kb kilobyte kilobytes', 'KB', 'data'],
  ['mb megabyte megabytes meg megs', 'MB', 'data'],
  ['gb gigabyte gigabytes gig gigs', 'GB', 'data'],
  ['tb terabyte terabytes', 'TB', 'data'],
  ['pb petabyte petabytes', 'PB', 'data'],
  ['kbps', 'kbps', 'data'],
  ['mbps', 'Mbps', 'data'],
  ['gbps', 'Gbps', 'data'],
  ['hz hertz', 'Hz', 'measure'],
  ['khz', 'kHz', 'measure'],
  ['mhz megahertz', 'MHz', 'measure'],
  ['ghz gigahertz', 'GHz', 'measure'],
  ['teraflops tflops', 'teraflops', 'measure'],
  ['petaflops', 'petaflops', 'measure'],
  ['megapixels megapixel mp', 'megapixels', 'measure'],
  ['pixels pixel px', 'pixels', 'measure'],
  ['fps', 'fps', 'measure'],
  ['nm nanometre nanometres nanometer nanometers', 'nm', 'measure'],
  // Durations: reported as the plural word.
  ['second seconds sec secs', 'seconds', 'duration'],
  ['minute minutes min mins', 'minutes', 'duration'],
  ['hour hours hr hrs', 'hours', 'duration'],
  ['day days', 'days', 'duration'],
  ['week weeks', 'weeks', 'duration'],
  ['fortnight fortnights', 'fortnights', 'duration'],
  ['month months', 'months', 'duration'],
  ['year years yr yrs', 'years', 'duration'],
  ['decade decades', 'decades', 'duration'],
  ['century centuries', 'centuries', 'duration'],
  // Measures in the other corpus languages (forms that differ from the English ones).
  ['kilometern kilómetros kilómetro quilômetros quilômetro kilometrů kilometry', 'km', 'measure'],
  ['metern metros metrů', 'm', 'measure'],
  ['tonnen toneladas tonelada tun tuny', 't', 'measure'],
  ['kilogramm kilogramos quilos kilogramů', 'kg', 'measure'],
  ['litros litrů', 'L', 'measure'],
  ['degrés grados graus stupňů', '°', 'temperature'], // not German "Grad": "5 grad students"
  // Durations in the other corpus languages.
  ['jahre jahren monate monaten tage tagen wochen stunden minuten', '', 'duration'],
  ['ans années mois jours semaines heures', '', 'duration'],
  ['años meses días semanas horas minutos', '', 'duration'],
  ['anos meses dias semanas horas', '', 'duration'],
  ['let roky roků měsíců měsíce dní dnů týdnů hodin minut', '', 'duration'],
];

/** Unit by lower-case word. An empty `unit` in a row means "report the word as written". */
export const UNITS: ReadonlyMap<string, Unit> = (() => {
  const map = new Map<string, Unit>();
  for (const [forms, unit, kind] of ROWS) {
    for (const form of forms.split(' ')) map.set(form, { unit: unit || form, kind });
  }
  return map;
})();

/**
 * Words skipped between a number and its unit or noun: "2.5 metric tons", "190 square
 * kilometres", "two more years", "three additional staff", "five consecutive days", "four other
 * fixes".
 */
export const UNIT_FILLERS: ReadonlySet<string> = new Set([
  'metric',
  'short',
  'cubic',
  'square',
  'more',
  'additional',
  'extra',
  'further',
  'consecutive',
  'straight',
  'full',
  'other', // "Four other important fixes", "two other hospitals"
]);

/** Per-time rates after "times": "three times a week" -> "times a week". */
export const RATE_PERIODS: ReadonlySet<string> = new Set([
  'second',
  'minute',
  'hour',
  'day',
  'week',
  'month',
  'year',
]);

/**
 * Units of time that "one" makes a moment of a story rather than a length: "one day it did
 * something really strange", "perhaps one day even grow" (some day). Other lengths after "one"
 * are measured: "one month after the report" (foxnews), "The candidates will debate in one week"
 * (apnews), "for one second" (blind 9's newyorker). Units as 03-unit writes them.
 */
export const ONE_STORY_TIMES: ReadonlySet<string> = new Set(['days']);

/** Units that "one" makes an idiom more often than a measure: "one foot in the door", "not one inch". */
export const ONE_IDIOM_UNITS: ReadonlySet<string> = new Set(['ft', 'in']);

/**
 * Units written before the number (lower case): "The Washington Monument developed a crack from
 * the magnitude-5.8 quake", "a magnitude 7.1 earthquake". Only the earthquake scale: "size 10"
 * or "level 3" name a step of a scale, not an amount.
 */
export const UNITS_BEFORE: ReadonlyMap<string, Unit> = new Map([
  ['magnitude', { unit: 'magnitude', kind: 'measure' }],
]);
