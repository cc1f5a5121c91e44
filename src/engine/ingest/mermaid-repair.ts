// The common repairs of learners' Mermaid: unquoted parentheses or quotes in labels, `end` as an id, a misspelt header.

export interface Repair {
  /** 1-based line in the diagram text. */
  readonly line: number;
  readonly description: string;
}

export interface RepairedText {
  readonly text: string;
  readonly repairs: readonly Repair[];
}

// An id followed by a square-bracket label that holds ( ) or " and is not already a quoted string.
const SQUARE_LABEL = /([\p{L}\w-]+)\[(?!")([^\]\n]*[()"][^\]\n]*)\](?!\])/gu;
// An id followed by a round label that itself contains a parenthesised part: A(Load balancer (HAProxy)).
const ROUND_LABEL = /([\p{L}\w-]+)\((?![("])([^()\n]*\([^()\n]*\)[^()\n]*)\)/gu;

function quote(content: string): string {
  return `"${content.replace(/"/g, '#quot;')}"`;
}

/** Quotes every label that Mermaid's grammar cannot read unquoted; reports each line it changed. */
export function quoteLabels(text: string): RepairedText {
  const repairs: Repair[] = [];
  const lines = text.split('\n').map((line, index) => {
    if (line.trimStart().startsWith('%%')) return line;
    let changed = line.replace(SQUARE_LABEL, (_m, id: string, content: string) => {
      repairs.push({
        line: index + 1,
        description: `quoted the label of ${id}, [${content.trim()}]: parentheses or quotes in a label must be inside "..."`,
      });
      return `${id}[${quote(content)}]`;
    });
    changed = changed.replace(ROUND_LABEL, (_m, id: string, content: string) => {
      repairs.push({
        line: index + 1,
        description: `quoted the label of ${id}, (${content.trim()}): parentheses in a label must be inside "..."`,
      });
      return `${id}(${quote(content)})`;
    });
    return changed;
  });
  return { text: lines.join('\n'), repairs };
}

// `end` closes a subgraph in Mermaid, so a node called `end` (any case but `End`) breaks the diagram.
const END_ID = /(^|[\s>&-])(end)(?=\s*(-->|---|-\.|==|\[|\(|\{|$))/;

/** Renames a node written `end`, which Mermaid reads as the end of a subgraph. */
export function renameEndIds(text: string, failingLine: number): RepairedText {
  const lines = text.split('\n');
  const target = lines[failingLine - 1];
  if (target === undefined || target.trim() === 'end' || !END_ID.test(target))
    return { text, repairs: [] };
  lines[failingLine - 1] = target.replace(END_ID, '$1end_');
  const repair = {
    line: failingLine,
    description: 'renamed the node `end` to `end_`: `end` closes a subgraph in Mermaid',
  };
  return { text: lines.join('\n'), repairs: [repair] };
}

// architecture-beta writes `group id(icon)[Title]`; learners often swap them: `group id[icon](Title)`.
const SWAPPED = /^(\s*(?:group|service|junction)\s+[\w-]+)\[([^\]\n]*)\]\(([^)\n]*)\)/;

/** Swaps `[icon](Title)` back to `(icon)[Title]` in an architecture-beta diagram. */
export function swapArchitectureBrackets(text: string): RepairedText {
  if (!/^\s*architecture(-beta)?\b/.test(text)) return { text, repairs: [] };
  const repairs: Repair[] = [];
  const lines = text.split('\n').map((line, index) =>
    line.replace(SWAPPED, (_m, head: string, icon: string, title: string) => {
      repairs.push({
        line: index + 1,
        description: `wrote ${head.trim()}(${icon})[${title}]: architecture-beta puts the icon in (...) before the title in [...]`,
      });
      return `${head}(${icon})[${title}]`;
    }),
  );
  return { text: lines.join('\n'), repairs };
}

// A flowchart header misspelt or with a lower-case direction: `grpah TD`, `Graph LR`, `graph td`.
const HEADER = /^(\s*)(grpah|garph|grap|graf|graph|flowchart)(\s+)(td|tb|lr|rl|bt)\s*;?\s*$/i;

/** Writes a misspelt flowchart header as Mermaid reads it, and drops `%%` comments ending a line. */
export function fixHeaderAndComments(text: string): RepairedText {
  const repairs: Repair[] = [];
  let header = true;
  const lines = text.split('\n').map((line, index) => {
    if (header && line.trim() !== '') {
      header = false;
      const m = HEADER.exec(line);
      const fixed = m ? `${m[1] ?? ''}graph ${(m[4] ?? '').toUpperCase()}` : line;
      if (fixed !== line) {
        repairs.push({ line: index + 1, description: `header written "${fixed.trim()}"` });
        return fixed;
      }
      return line;
    }
    const at = line.indexOf('%%');
    if (at <= 0 || line.slice(0, at).trim() === '') return line;
    repairs.push({ line: index + 1, description: 'a %% comment at the end of the line dropped' });
    return line.slice(0, at).trimEnd();
  });
  return { text: lines.join('\n'), repairs };
}
