// Hosts of components at the complexity limits: every subgraph of a flat or deeply nested diagram hosts its own node.
import { describe, expect, it } from 'vitest';
import { COMPLEXITY_LIMITS as LIMITS } from '../../../src/engine/ingest/complexity-limits.ts';
import { ingestText } from '../../../src/platform/node-ingest.ts';
import { flatSubgraphs, nestedSubgraphs } from '../../bench/hostile-inputs.ts';

describe('inferHosts at the complexity limits', () => {
  it('gives each of the most flat subgraphs the budget allows its own Nginx', async () => {
    const result = await ingestText(flatSubgraphs(LIMITS.subgraphs));
    expect(result.errors).toEqual([]);
    const groupHosts = result.hosts.filter((h) => h.source === 'group');
    expect(groupHosts).toHaveLength(LIMITS.subgraphs);
    for (const host of groupHosts) expect(host.members).toEqual([`w${host.id.slice(1)}`]);
    // Source lines are looked up through the word index: subgraph i opens on file line 5 + 3i.
    const line = new Map(result.hosts.map((h) => [h.id, h.line]));
    expect(line.get(`s${String(LIMITS.subgraphs - 1)}`)).toBe(5 + 3 * (LIMITS.subgraphs - 1));
  });

  it('hosts each node of the deepest nesting allowed on its innermost server, not an outer one', async () => {
    const depth = LIMITS.subgraphDepth;
    const result = await ingestText(nestedSubgraphs(depth));
    const hostOf = new Map(result.nodes.map((n) => [n.id, n.host]));
    for (let i = 0; i < depth; i += 1) expect(hostOf.get(`n${String(i)}`)).toBe(`g${String(i)}`);
  });
});
