// A legend in a drawing ("Legend:" over "[FW] = firewall" lines) explains its symbols: it is no part of the drawing.
const LEGEND_HEAD = /^\s*(?:legend|key|l[eé]gende|leyenda)\s*:?\s*$/i;
/** One entry: a short symbol, then `=`, `:`, `-` or an arrow, then what it means. */
const ENTRY = /^\s*\S.{0,24}?\s(?:=|:|-|\u2013|\u2192|->)\s+\S/;

/** The drawing's text with its legend's lines blanked (line numbers kept); unchanged when it has none. */
export function withoutLegend(text: string): string {
  const lines = text.split('\n');
  const head = lines.findIndex((l) => LEGEND_HEAD.test(l));
  if (head < 0) return text;
  let end = head + 1;
  while (end < lines.length && ENTRY.test(lines[end] ?? '')) end += 1;
  if (end === head + 1) return text;
  return lines.map((l, i) => (i >= head && i < end ? '' : l)).join('\n');
}
