// The interface through which the engine asks Mermaid to parse a diagram (implemented in src/platform).

/** What Mermaid's own parser read, reduced to plain data; lines are not known at this level. */
export type MermaidModel =
  | {
      readonly type: 'flowchart';
      readonly vertices: readonly { readonly id: string; readonly text: string }[];
      readonly edges: readonly {
        readonly from: string;
        readonly to: string;
        readonly text: string;
        /** Mermaid's edge type: arrow_point, arrow_open, double_arrow_point, ... */
        readonly arrow: string;
        /** normal, thick, dotted, invisible */
        readonly stroke: string;
      }[];
      readonly subgraphs: readonly {
        readonly id: string;
        readonly title: string;
        readonly nodes: readonly string[];
      }[];
    }
  | {
      readonly type: 'sequence';
      readonly actors: readonly { readonly id: string; readonly description: string }[];
      readonly messages: readonly {
        readonly from: string;
        readonly to: string;
        readonly text: string;
        readonly dotted: boolean;
        readonly bidirectional: boolean;
      }[];
      /** `box Title ... end` around participants: a group, like a flowchart's subgraph. */
      readonly boxes: readonly { readonly title: string; readonly actors: readonly string[] }[];
      /** `Note over LB: SSL certificate`: the text, and the participant it is written over or beside. */
      readonly notes: readonly { readonly actor: string; readonly text: string }[];
    }
  | {
      readonly type: 'architecture';
      readonly services: readonly {
        readonly id: string;
        readonly title: string;
        readonly icon: string;
        readonly in: string | null;
      }[];
      readonly groups: readonly {
        readonly id: string;
        readonly title: string;
        readonly in: string | null;
      }[];
      readonly edges: readonly {
        readonly from: string;
        readonly to: string;
        readonly title: string;
        /** Arrow heads: `lhs:L <-- R:rhs` points into lhs, `<-->` into both. */
        readonly lhsInto?: boolean;
        readonly rhsInto?: boolean;
      }[];
    }
  | { readonly type: 'other'; readonly name: string };

/** Mermaid rejected the text: where (1-based line and column in the diagram text) and why. */
export interface MermaidFailure {
  readonly message: string;
  readonly line: number;
  readonly column: number;
  /** The token Mermaid stopped at, when it says. */
  readonly token: string | null;
}

export type MermaidOutcome =
  | { readonly ok: true; readonly model: MermaidModel }
  | { readonly ok: false; readonly failure: MermaidFailure };

export interface MermaidParser {
  parse(text: string): Promise<MermaidOutcome>;
}
