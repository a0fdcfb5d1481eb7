/**
 * Words that make up date lines ("Updated 1:39 am EST, Wednesday, November 20, 2019",
 * "sexta-feira, 22 de outubro de 2010 às 20:13", "Posted on Maret 30, 2015"), lower-case.
 * Month and weekday names with their usual abbreviations in English, French, German, Spanish,
 * Portuguese, Italian and Indonesian, time-zone abbreviations, and the small words around them.
 */
export const MONTH_WORDS: ReadonlySet<string> = new Set(
  [
    // English
    'january february march april may june july august september october november december',
    'jan feb mar apr jun jul aug sep sept oct nov dec',
    // French
    'janvier février fevrier mars avril mai juin juillet août aout septembre octobre novembre décembre decembre janv févr avr juil déc',
    // German
    'januar februar märz maerz juni juli oktober dezember mär okt dez',
    // Spanish
    'enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre ene abr ago dic',
    // Portuguese
    'janeiro fevereiro março marco maio junho julho setembro outubro novembro dezembro fev out',
    // Italian
    'gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre gen mag giu lug set ott',
    // Indonesian
    'januari februari maret mei agustus desember agt okt des',
  ].flatMap((s) => s.split(' ')),
);

export const WEEKDAY_WORDS: ReadonlySet<string> = new Set(
  [
    'monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun',
    'lundi mardi mercredi jeudi vendredi samedi dimanche',
    'montag dienstag mittwoch donnerstag freitag samstag sonntag',
    'lunes martes miércoles miercoles jueves viernes sábado sabado domingo',
    'segunda terça terca quarta quinta sexta feira',
    'lunedì lunedi martedì martedi mercoledì mercoledi giovedì giovedi venerdì venerdi sabato domenica',
    'senin selasa rabu kamis jumat sabtu minggu',
    'today yesterday',
  ].flatMap((s) => s.split(' ')),
);

/** Small words of date lines: labels, prepositions, clock words, time zones. */
export const DATE_FILLER: ReadonlySet<string> = new Set(
  [
    // Labels: "Published", "Updated", "Posted on", "First published", "Last modified".
    'published publish posted updated update modified last first created date time on at by in of the',
    'publié publie mis à jour le la du par',
    'veröffentlicht aktualisiert am um uhr von',
    'publicado actualizado atualizado em de del el a las às as h hs',
    'pubblicato aggiornato il alle ore',
    'diterbitkan dipublikasikan diperbarui pada pukul wib wita wit',
    // Clock and relative time.
    'am pm a m p m noon midnight ago hour hours hr hrs minute minutes min mins day days week weeks',
    'st nd rd th er',
    // Time zones.
    'utc gmt bst cet cest eet eest wet est edt cst cdt mst mdt pst pdt akst hst ist jst kst aest aedt acst awst nzst nzdt sgt hkt amt msk brt art',
  ].flatMap((s) => s.split(' ')),
);
