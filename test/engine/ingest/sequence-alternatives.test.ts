// Alternatives written in sequence messages ("(or Server2)") are the arrows the learner meant as well.
import { describe, expect, it } from 'vitest';
import { alternativeEdges } from '../../../src/engine/ingest/sequence-alternatives.ts';
import type { RawEdge } from '../../../src/engine/ingest/raw-graph.ts';
import { ingestText } from '../../../src/platform/node-ingest.ts';

const edge = (from: string, to: string, label: string): RawEdge => ({
  from,
  to,
  label,
  bidirectional: false,
  dotted: false,
  line: 7,
});
const who = new Set(['LB', 'Server1', 'Server2', 'Nginx1', 'Nginx2']);

describe('alternativeEdges', () => {
  it('adds the message to another participant, or the other arrow written after "or"', () => {
    expect(alternativeEdges(edge('LB', 'Server1', 'Routes request (or Server2)'), who)).toEqual([
      edge('LB', 'Server2', 'Routes request (or Server2)'),
    ]);
    const other = alternativeEdges(
      edge('Server1', 'Nginx1', 'Handles it (or Server2->>Nginx2)'),
      who,
    );
    expect(other.map((e) => [e.from, e.to])).toEqual([['Server2', 'Nginx2']]);
  });

  it('adds nothing for words that are no participant, or for the arrow itself', () => {
    expect(alternativeEdges(edge('LB', 'Server1', 'one or more requests'), who)).toEqual([]);
    expect(alternativeEdges(edge('LB', 'Server1', 'to Server1 or Server1'), who)).toEqual([]);
  });
});

describe('a sequence diagram with alternatives', () => {
  it('lets the load balancer reach both servers', async () => {
    const r = await ingestText(
      '```mermaid\nsequenceDiagram\n  participant LB\n  participant Server1\n  participant Server2\n  LB->>Server1: Routes request (or Server2)\n```\n',
    );
    expect(r.edges.map((e) => [e.from, e.to, e.line])).toEqual([
      ['LB', 'Server1', 6],
      ['LB', 'Server2', 6],
    ]);
  });
});
