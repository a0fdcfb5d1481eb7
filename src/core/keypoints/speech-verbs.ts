/**
 * Verbs that attribute speech. A very short sentence with one of them is the tail of a quotation
 * the splitter cut off ("“Who is Ellen Fetter?” | Rothman recalls thinking at the time."), so it
 * belongs with the sentence before it.
 */
export const SPEECH_VERBS =
  /\b(?:said|says|say|told|tells|added|adds|asked|asks|wrote|writes|recalls|recalled|explained|explains|noted|notes|stated|states|tweeted|replied|continued|insisted|argued|argues)\b/i;
