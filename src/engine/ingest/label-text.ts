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

/** Plain, single-line text of a label: tags become spaces, icons and Markdown emphasis go. */
export function cleanLabel(raw: string): string {
  const decoded = decodeEntities(raw);
  return decoded
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/<\/?[a-z][^>]*>/gi, ' ')
    .replace(/\bfa[bsr]?:fa-[\w-]+/g, ' ')
    .replace(/\*\*|__|`/g, '')
    .replace(/\\n/g, ' ')
    .replace(/^\s*["']|["']\s*$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
