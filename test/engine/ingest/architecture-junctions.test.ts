// Architecture-beta junctions: the lines meeting at a junction join the services on either side of it.
import { describe, expect, it } from 'vitest';
import { throughJunctions } from '../../../src/engine/ingest/architecture-junctions.ts';
import type { RawEdge } from '../../../src/engine/ingest/raw-graph.ts';
import { ingestText } from '../../../src/platform/node-ingest.ts';

const edge = (from: string, to: string, line: number, label = ''): RawEdge => ({
  from,
  to,
  label,
  bidirectional: false,
  dotted: false,
  line,
});
const pairs = (edges: readonly RawEdge[]): string[] => edges.map((e) => `${e.from}>${e.to}`).sort();

describe('throughJunctions', () => {
  const services = new Set(['lb', 'web1', 'web2', 'db']);
  const isElement = (id: string): boolean => services.has(id);

  it('joins what comes into a junction to what leaves it', () => {
    const out = throughJunctions(
      [
        edge('lb', 'j', 1),
        edge('j', 'web1', 2, 'HTTP'),
        edge('j', 'web2', 3),
        edge('web1', 'db', 4),
      ],
      isElement,
    );
    expect(pairs(out)).toEqual(['lb>web1', 'lb>web2', 'web1>db']);
    expect(out.find((e) => e.to === 'web1')?.label).toBe('HTTP');
  });

  it('follows chained junctions, and reads undirected lines from the first one written', () => {
    expect(
      pairs(
        throughJunctions(
          [edge('lb', 'j1', 1), edge('j1', 'j2', 2), edge('j2', 'web1', 3)],
          isElement,
        ),
      ),
    ).toEqual(['lb>web1']);
    expect(
      pairs(
        throughJunctions(
          [edge('lb', 'j', 1), edge('web1', 'j', 2), edge('web2', 'j', 3)],
          isElement,
        ),
      ),
    ).toEqual(['lb>web1', 'lb>web2']);
  });

  it('leaves a diagram without junctions as it is', () => {
    const edges = [edge('lb', 'web1', 1), edge('web1', 'db', 2)];
    expect(throughJunctions(edges, isElement)).toEqual(edges);
  });
});

describe('a junction in an architecture-beta diagram', () => {
  it('lets the load balancer reach both servers through it', async () => {
    const r = await ingestText(
      [
        '```mermaid',
        'architecture-beta',
        '    service lb(server)[HAProxy load balancer]',
        '    junction j',
        '    service web1(server)[Nginx]',
        '    service web2(server)[Nginx]',
        '    lb:R -- L:j',
        '    j:T --> B:web1',
        '    j:B --> T:web2',
        '```',
        '',
      ].join('\n'),
    );
    expect(r.edges.map((e) => [e.from, e.to, e.line])).toEqual([
      ['lb', 'web1', 8],
      ['lb', 'web2', 9],
    ]);
  });
});
