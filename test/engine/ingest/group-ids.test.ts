// separateGroupIds: a subgraph sharing its id with a node, as a learner's slip or as the end of an arrow.
import { describe, expect, it } from 'vitest';
import { separateGroupIds } from '../../../src/engine/ingest/group-ids.ts';
import type { RawGraph } from '../../../src/engine/ingest/raw-graph.ts';

const edge = (from: string, to: string) =>
  ({ from, to, label: '', bidirectional: false, dotted: false, line: 3 }) as const;

describe('separateGroupIds', () => {
  it('reads `C[Server 1]` beside `subgraph C` as the inside of that server, and says so', () => {
    const graph: RawGraph = {
      kind: 'flowchart',
      vertices: [
        { id: 'C', label: 'Server 1', line: 2 },
        { id: 'N', label: 'Nginx', line: 4 },
      ],
      edges: [edge('C', 'N')],
      groups: [{ id: 'C', label: 'C', members: ['N'], line: 3 }],
    };
    const { graph: out, repairs } = separateGroupIds(graph);
    expect(out.groups).toEqual([
      { id: 'C.group', label: 'Server 1', owner: 'C', members: ['N'], line: 3 },
    ]);
    expect(repairs.map((r) => r.line)).toEqual([3]);
  });

  it('names the node of an arrow to a titled subgraph by the title, with nothing to report', () => {
    const graph: RawGraph = {
      kind: 'flowchart',
      vertices: [
        { id: 'U', label: 'User', line: 2 },
        { id: 'LBC', label: 'LBC', line: 2 },
        { id: 'LB1', label: 'HAProxy', line: 4 },
      ],
      edges: [edge('U', 'LBC')],
      groups: [{ id: 'LBC', label: 'HAProxy cluster', members: ['LB1'], line: 3 }],
    };
    const { graph: out, repairs } = separateGroupIds(graph);
    expect(out.vertices.find((v) => v.id === 'LBC')?.label).toBe('HAProxy cluster');
    expect(out.groups[0]).toMatchObject({ id: 'LBC.group', owner: 'LBC', members: ['LB1'] });
    expect(repairs).toEqual([]);
  });
});
