// Makes submission-derived text safe to show: no terminal escapes, control characters or bidi overrides.

/**
 * Terminal escape sequences, removed whole so no parameters are left behind:
 * CSI (ESC [ or U+009B), OSC (ESC ], up to BEL or ST), DCS/SOS/PM/APC (up to ST),
 * character-set designations (ESC ( B and kin) and single-character escapes.
 */
const ESCAPE_SEQUENCE = new RegExp(
  [
    '(?:\\u001b\\[|\\u009b)[0-?]*[ -/]*[@-~]?',
    '\\u001b\\][^\\u0007\\u001b\\u009c]*(?:\\u0007|\\u001b\\\\|\\u009c)?',
    '\\u001b[PX^_][^\\u001b\\u009c]*(?:\\u001b\\\\|\\u009c)?',
    '\\u001b[ -/]+[0-~]?',
    '\\u001b[0-~]?',
  ].join('|'),
  'g',
);

/** C0 and C1 controls and DEL, except the line feed (line breaks are handled separately). */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g;

/**
 * Invisible formatting that can reorder or hide what a reader sees: bidi embeddings, overrides,
 * isolates and marks, the BOM, interlinear annotations and Unicode tag characters.
 */
const INVISIBLE =
  /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff\ufff9-\ufffb\u{e0000}-\u{e007f}]/gu;

/** A surrogate without its partner: not valid UTF-16, so not encodable as UTF-8 or XML. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * The text with escape sequences, controls and bidi overrides removed; line breaks
 * (CRLF, CR, U+2028, U+2029) become `\n` and tabs become a space. Everything else is kept.
 */
export function safeText(text: string): string {
  return text
    .replace(LONE_SURROGATE, '\ufffd')
    .replace(ESCAPE_SEQUENCE, '')
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    .replace(/\t/g, ' ')
    .replace(CONTROL, '')
    .replace(INVISIBLE, '');
}

/** `safeText` on one line: every run of whitespace, line breaks included, becomes one space. */
export function safeLine(text: string): string {
  return safeText(text).replace(/\s+/g, ' ').trim();
}
