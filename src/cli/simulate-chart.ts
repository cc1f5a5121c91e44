// Small text charts for the terminal: a series as one line of block characters, scaled to its own maximum.

const BLOCKS = ' ▁▂▃▄▅▆▇█';

/** Averages `values` into at most `width` columns (nulls are left out of an average; an all-null column is blank). */
export function squeeze(values: readonly (number | null)[], width: number): (number | null)[] {
  const columns = Math.min(width, values.length);
  const out: (number | null)[] = [];
  for (let c = 0; c < columns; c += 1) {
    const from = Math.floor((c * values.length) / columns);
    const to = Math.floor(((c + 1) * values.length) / columns);
    const cell = values
      .slice(from, to)
      .filter((v): v is number => v !== null && Number.isFinite(v));
    out.push(cell.length === 0 ? null : cell.reduce((a, b) => a + b, 0) / cell.length);
  }
  return out;
}

/** One line of blocks between `min` (empty) and `max` (full); null columns print as a middle dot. */
export function sparkline(
  values: readonly (number | null)[],
  width = 60,
  min = 0,
  max?: number,
): string {
  const cols = squeeze(values, width);
  const top = max ?? Math.max(0, ...cols.filter((v): v is number => v !== null));
  return cols
    .map((v) => {
      if (v === null) return '·';
      if (top <= min) return BLOCKS[1];
      const level = Math.round(
        ((Math.min(top, Math.max(min, v)) - min) / (top - min)) * (BLOCKS.length - 1),
      );
      return BLOCKS[Math.max(v > min ? 1 : 0, level)];
    })
    .join('');
}
