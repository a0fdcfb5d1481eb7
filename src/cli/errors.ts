/**
 * Every way an input can fail, with the code the JSON output carries and the words a person
 * reads. One table so the README, the CLI and the tests agree.
 */
export const INPUT_ERRORS = {
  not_found: 'No such file.',
  unreadable: 'The file could not be read.',
  unsupported_type:
    'Not a supported input: give an .html, .htm, .html.gz or .txt file, or an http(s) URL.',
  bad_gzip: 'The .gz file is not valid gzip data.',
  too_large: 'The input is larger than the 50 MB limit.',
  fetch_failed: 'The URL could not be fetched.',
  http_error: 'The server answered with an error status.',
  not_html: 'The URL is not an HTML or text page.',
  timeout: 'Fetching the URL took longer than 20 s.',
  no_article: 'No article text was found on the page.',
  internal: 'Lede failed unexpectedly on this input; please report it.',
} as const;

export type InputErrorCode = keyof typeof INPUT_ERRORS;

export class InputError extends Error {
  constructor(
    readonly code: InputErrorCode,
    detail?: string,
  ) {
    super(detail ? `${INPUT_ERRORS[code]} ${detail}` : INPUT_ERRORS[code]);
  }
}

/** Thrown for a bad command line; the CLI prints usage and exits 2. */
export class UsageError extends Error {}
