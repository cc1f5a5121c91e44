// The lines of the plain flowchart subset (flowchart-subset.ts), token by token: ids, labels, links, styling.
// Each reader returns null (or false) for anything Mermaid's lexer might read otherwise; then Mermaid reads the chart.
export const HEADER = /^\s*(?:graph|flowchart)[ \t]+(?:TD|TB|LR|RL|BT)[ \t]*;?$/;
const ID = /^[A-Za-z][A-Za-z0-9_]*$/;
/** Words Mermaid's lexer reads as keywords where an id may start (case aside): never taken as ids here. */
const KEYWORD =
  /^(?:end|subgraph|graph|flowchart|style|linkstyle|classdef|class|click|call|href|default|interpolate|direction|acc|td|tb|lr|rl|bt)/i;
/** A lone `o` or `x` (a link's circle or cross end). */
const LINK_END = /^[ox](?![A-Za-z])/;
/** Label characters that mean nothing to Mermaid's lexer inside brackets; no dash pair, which would be a link. */
const TEXT = /^(?:[\p{L}\p{N}\p{Extended_Pictographic}\u2190-\u21ff .,:/_+'?!@=#-]|\ufe0f)*$/u;
const LINKISH = /--|-[.>]|[.<]-/;
/** Inside double quotes, anything but what Mermaid's sanitizer or entity codes would change. */
const QUOTED = /^[^"`<>]*$/;
/** What Mermaid encodes before it parses (`#35;`). */
const ENTITY_CODE = /#\w*;/;
/** Bracket pairs of the node shapes read, longest opening first. */
const SHAPES: readonly (readonly [string, string])[] = [
  ['((', '))'],
  ['([', '])'],
  ['[(', ')]'],
  ['[[', ']]'],
  ['{{', '}}'],
  ['[', ']'],
  ['(', ')'],
  ['{', '}'],
];
const ARROWS: Readonly<Record<string, readonly [string, string]>> = {
  '-->': ['arrow_point', 'normal'],
  '--->': ['arrow_point', 'normal'],
  '---': ['arrow_open', 'normal'],
  '-.->': ['arrow_point', 'dotted'],
  '-.-': ['arrow_open', 'dotted'],
  '==>': ['arrow_point', 'thick'],
  '===': ['arrow_open', 'thick'],
  '<-->': ['double_arrow_point', 'normal'],
};

export const isId = (s: string): boolean => ID.test(s) && !KEYWORD.test(s) && !LINK_END.test(s);
/** A word of a subgraph title written without an id ("Web Infrastructure for www.foobar.com"). */
export const isTitleWord = (s: string): boolean =>
  /^[\p{L}\p{N}][\p{L}\p{N}.:/]*$/u.test(s) && !KEYWORD.test(s);
/** Line breaks, the one tag read: Mermaid (under Node's DOM) keeps them as written. */
const BREAK = /<br ?\/?>/gi;
export const isText = (s: string): boolean => {
  const t = s.replace(BREAK, ' ');
  // A dash at either end would open or close an ellipse (`(-`, `-)`).
  const ends = /^-|-$/.test(s.trim());
  return TEXT.test(t) && !LINKISH.test(t) && !ENTITY_CODE.test(s) && !ends && s.trim() !== '';
};
const isQuoted = (s: string): boolean =>
  QUOTED.test(s.replace(BREAK, ' ')) && !ENTITY_CODE.test(s) && s.trim() !== '';

/** A label as written, unquoted or in double quotes: its text as Mermaid keeps it, or null. */
export function labelOf(quoted: string | undefined, plain: string | undefined): string | null {
  if (quoted !== undefined) return isQuoted(quoted) ? quoted.trim() : null;
  return plain !== undefined && isText(plain) ? plain.trim() : null;
}

/** An id, maybe with a bracketed label, quoted or not; which brackets pair is checked against SHAPES. */
const NODE =
  /([A-Za-z][A-Za-z0-9_]*)(?:(\(\(|\(\[|\[\(|\[\[|\{\{|\[|\(|\{)(?:"([^"]*)"|([^[\]{}()|"]*?))(\)\)|\]\)|\)\]|\]\]|\}\}|\]|\)|\}))?/y;
