// Which diagram of a submission to simulate: like the grader, a readable layout drawing first, then the largest.
import type { DiagramInfo } from '../ingest/ingest.ts';

export function pickDiagram(diagrams: readonly DiagramInfo[]): DiagramInfo | null {
  const readable = diagrams.filter((d) => d.readable && d.nodes > 0);
  const sorted = [...readable].sort(
    (a, b) =>
      Number(a.kind === 'sequence') - Number(b.kind === 'sequence') ||
      b.nodes - a.nodes ||
      a.index - b.index,
  );
  return sorted[0] ?? null;
}
