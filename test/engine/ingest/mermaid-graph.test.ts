// From Mermaid's model to a RawGraph: every vertex, edge and group gets its file line.
import { describe, expect, it } from 'vitest';
import { toRawGraph } from '../../../src/engine/ingest/mermaid-graph.ts';
import { createNodeMermaidParser } from '../../../src/platform/mermaid-node.ts';

const parser = createNodeMermaidParser();

async function graphOf(text: string, firstLine = 1) {
  const outcome = await parser.parse(text);
  if (!outcome.ok) throw new Error(outcome.failure.message);
  return toRawGraph(outcome.model, text, firstLine);
}

describe('toRawGraph', () => {
  it('places flowchart vertices at their definition and edges at their arrow, offset by the block line', async () => {
    const text = [
      'graph TD',
      '  A[User] -->|HTTPS| B[DNS]',
      '  B --> LB1[HAProxy LB1] & LB2[HAProxy LB2]',
      '  subgraph S1 [Server 1]',
      '    W1[Nginx]',
      '  end',
      '  LB1 --> W1',
    ].join('\n');
    const g = await graphOf(text, 10);
    expect(g.vertices.map((v) => [v.id, v.label, v.line])).toEqual([
      ['A', 'User', 11],
      ['B', 'DNS', 11],
      ['LB1', 'HAProxy LB1', 12],
      ['LB2', 'HAProxy LB2', 12],
      ['W1', 'Nginx', 14],
    ]);
    expect(g.edges.map((e) => [e.from, e.to, e.label, e.line])).toEqual([
      ['A', 'B', 'HTTPS', 11],
      ['B', 'LB1', '', 12],
      ['B', 'LB2', '', 12],
      ['LB1', 'W1', '', 16],
    ]);
    expect(g.groups).toEqual([{ id: 'S1', label: 'Server 1', members: ['W1'], line: 13 }]);
  });

  it('does not take an id inside another label for its definition', async () => {
    const g = await graphOf('graph LR\n X[A record] --> A[App]');
    expect(g.vertices.find((v) => v.id === 'A')?.line).toBe(2);
    expect(g.vertices.find((v) => v.id === 'X')?.label).toBe('A record');
  });

  it('places sequence participants at their declaration and messages in order', async () => {
    const text =
      'sequenceDiagram\n participant U as User\n participant LB as HAProxy\n U->>LB: GET /\n LB-->>U: 200 OK';
    const g = await graphOf(text);
    expect(g.kind).toBe('sequence');
    expect(g.vertices.map((v) => [v.id, v.label, v.line])).toEqual([
      ['U', 'User', 2],
      ['LB', 'HAProxy', 3],
    ]);
    expect(g.edges.map((e) => [e.from, e.to, e.line, e.dotted])).toEqual([
      ['U', 'LB', 4, false],
      ['LB', 'U', 5, true],
    ]);
  });

  it('reads a sequence box (coloured or not) as a group holding its participants', async () => {
    const text = [
      'sequenceDiagram',
      ' participant U as User',
      ' box Server 8.8.8.8',
      ' participant W as Nginx',
      ' participant D as MySQL',
      ' end',
      ' box Aqua Server 2',
      ' participant A as App',
      ' end',
      ' U->>W: GET /',
    ].join('\n');
    const g = await graphOf(text);
    expect(g.groups).toEqual([
      { id: 'box1', label: 'Server 8.8.8.8', members: ['W', 'D'], line: 3 },
      { id: 'box2', label: 'Server 2', members: ['A'], line: 7 },
    ]);
  });

  it('reads a sequence note as a vertex hanging off the participant it is written over', async () => {
    const text = [
      'sequenceDiagram',
      ' participant LB as HAProxy',
      ' participant W as Nginx',
      ' Note over LB,W: SSL certificate',
      ' LB->>W: GET /',
    ].join('\n');
    const g = await graphOf(text);
    expect(g.vertices.at(-1)).toEqual({
      id: 'note1',
      label: 'SSL certificate',
      line: 4,
      note: true,
    });
    expect(g.edges.map((e) => [e.from, e.to, e.line])).toContainEqual(['LB', 'note1', 4]);
  });

  it('reads architecture groups as groups holding their services', async () => {
    const text =
      'architecture-beta\n group srv(server)[Server 1]\n service web(server)[Nginx] in srv\n service db(database)[MySQL] in srv\n web:R -- L:db';
    const g = await graphOf(text);
    expect(g.groups).toEqual([{ id: 'srv', label: 'Server 1', members: ['web', 'db'], line: 2 }]);
    expect(g.edges).toMatchObject([{ from: 'web', to: 'db', line: 5 }]);
  });

  it('finds the line of each architecture edge, titled or not', async () => {
    const text = [
      'architecture-beta',
      ' service lb(server)[HAProxy]',
      ' service web(server)[Nginx]',
      ' service db(database)[MySQL]',
      '',
      ' lb:R -[HTTP]- L:web',
      ' web:B -[SQL]-> T:db',
    ].join('\n');
    const g = await graphOf(text);
    expect(g.edges.map((e) => [e.from, e.to, e.label, e.line])).toEqual([
      ['lb', 'web', 'HTTP', 6],
      ['web', 'db', 'SQL', 7],
    ]);
  });

  it('follows architecture arrow heads: right to left, and both ways', async () => {
    const text = [
      'architecture-beta',
      ' service user(internet)[User]',
      ' service lb1(server)[HAProxy 1]',
      ' service lb2(server)[HAProxy 2]',
      ' lb1:L <-- R:user',
      ' lb1:B <--> T:lb2',
    ].join('\n');
    const g = await graphOf(text);
    expect(g.edges.map((e) => [e.from, e.to, e.bidirectional])).toEqual([
      ['user', 'lb1', false],
      ['lb1', 'lb2', true],
    ]);
  });
});
