// The edge repairs of learners' flowcharts: one-dash arrows lengthened, edge labels with parentheses quoted.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lengthenArrows, quoteEdgeLabels } from '../../../src/engine/ingest/mermaid-edge-repair.ts';
import { parseMermaidText } from '../../../src/engine/ingest/parse-mermaid.ts';
import { createNodeMermaidParser } from '../../../src/platform/mermaid-node.ts';

const parser = createNodeMermaidParser();

describe('lengthenArrows', () => {
  it('writes -> , <-> and an arrow character as Mermaid arrows, and says which line it changed', () => {
    const out = lengthenArrows('flowchart LR\n  U[User] -> LB\n  LB <-> LB2\n  LB → S1');
    expect(out.text).toBe('flowchart LR\n  U[User] --> LB\n  LB <--> LB2\n  LB --> S1');
    expect(out.repairs.map((r) => r.line)).toEqual([2, 3, 4]);
  });

  it('leaves arrows inside labels and strings, Mermaid arrows and other diagram kinds alone', () => {
    const labels =
      'graph TD\n  D[www -> 8.8.8.8] --> S\n  A -- "read -> write" --> B\n  C -->|a → b| E';
    expect(lengthenArrows(labels)).toEqual({ text: labels, repairs: [] });
    const valid = 'graph TD\n  A --> B\n  B -.-> C\n  C ==> D\n  D <--> E\n  E --o F';
    expect(lengthenArrows(valid)).toEqual({ text: valid, repairs: [] });
    const sequence = 'sequenceDiagram\n  U->B: GET /\n  B->>U: 200';
    expect(lengthenArrows(sequence)).toEqual({ text: sequence, repairs: [] });
  });

  it('never changes the number of lines, nor a line without a one-dash arrow', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 40 }), { maxLength: 8 }), (body) => {
        const text = ['flowchart TD', ...body.map((l) => l.replace(/\n/g, ' '))].join('\n');
        const out = lengthenArrows(text);
        expect(out.text.split('\n')).toHaveLength(text.split('\n').length);
        for (const r of out.repairs) expect(text.split('\n')[r.line - 1]).toMatch(/->|<->|[→⟶➜➔]/);
      }),
    );
  });
});

describe('quoteEdgeLabels', () => {
  it('quotes a pipe label holding parentheses or quotes, and no other', () => {
    expect(quoteEdgeLabels('flowchart LR\n  A -->|HTTPS (443)| B').text).toBe(
      'flowchart LR\n  A -->|"HTTPS (443)"| B',
    );
    const plain = 'flowchart LR\n  A -->|HTTPS| B\n  B -->|"already (quoted)"| C';
    expect(quoteEdgeLabels(plain)).toEqual({ text: plain, repairs: [] });
  });
});

describe('parseMermaidText with the edge repairs', () => {
  it('reads a flowchart drawn with one-dash arrows and labels in parentheses', async () => {
    const parsed = await parseMermaidText(
      parser,
      'flowchart LR\n  U[User] -> |HTTPS (443)| LB[HAProxy]\n  LB -> S1[Server 1]\n  LB → S2[Server 2]',
    );
    expect(parsed.failure).toMatchObject({ line: 2 });
    expect(parsed.model?.type).toBe('flowchart');
    expect(parsed.repairs.length).toBeGreaterThanOrEqual(2);
    expect(parsed.text).toContain('U[User] --> |"HTTPS (443)"| LB[HAProxy]');
  });
});
