// The label of an ASCII box from its text rows: a name over a list reads as a Mermaid label would.

const BULLET = /^(?:[-*+\u2022\u25aa\u25e6]|\d{1,2}[.)])\s+/;
/** A row ending in a word that cannot end a name (of, de, the...): the name goes on in the next row. */
const JOINER = /\s(?:of|the|for|and|to|de|del|la|le|les|du|des|d'|y|et|e)$/i;

/** Rows a bracketed name may wrap over. */
const BRACKET_ROWS = 3;

const unclosedBracket = (row: string): boolean => row.lastIndexOf('[') > row.lastIndexOf(']');

/**
 * The text rows of a box drawn with bracketed names: a name whose bracket opens on one row and closes on one of
 * the next two ("[Monitoring" over "client 1]") is one row; then the brackets are dropped.
 */
export function unbracketRows(rows: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < rows.length; i += 1) {
    let row = rows[i] ?? '';
    if (unclosedBracket(row)) {
      const rest = rows.slice(i + 1, i + BRACKET_ROWS);
      const close = rest.findIndex((r) => r.includes(']'));
      if (close >= 0 && !rest.slice(0, close + 1).some((r) => r.includes('['))) {
        row = [row, ...rest.slice(0, close + 1)].join(' ');
        i += close + 1;
      }
    }
    out.push(row.replace(/[[\]]/g, ' ').replace(/\s+/g, ' ').trim());
  }
  return out;
}

/**
 * The label of a box from its text rows. A box with a name on its first row and a list under it ("Server 1",
 * "- Nginx", "- MySQL") says what it runs: "Server 1 (Nginx, MySQL)", as a Mermaid label would write it.
 */
export function boxLabel(rows: readonly string[]): string {
  // A name broken over rows after a joining word ("Servidor de" / "aplicaciones") is one name.
  const joined: string[] = [];
  for (const row of rows) {
    const last = joined.length - 1;
    if (last >= 0 && JOINER.test(joined[last] ?? '')) joined[last] = `${joined[last] ?? ''} ${row}`;
    else joined.push(row);
  }
  const [first, ...rest] = joined;
  if (first === undefined) return '';
  if (rest.length === 0 || /[()[\]]/.test(first)) return joined.join(' ');
  const items = rest.map((r) => r.replace(BULLET, ''));
  const whole = items.join(' ');
  if (/^\(.*\)$/.test(whole)) return `${first} ${whole}`;
  return `${first} (${items.join(', ')})`;
}
