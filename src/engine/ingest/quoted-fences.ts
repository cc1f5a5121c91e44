// A fenced block inside a Markdown blockquote ("> ```mermaid"): its quote markers go, so the block reads as any other.

const QUOTED = /^ {0,3}>/;
const QUOTED_FENCE = /^ {0,3}>(?: {0,3}>)* ?\s*(?:`{3,}|~{3,})/;
/** The quote markers at the start of a line: ">", "> >", "  > " (one optional space after the last). */
const MARKERS = /^ {0,3}>(?: {0,3}>)* ?/;

/**
 * The lines with the quote markers removed from every run of quoted lines that holds a fence; other lines
 * (quoted prose included) unchanged. Same number of lines, so line numbers stay those of the file.
 */
export function unquoteFencedQuotes(lines: readonly string[]): string[] {
  const out = [...lines];
  let i = 0;
  while (i < out.length) {
    if (!QUOTED.test(out[i] ?? '')) {
      i += 1;
      continue;
    }
    let end = i;
    while (end < out.length && QUOTED.test(out[end] ?? '')) end += 1;
    if (out.slice(i, end).some((l) => QUOTED_FENCE.test(l))) {
      for (let k = i; k < end; k += 1) out[k] = (out[k] ?? '').replace(MARKERS, '');
    }
    i = end;
  }
  return out;
}
