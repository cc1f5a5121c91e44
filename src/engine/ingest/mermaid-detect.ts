// Recognises Mermaid by its header line, and finds where a diagram with no closing fence ends.

const HEADERS = [
  'sequenceDiagram',
  'classDiagram-v2',
  'classDiagram',
  'stateDiagram-v2',
  'stateDiagram',
  'erDiagram',
  'journey',
  'gantt',
  'pie',
  'quadrantChart',
  'requirementDiagram',
  'gitGraph',
  'C4Context',
  'C4Container',
  'C4Component',
  'C4Dynamic',
  'C4Deployment',
  'mindmap',
  'timeline',
  'sankey-beta',
  'xychart-beta',
  'block-beta',
  'packet-beta',
  'architecture-beta',
  'zenuml',
  'kanban',
  'radar-beta',
  'treemap-beta',
];

const FLOW_HEADER = /^\s*(graph|flowchart)(\s+(TB|TD|BT|RL|LR)\b.*|\s*;?\s*)$/i;
const OTHER_HEADER = new RegExp(`^\\s*(${HEADERS.join('|')})(?![\\w-])(\\s.*|;.*)?$`);
const DIRECTIVE = /^\s*%%/;
const HEADING = /^\s{0,3}#{1,6}(\s|$)/;
const FENCE_LINE = /^\s*(`{3,}|~{3,}|'{3,})/;
const HTML_CLOSE = /^\s*<\/[a-z]/i;
const THEMATIC_BREAK = /^\s{0,3}((\*\s*){3,}|(-\s*){3,}|(_\s*){3,})$/;

const STRICT_FLOW_HEADER = /^\s*(graph|flowchart)\s+(TB|TD|BT|RL|LR)\s*;?\s*$/;

/**
 * Whether a line is a Mermaid diagram header (`graph TD`, `flowchart LR;`, `sequenceDiagram`, ...).
 * `strict` (for text outside any fence) asks for a lower-case `graph`/`flowchart` with a direction.
 */
export function isMermaidHeader(line: string, strict = false): boolean {
  return (strict ? STRICT_FLOW_HEADER : FLOW_HEADER).test(line) || OTHER_HEADER.test(line);
}

/** Whether a line is a Mermaid comment or directive (`%% note`, `%%{init: ...}%%`). */
export function isMermaidDirective(line: string): boolean {
  return DIRECTIVE.test(line);
}

/**
 * Index of the header line when `lines[from..]` starts (after blank lines, `%%` lines and a
 * `---` front-matter block) with a Mermaid header; -1 otherwise.
 */
export function mermaidHeaderIndex(lines: readonly string[], from: number, to: number): number {
  let i = from;
  while (i < to && ((lines[i] ?? '').trim() === '' || isMermaidDirective(lines[i] ?? ''))) i += 1;
  if (i < to && (lines[i] ?? '').trim() === '---') {
    let j = i + 1;
    while (j < to && (lines[j] ?? '').trim() !== '---') j += 1;
    if (j < to) i = j + 1;
    while (i < to && ((lines[i] ?? '').trim() === '' || isMermaidDirective(lines[i] ?? ''))) i += 1;
  }
  return i < to && isMermaidHeader(lines[i] ?? '') ? i : -1;
}

export function isHeading(line: string): boolean {
  return HEADING.test(line);
}

const MERMAID_TOKENS = /-->|---|==>|-\.-|->>|-\)|--x|--o|:::|[[\]{}|]|\(\(|\w\(/;
const MERMAID_KEYWORDS =
  /^\s*(participant|actor|note|loop|alt|else|opt|par|and|end|subgraph|style|classDef|class|click|linkStyle|direction|rect|critical|break|activate|deactivate|autonumber|title|accTitle|accDescr|service|group|junction|section|state|box)\b/i;

/** A line that reads as Markdown prose rather than a diagram statement. */
export function looksLikeProse(line: string): boolean {
  const t = line.trim();
  if (t === '') return false;
  if (isHeading(line) || THEMATIC_BREAK.test(line)) return true;
  if (/^([-*+]|\d+[.)])\s+\S/.test(t)) return true;
  if (
    /^!?\[[^\]]*\]\(/.test(t) ||
    /^\*\*/.test(t) ||
    /^<\/?[a-z][\w-]*[\s>/]/i.test(t) ||
    /^>\s/.test(t)
  )
    return true;
  if (MERMAID_KEYWORDS.test(t) || MERMAID_TOKENS.test(t)) return false;
  const words = t.split(/\s+/).length;
  return words >= 4 && (/[.!?:]$/.test(t) || words >= 8);
}

/**
 * End (exclusive index) of a Mermaid diagram that has no closing fence, scanning from `from` (the
 * line after its header): it stops at a Markdown heading, a fence line, another diagram's header,
 * an HTML closing tag, or a blank line followed by prose.
 */
export function mermaidRunEnd(lines: readonly string[], from: number, limit: number): number {
  for (let i = from; i < limit; i += 1) {
    const line = lines[i] ?? '';
    if (isHeading(line) || FENCE_LINE.test(line) || isMermaidHeader(line)) return i;
    // `</pre>`, `</div>`: the end of an HTML block holding the diagram (no Mermaid statement starts with `</`).
    if (HTML_CLOSE.test(line)) return i;
    if (line.trim() !== '') continue;
    let k = i + 1;
    while (k < limit && (lines[k] ?? '').trim() === '') k += 1;
    if (k < limit && (looksLikeProse(lines[k] ?? '') || FENCE_LINE.test(lines[k] ?? ''))) return i;
  }
  return limit;
}
