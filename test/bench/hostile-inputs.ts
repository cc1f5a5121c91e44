// Hostile submissions for the budget tests and `npm run bench`: deep nesting, huge flat diagrams, huge ASCII art and prose.
import { COMPLEXITY_LIMITS as LIMITS } from '../../src/engine/ingest/complexity-limits.ts';

const MIB = 1024 * 1024;

/** Repeats `line(i)` until the text would pass `bytes`. */
function fill(bytes: number, line: (i: number) => string, head = '', tail = ''): string {
  const parts: string[] = [head];
  let size = head.length + tail.length;
  for (let i = 0; ; i += 1) {
    const next = line(i);
    if (size + next.length + 1 > bytes) break;
    parts.push(next);
    size += next.length + 1;
  }
  parts.push(tail);
  return parts.join('\n');
}

const fenced = (body: string): string =>
  `# Design\n\n\`\`\`mermaid\nflowchart TD\n${body}\n\`\`\`\n`;

export function nestedSubgraphs(depth: number): string {
  const open = Array.from(
    { length: depth },
    (_, i) => `subgraph g${i}["Server ${i}"]\nn${i}[Nginx]`,
  );
  return fenced([...open, ...Array.from({ length: depth }, () => 'end')].join('\n'));
}

export function flatSubgraphs(count: number): string {
  const body = Array.from(
    { length: count },
    (_, i) => `subgraph s${i}[Server ${i}]\nw${i}[Nginx]\nend`,
  );
  return fenced(body.join('\n'));
}

export function manyNodes(bytes = MIB): string {
  return fill(bytes - 40, (i) => `n${i}[Web server ${i}]`, '```mermaid\nflowchart TD', '```');
}

/** `count` node statements, one per line. */
export function nodeLines(count: number): string {
  return fenced(Array.from({ length: count }, (_, i) => `n${i}[Web server ${i}]`).join('\n'));
}

/** A chain of `count` edges, one per line. */
export function edgeChain(count: number): string {
  return fenced(Array.from({ length: count }, (_, i) => `c${i} --> c${i + 1}`).join('\n'));
}

export function manyEdges(bytes = MIB): string {
  return fill(
    bytes - 40,
    (i) => `a${i % 50} --> b${(i * 7) % 50}`,
    '```mermaid\nflowchart TD',
    '```',
  );
}

export function longChain(bytes = MIB): string {
  return fill(bytes - 40, (i) => `c${i} --> c${i + 1}`, '```mermaid\nflowchart LR', '```');
}

export function mermaidOneLine(bytes = MIB): string {
  const statements: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes - 60; i += 1) {
    const s = `x${i}-->x${i + 1};`;
    statements.push(s);
    size += s.length;
  }
  return `\`\`\`mermaid\nflowchart LR;${statements.join('')}\n\`\`\`\n`;
}

export function asciiArt(bytes = MIB): string {
  const row = (i: number): string =>
    i % 3 === 1
      ? '| Server |---->| Nginx  |    '.repeat(8)
      : '+--------+     +--------+    '.repeat(8);
  return fill(bytes - 10, row, '```', '```');
}

/** One box as large as `bytes` allows: a square of spaces inside `+---+` borders. */
export function asciiGiantBox(bytes = MIB): string {
  const side = Math.floor(Math.sqrt(bytes)) - 4;
  const rule = `+${'-'.repeat(side)}+`;
  const inside = `|${' '.repeat(side)}|`;
  return ['```', rule, ...Array.from({ length: side - 4 }, () => inside), rule, '```'].join('\n');
}

/** Three rows of boxes side by side, each row a third of `bytes`. */
export function asciiWideRow(bytes = MIB): string {
  const n = Math.floor((bytes - 20) / 15);
  return ['```', '+--+ '.repeat(n), '|ab|-'.repeat(n), '+--+ '.repeat(n), '```'].join('\n');
}

/** `count` small Mermaid diagrams (a load balancer and two servers each), or as many as fill `bytes`. */
export function manyDiagrams(count: number): string {
  const block = (i: number): string =>
    `\`\`\`mermaid\nflowchart TD\n  lb${i}[HAProxy] --> s${i}a[Server A]\n  lb${i} --> s${i}b[Server B]\n\`\`\`\n`;
  return Array.from({ length: count }, (_, i) => block(i)).join('\n');
}

export function prose(bytes = MIB): string {
  const sentence =
    'The load balancer sends each request to one of the two servers, and the primary database replicates to the replica. ';
  return fill(bytes, (i) => (i % 5 === 4 ? '' : sentence.repeat(3)));
}

export function manyHeadings(bytes = MIB): string {
  return fill(bytes, (i) => `## Section ${i}\n\nA server runs Nginx.`);
}

export function singleLine(bytes = MIB): string {
  return 'a'.repeat(bytes - 1);
}

export function longLabel(bytes = MIB): string {
  return `\`\`\`mermaid\nflowchart TD\n  a["${'Nginx '.repeat(Math.floor((bytes - 60) / 6))}"] --> b\n\`\`\`\n`;
}

export interface HostileCase {
  readonly name: string;
  readonly text: () => string;
}

export const HOSTILE_CASES: readonly HostileCase[] = [
  { name: 'nested subgraphs, depth 4000', text: () => nestedSubgraphs(4000) },
  { name: 'nested subgraphs, depth 8000', text: () => nestedSubgraphs(8000) },
  { name: '20,000 flat subgraphs', text: () => flatSubgraphs(20000) },
  { name: 'at the limit: nesting depth', text: () => nestedSubgraphs(LIMITS.subgraphDepth) },
  { name: 'at the limit: flat subgraphs', text: () => flatSubgraphs(LIMITS.subgraphs) },
  { name: 'at the limit: node statements', text: () => nodeLines(LIMITS.statements - 10) },
  { name: 'at the limit: chain of edges', text: () => edgeChain(LIMITS.arrows - 10) },
  { name: 'at the limit: small diagrams', text: () => manyDiagrams(LIMITS.diagrams) },
  { name: '1 MiB of small diagrams', text: () => manyDiagrams(10000) },
  { name: '1 MiB of nodes', text: () => manyNodes() },
  { name: '1 MiB of edges (50 nodes)', text: () => manyEdges() },
  { name: '1 MiB chain of edges', text: () => longChain() },
  { name: '1 MiB Mermaid on one line', text: () => mermaidOneLine() },
  { name: '1 MiB label', text: () => longLabel() },
  { name: '1 MiB ASCII art', text: () => asciiArt() },
  { name: '1 MiB ASCII: one giant box', text: () => asciiGiantBox() },
  { name: '1 MiB ASCII: three very long rows', text: () => asciiWideRow() },
  { name: '1 MiB prose', text: () => prose() },
  { name: '1 MiB of headings', text: () => manyHeadings() },
  { name: '1 MiB single line', text: () => singleLine() },
];
