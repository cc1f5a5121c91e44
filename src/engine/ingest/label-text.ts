// Cleans a diagram label into plain text: Mermaid entity placeholders, HTML entities, tags, icons, quotes.

const NAMED: Readonly<Record<string, string>> = {
  quot: '"',
  amp: '&',
  lt: '<',
  gt: '>',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  rarr: '→',
  larr: '←',
  harr: '↔',
  hellip: '…',
  eacute: 'é',
  egrave: 'è',
  agrave: 'à',
  ccedil: 'ç',
  ntilde: 'ñ',
};

function fromCode(code: number): string {
  return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
}

/** Mermaid stores `#quot;` as `ﬂ°quot¶ß` and `#35;` as `ﬂ°°35¶ß`; decode both, and real HTML entities. */
export function decodeEntities(text: string): string {
  return text
    .replace(/ﬂ°°(\d+)¶ß/g, (_m, n: string) => fromCode(Number(n)))
    .replace(/ﬂ°(\w+)¶ß/g, (m, name: string) => NAMED[name] ?? m)
    .replace(/&#x([0-9a-f]+);/gi, (_m, h: string) => fromCode(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_m, n: string) => fromCode(Number(n)))
    .replace(/&(\w+);/g, (m, name: string) => NAMED[name] ?? m)
    .replace(
      /#(\w+);/g,
      (m, name: string) => NAMED[name] ?? (/^\d+$/.test(name) ? fromCode(Number(name)) : m),
    );
}

/** `<br>`, a written `\n`, or a line break inside a Markdown string label. */
const LINE_BREAK = /<br\s*\/?>|\\n|\n/gi;
const BRACKET = /[()[\]{}]/;

/**
 * A label of several lines is a name over what it holds or what it is: "Server 1<br>Nginx<br>MySQL" reads as
 * "Server 1 (Nginx; MySQL)" and "HAProxy<br>SSL certificate" as "HAProxy (SSL certificate)", as a box name
 * over a list does in ASCII art. A semicolon and not a comma: a comma joins ("Primary, Replica" is a pair),
 * lines only list ("Primary" over "Read + Write" is one primary). A name holding brackets joins with spaces,
 * and so does one word over one or two lower-case ones: "Monitoring<br>agent" is a "Monitoring agent".
 */
function joinLines(text: string): string {
  const lines = text
    .split(LINE_BREAK)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const [name, ...details] = lines;
  const listed = details.map((d) => d.replace(/^\((.*)\)$/, '$1'));
  if (name === undefined || listed.length === 0 || BRACKET.test(name)) return lines.join(' ');
  // One word over one or two lower-case words goes on with the name ("Monitoring<br>agent").
  const [only, ...more] = listed;
  if (!/\s/.test(name) && only && more.length === 0 && /^\p{Ll}+(\s\p{Ll}+)?$/u.test(only))
    return `${name} ${only}`;
  return `${name} (${listed.join('; ')})`;
}

/** Plain, single-line text of a label: tags become spaces, icons and Markdown emphasis go. */
export function cleanLabel(raw: string): string {
  const decoded = joinLines(decodeEntities(raw));
  return decoded
    .replace(/<\/?[a-z][^>]*>/gi, ' ')
    .replace(/\bfa[bsr]?:fa-[\w-]+/g, ' ')
    .replace(/\*\*|__|`/g, '')
    .replace(/^\s*["']|["']\s*$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
