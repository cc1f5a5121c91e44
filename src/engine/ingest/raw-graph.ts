// The graph a diagram parser hands to ingest before labels are classified: ids, labels, lines.

import type { DiagramKind } from '../topology/model.ts';

export interface RawVertex {
  /** Id as written in the diagram (Mermaid id, or a generated one for ASCII boxes). */
  readonly id: string;
  /** Display text, entities decoded, markup (`<br>`, quotes, `fa:` icons) removed. */
  readonly label: string;
  /** 1-based line in the submission file. */
  readonly line: number;
  /** A sequence diagram's note: kept only when it names a part that a participant holds (a certificate). */
  readonly note?: true;
}

export interface RawEdge {
  readonly from: string;
  readonly to: string;
  readonly label: string;
  /** Drawn with arrow heads at both ends (`<-->`, `<---->`), or undirected links between peers. */
  readonly bidirectional: boolean;
  /** Dotted / dashed link (`-.->`, `-->>` in sequence replies). */
  readonly dotted: boolean;
  /** Thick link (`==>`); absent for other lines. */
  readonly thick?: boolean;
  readonly line: number;
}

export interface RawGroup {
  readonly id: string;
  readonly label: string;
  /** Ids of vertices or of other groups directly inside this one. */
  readonly members: readonly string[];
  readonly line: number;
  /** The vertex this group details, when the learner gave both the same id (`F[Server 1]` and `subgraph F`). */
  readonly owner?: string;
}

export interface RawGraph {
  readonly kind: DiagramKind;
  readonly vertices: readonly RawVertex[];
  readonly edges: readonly RawEdge[];
  readonly groups: readonly RawGroup[];
}
