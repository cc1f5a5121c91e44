// The C4 reader: elements, boundaries and relations of a Mermaid C4 diagram, with their lines, read without Mermaid.
import { describe, expect, it } from 'vitest';
import { c4Graph, splitArgs } from '../../../src/engine/ingest/c4-graph.ts';
import { ingestText } from '../../../src/platform/node-ingest.ts';

describe('splitArgs', () => {
  it('splits at commas outside quotes, unquotes, and drops named arguments', () => {
    expect(splitArgs('web, "Web server", "Nginx, 1.24", $tags="x"')).toEqual([
      'web',
      'Web server',
      'Nginx, 1.24',
    ]);
  });
});

describe('c4Graph', () => {
  const text = [
    'C4Container',
    '  title Scale up',
    '  Person(user, "User", "Web browser")',
    '  Deployment_Node(srvA, "Server A", "Ubuntu") {',
    '    Container(web, "Web server", "Nginx", "Serves static content")',
    '  }',
    '  ContainerDb(db, "Database", "MySQL")',
    '  Rel(user, web, "Visits", "HTTPS")',
    '  Rel_Back(db, web, "SQL")',
    '  BiRel(web, db, "sync")',
  ].join('\n');

  it('reads elements with their details, boundaries with their members, and relations', () => {
    const g = c4Graph(text, 10);
    expect(g.kind).toBe('c4');
    expect(g.vertices).toEqual([
      { id: 'user', label: 'User (Web browser)', line: 12 },
      { id: 'web', label: 'Web server (Nginx; Serves static content)', line: 14 },
      { id: 'db', label: 'Database (MySQL)', line: 16 },
    ]);
    expect(g.groups).toEqual([
      { id: 'srvA', label: 'Server A (Ubuntu)', members: ['web'], line: 13 },
    ]);
    expect(g.edges.map((e) => [e.from, e.to, e.label, e.bidirectional, e.line])).toEqual([
      ['user', 'web', 'Visits (HTTPS)', false, 17],
      ['web', 'db', 'SQL', false, 18],
      ['web', 'db', 'sync', true, 19],
    ]);
  });

  it('is how ingest reads a C4 fence: kinds from labels, hosts from boundaries', async () => {
    const r = await ingestText('# Design\n\n```mermaid\n' + text + '\n```\n');
    expect(r.diagrams.map((d) => [d.kind, d.readable])).toEqual([['c4', true]]);
    expect(r.nodes.map((n) => [n.id, n.kind, n.host])).toEqual([
      ['user', 'user', null],
      ['web', 'web-server', 'srvA'],
      ['db', 'database', null],
    ]);
    expect(r.edges[0]?.line).toBe(11);
  });
});
