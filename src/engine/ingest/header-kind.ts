// The kind of a Mermaid diagram as its header line names it (the first line that is not blank or a %% comment).
import type { DiagramKind } from '../topology/model.ts';

const HEADER_KIND: readonly [RegExp, DiagramKind][] = [
  [/^\s*(graph|flowchart)\b/i, 'flowchart'],
  [/^\s*sequenceDiagram\b/, 'sequence'],
  [/^\s*architecture(-beta)?\b/, 'architecture'],
  [/^\s*C4(Context|Container|Component|Dynamic|Deployment)\b/, 'c4'],
  [/^\s*block-beta\b/, 'block'],
];

export function headerKind(text: string): DiagramKind {
  const first = text.split('\n').find((l) => l.trim() !== '' && !l.trim().startsWith('%%')) ?? '';
  return HEADER_KIND.find(([re]) => re.test(first))?.[1] ?? 'other';
}
