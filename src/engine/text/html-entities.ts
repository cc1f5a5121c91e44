// HTML entities in learners' text (&amp; &#233; &#x2192;): the common named ones and valid code points.

const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

const ENTITY = /&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi;

/** The character an entity body ("amp", "#233", "#x2192") stands for, or null when it names none. */
function entityText(body: string): string | null {
  const named = NAMED[body.toLowerCase()];
  if (named !== undefined) return named;
  const code =
    body.startsWith('#x') || body.startsWith('#X')
      ? Number.parseInt(body.slice(2), 16)
      : body.startsWith('#')
        ? Number.parseInt(body.slice(1), 10)
        : Number.NaN;
  const valid =
    Number.isInteger(code) && code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
  return valid ? String.fromCodePoint(code) : null;
}

/** Decodes the entities of a text; one that names nothing becomes `unknown(whole)`. */
export function decodeHtmlEntities(text: string, unknown: (whole: string) => string): string {
  return text.replace(ENTITY, (whole, body: string) => entityText(body) ?? unknown(whole));
}
