// Repairs of learners' flowchart edges: a one-dash arrow (A -> B, A → B, A <-> B) and an edge label holding parentheses.
import { LABEL_SPANS } from './diagram-lines.ts';
import { headerKind } from './header-kind.ts';
import type { RepairedText } from './mermaid-repair.ts';

/** A one-dash arrow, both ways or one way, or an arrow character, between two parts of a statement. */
const SHORT_ARROW = /(^|[^-=.<>])(<->|->|[\u2192\u27f6\u279c\u2794])(?![->])/g;
/** An edge label between pipes that holds parentheses or quotes and is not already a quoted string. */
const PIPE_LABEL = /\|(?!")([^|\n]*[()"][^|\n]*)\|/g;

/** Each line of a flowchart, with what `fix` returns for it (null: unchanged), and the repairs it made. */
function eachLine(
  text: string,
  fix: (line: string) => string | null,
  description: (line: string) => string,
): RepairedText {
  if (headerKind(text) !== 'flowchart') return { text, repairs: [] };
  const repairs: { line: number; description: string }[] = [];
  const lines = text.split('\n').map((line, index) => {
    if (line.trimStart().startsWith('%%')) return line;
    const fixed = fix(line);
    if (fixed === null || fixed === line) return line;
    repairs.push({ line: index + 1, description: description(line.trim()) });
    return fixed;
  });
  return { text: lines.join('\n'), repairs };
}

/** `A -> B` (and `A → B`, `A <-> B`) written as Mermaid's `A --> B` (`A <--> B`); labels are left as written. */
export function lengthenArrows(text: string): RepairedText {
  return eachLine(
    text,
    (line) => {
      const spans: string[] = [];
      // Labels and quoted strings are set aside (as \uE000<n>\uE000) so an arrow inside one ("www -> 8.8.8.8") stays text.
      const masked = line.replace(LABEL_SPANS, (m) => `\uE000${spans.push(m) - 1}\uE000`);
      const fixed = masked.replace(SHORT_ARROW, (_m, before: string, arrow: string) =>
        arrow === '<->' ? `${before}<-->` : `${before}-->`,
      );
      if (fixed === masked) return null;
      return fixed.replace(/\uE000(\d+)\uE000/g, (_m, n: string) => spans[Number(n)] ?? '');
    },
    (line) => `wrote the arrow of "${line}" as --> : Mermaid's arrows have two dashes`,
  );
}

/** `A -->|HTTPS (443)| B` written with the label quoted: `A -->|"HTTPS (443)"| B`. */
export function quoteEdgeLabels(text: string): RepairedText {
  return eachLine(
    text,
    (line) =>
      line.replace(PIPE_LABEL, (_m, label: string) => `|"${label.replace(/"/g, '#quot;')}"|`),
    (line) => `quoted the edge label of "${line}": parentheses in a label must be inside "..."`,
  );
}