/** An arrow, maybe labelled (`-->|label|`, `-- label -->`), with the spaces around it. */
const LINK =
  /[ \t]*(?:(<--|--|-\.|==)(?:[ \t]*"([^"]*)"[ \t]*|[ \t]+([^-.=|"]+?)[ \t]+)(-->|---|\.->|\.-|==>|===)|([-.=<>]+)(?:\|(?:"([^"]*)"|([^|"]*))\|)?)[ \t]*/y;
const AMP = /[ \t]*&[ \t]*/y;
/** What a labelled link's two halves (`-- label -->`) write as one arrow. */
const HALVES: Readonly<Record<string, string>> = {
  '-- -->': '-->',
  '<-- -->': '<-->',
  '-- ---': '---',
  '-. .->': '-.->',
  '-. .-': '-.-',
  '== ==>': '==>',
  '== ===': '===',
};

export interface Node {
  readonly id: string;
  readonly text?: string;
  readonly end: number;
}

/** The node at `at` of the line: its id, label and end, or null. */
export function readNode(line: string, at: number): Node | null {
  NODE.lastIndex = at;
  const m = NODE.exec(line);
  const id = m?.[1];
  if (!m || id === undefined || !isId(id)) return null;
  const end = at + m[0].length;
  if (m[2] === undefined) return { id, end };
  const pair = SHAPES.find(([open, close]) => open === m[2] && close === m[5]);
  const text = labelOf(m[3], m[4]);
  return pair && text !== null ? { id, text, end } : null;
}

/** Nodes joined by `&` from `at`, or null. */
export function readGroup(line: string, at: number): Node[] | null {
  const first = readNode(line, at);
  if (!first) return null;
  const group = [first];
  for (;;) {
    AMP.lastIndex = group[group.length - 1]?.end ?? at;
    const amp = AMP.exec(line);
    if (!amp) return group;
    const next = readNode(line, AMP.lastIndex);
    if (!next) return null;
    group.push(next);
  }
}

/** The link at `at`: Mermaid's edge type and stroke, its label, and where the next node starts; or null. */
export function readLink(
  line: string,
  at: number,
): { arrow: readonly [string, string]; label: string; end: number } | null {
  LINK.lastIndex = at;
  const m = LINK.exec(line);
  if (!m) return null;
  const written = m[5] ?? HALVES[`${m[1] ?? ''} ${m[4] ?? ''}`];
  const arrow = written === undefined ? undefined : ARROWS[written];
  const labelled = m[1] !== undefined || m[6] !== undefined || m[7] !== undefined;
  const label = labelled ? labelOf(m[2] ?? m[6], m[3] ?? m[7]) : '';
  const end = at + m[0].length;
  // `A ===oB` is a link ending in a circle to B: an `o` or `x` right after a link is left to Mermaid.
  if (/[^ \t|]$/.test(m[0]) && /^[oxOX]/.test(line.slice(end))) return null;
  return arrow && label !== null ? { arrow, label, end } : null;
}

const STYLES = '[\\w#:,.%-]+';
const CLASS_DEF = new RegExp(`^classDef[ \\t]+[A-Za-z_][\\w-]*[ \\t]+${STYLES}$`);
const CLASS = /^class[ \t]+([\w,]+)[ \t]+[A-Za-z_]\w*$/;
const STYLE = new RegExp(`^style[ \\t]+(\\w+)[ \\t]+${STYLES}$`);

/**
 * A styling line: '' for `classDef` and `class` (nothing drawn), the id for `style` (Mermaid adds the node
 * if it is new); null for any other line, false for a styling line outside the subset.
 */
export function styling(line: string): string | false | null {
  if (!/^(?:classDef|class|style)[ \t]/.test(line)) return null;
  if (CLASS_DEF.test(line)) return '';
  const cls = CLASS.exec(line);
  if (cls) return (cls[1] ?? '').split(',').every(isId) ? '' : false;
  const id = STYLE.exec(line)?.[1];
  return id !== undefined && isId(id) ? id : false;
}
