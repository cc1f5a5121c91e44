// The block-beta reader: blocks as groups (titled by a first unlinked node), nodes in any shape, links with lines.
import { describe, expect, it } from 'vitest';
import { blockGraph } from '../../../src/engine/ingest/block-graph.ts';
import { ingestText } from '../../../src/platform/node-ingest.ts';

const text = [
  'block-beta',
  '  columns 3',
  '  user["User browser"]:3',
  '  space lb["HAProxy load balancer"] space',
  '  block:srv1',
  '    columns 1',
  '    s1t["Server 1"]',
  '    web1["Nginx"]',
  '  end',
  '  db[("MySQL")]',
  '  user --> lb',
  '  lb --> web1',
  '  web1 -- "SQL" --> db',
].join('\n');

describe('blockGraph', () => {
  it('reads nodes of any shape and width, skipping spaces, with their lines', () => {
    const g = blockGraph(text, 1);
    expect(g.kind).toBe('block');
    expect(g.vertices).toEqual([
      { id: 'user', label: 'User browser', line: 3 },
      { id: 'lb', label: 'HAProxy load balancer', line: 4 },
      { id: 'web1', label: 'Nginx', line: 8 },
      { id: 'db', label: 'MySQL', line: 10 },
    ]);
  });

  it('titles a block by its first node when no link reaches it, and reads links with labels', () => {
    const g = blockGraph(text, 1);
    expect(g.groups).toEqual([{ id: 'srv1', label: 'Server 1', members: ['web1'], line: 5 }]);
    expect(g.edges.map((e) => [e.from, e.to, e.label, e.line])).toEqual([
      ['user', 'lb', '', 11],
      ['lb', 'web1', '', 12],
      ['web1', 'db', 'SQL', 13],
    ]);
  });

  it('keeps a block untitled when its first node is linked', () => {
    const g = blockGraph(
      'block-beta\n  block:s\n    a["Nginx"]\n    b["App"]\n  end\n  a --> b',
      1,
    );
    expect(g.groups[0]?.label).toBe('s');
    expect(g.vertices.map((v) => v.id)).toEqual(['a', 'b']);
  });

  it('is how ingest reads a block-beta fence: hosts from titled blocks', async () => {
    const r = await ingestText('```mermaid\n' + text + '\n```\n');
    expect(r.diagrams.map((d) => [d.kind, d.readable])).toEqual([['block', true]]);
    expect(r.nodes.find((n) => n.id === 'web1')).toMatchObject({
      kind: 'web-server',
      host: 'srv1',
    });
    expect(r.hosts.map((h) => h.label)).toEqual(['Server 1']);
  });
});
