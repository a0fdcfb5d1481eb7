/**
 * Month names and abbreviations in the corpus languages, lower case, without the abbreviation's
 * full stop. A day number or a year beside one of them is a date, not a figure: "March 18",
 * "Dec. 1, 2016", "22 Dec, 2016", "mardi 5 mai", "1. ledna", "18 de março".
 */
export const MONTHS: ReadonlySet<string> = new Set(
  [
    // English.
    'january february march april may june july august september october november december',
    'jan feb mar apr jun jul aug sep sept oct nov dec',
    // German.
    'januar jänner februar märz april mai juni juli august september oktober november dezember',
    // French.
    'janvier février fevrier mars avril mai juin juillet août aout septembre octobre novembre décembre',
    'janv févr avr juil sept déc',
    // Spanish.
    'enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre',
    // Portuguese.
    'janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro',
    // Czech, nominative and genitive ("1. ledna").
    'leden únor březen duben květen červen červenec srpen září říjen listopad prosinec',
    'ledna února března dubna května června července srpna října listopadu prosince',
  ]
    .join(' ')
    .split(' '),
);

/** Weekday names (a number right after one is a day of the month: "Tuesday 5", "mardi 5"). */
export const WEEKDAYS: ReadonlySet<string> = new Set(
  (
    'monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun ' +
    'montag dienstag mittwoch donnerstag freitag samstag sonntag ' +
    'lundi mardi mercredi jeudi vendredi samedi dimanche ' +
    'lunes martes miércoles jueves viernes sábado domingo ' +
    'segunda terça quarta quinta sexta sábado domingo ' +
    'pondělí úterý středa čtvrtek pátek sobota neděle'
  ).split(' '),
);

/**
 * Era marks after a year, in capitals as written: "190 A.D.", "500 BC", "300 BCE", "79 CE". The
 * number is a year, whatever its size ("the abacus, which the magazine dates at 190 A.D.").
 */
export const ERA_AFTER = /^\s?(?:A\.D\.|B\.C\.(?:E\.)?|AD|BCE?|CE)(?![A-Za-z])/;

/** Era marks before a year: "AD 79", "A.D. 410". */
export const ERA_BEFORE = /(?:^|[^A-Za-z.])(?:A\.D\.|AD)\s?$/;

/**
 * Parts of the day that make a bare number before them a clock time: "Just before 8 in the
 * morning on Monday", "until 11 at night" (see isTime).
 */
export const DAY_PARTS: ReadonlySet<string> = new Set(['morning', 'afternoon', 'evening', 'night']);
