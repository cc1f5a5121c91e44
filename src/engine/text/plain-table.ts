// Plain-text tables (no outer pipes): a header row, a `-----+-----` rule whose `+` stand under the header's `|`.
const PLAIN_RULE = /^\s*-{2,}(\+-{2,})+\s*$/;

/** Columns of a plain table's rule line (`----+----`), one per `+`, or null when the line is not one. */
export function ruleColumns(rule: string): number[] | null {
  if (!PLAIN_RULE.test(rule)) return null;
  const cols: number[] = [];
  for (let c = rule.indexOf('+'); c >= 0; c = rule.indexOf('+', c + 1)) cols.push(c);
  return cols;
}

/** Whether a line has a `|` at every column. */
function onColumns(line: string, cols: readonly number[]): boolean {
  return cols.every((c) => line[c] === '|');
}

/** A row's cells, cut at the columns, trimmed. */
export function plainCells(row: string, cols: readonly number[]): string[] {
  const out: string[] = [];
  let from = 0;
  for (const c of cols) {
    out.push(row.slice(from, c).trim());
    from = c + 1;
  }
  out.push(row.slice(from).trim());
  return out;
}

/**
 * The end (exclusive) of a plain table whose header is line `i`: the rule under it, then the rows that keep
 * a `|` on every column; null when line `i` heads none. Every header cell must hold a letter, so a drawing's
 * `|` over a `----+----` junction is not a table.
 */
export function plainTableEnd(lines: readonly string[], i: number): number | null {
  const cols = ruleColumns(lines[i + 1] ?? '');
  const head = lines[i] ?? '';
  if (!cols || !onColumns(head, cols)) return null;
  if (!plainCells(head, cols).every((cell) => /\p{L}/u.test(cell))) return null;
  let j = i + 2;
  while (j < lines.length && (lines[j] ?? '').trim() !== '' && onColumns(lines[j] ?? '', cols))
    j += 1;
  return j;
}
