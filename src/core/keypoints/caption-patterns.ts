/**
 * Photo captions and credits that the extractor left as paragraphs. A block whose text matches
 * one of these is a caption as a whole: "Israeli Prime Minister Benjamin Netanyahu reacts as he
 * visits the Western Wall... (Thomas Coex/AFP/Getty Images)" is two sentences, and the first is
 * a caption only because of the second.
 */

/**
 * A credit in parentheses ending the block: "(Reuters)", "(John Minchillo / AP)",
 * "(Oleg Urusov/ Roscosmos Space Agency Press Service photo via AP)". A slash counts only between
 * letters, as in name/agency: "(24/7)." ends a sentence, not a caption.
 */
export const TRAILING_CREDIT =
  /\((?:[^()]{0,80}\p{L}\s?\/\s?\p{L}[^()]{0,80}|\s*(?:AP|AFP|Reuters|Getty Images|EPA|Bloomberg|PA|Supplied|File)\s*|[^()]{0,80}\b(?:photo|photograph|picture|image)\b[^()]{0,80})\)\.?$/iu;

/** A credit line: "Source: Supplied", "Picture credit: Alibaba", "Photo: Jane Doe". */
export const CREDIT_LINE =
  /(?:^|\.\s)(?:source|credit|credits|photo|photograph|picture|picture credit|image|illustration|video)\s*:\s*[^.]{1,60}$/i;

/** Caption phrasing: "In this photo dated Tuesday, ...", "This image shows ...". */
export const CAPTION_OPENING =
  /^(?:in this (?:file )?(?:photo|image|picture|handout|still|screenshot)|(?:this|the) (?:photo|image|picture) (?:shows|taken))\b/i;

/** Agencies and picture libraries whose name marks a credit ("JIM WATSON/AFP/Getty Images"). */
export const PICTURE_AGENCY = /\b(?:Getty Images|Shutterstock|iStock|Alamy)\b/;
