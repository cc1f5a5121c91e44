// The Node Mermaid adapter: what Mermaid 12's own parser gives for each diagram type, and its errors.
import { describe, expect, it } from 'vitest';
import { createNodeMermaidParser } from '../../src/platform/mermaid-node.ts';

const parser = createNodeMermaidParser();

describe('createNodeMermaidParser', () => {
  it('reads a flowchart: vertices, labelled, fanned-out, bidirectional and dotted edges, subgraphs', async () => {
    const outcome = await parser.parse(
      'graph TD\n A[User] -->|HTTPS| B & C\n B <--> C\n D -.-> E\n subgraph S1 [Server 1]\n  B\n end',
    );
    expect(outcome.ok).toBe(true);
    if (!outcome.ok || outcome.model.type !== 'flowchart') throw new Error('expected a flowchart');
    expect(outcome.model.vertices.map((v) => [v.id, v.text])).toEqual([
      ['A', 'User'],
      ['B', 'B'],
      ['C', 'C'],
      ['D', 'D'],
      ['E', 'E'],
    ]);
    expect(outcome.model.edges.map((e) => [e.from, e.to, e.text, e.arrow, e.stroke])).toEqual([
      ['A', 'B', 'HTTPS', 'arrow_point', 'normal'],
      ['A', 'C', 'HTTPS', 'arrow_point', 'normal'],
      ['B', 'C', '', 'double_arrow_point', 'normal'],
      ['D', 'E', '', 'arrow_point', 'dotted'],
    ]);
    expect(outcome.model.subgraphs).toEqual([{ id: 'S1', title: 'Server 1', nodes: ['B'] }]);
  });

  it('keeps Mermaid entity placeholders for the engine to decode', async () => {
    const outcome = await parser.parse('graph LR\n A["say #quot;hi#quot;"] --> B');
    if (!outcome.ok || outcome.model.type !== 'flowchart') throw new Error('expected a flowchart');
    expect(outcome.model.vertices[0]?.text).toContain('quot');
  });

  it('reads a sequence diagram: participants with aliases, arrows but not notes', async () => {
    const outcome = await parser.parse(
      'sequenceDiagram\n participant U as User\n U->>LB: GET /\n LB-->>U: 200\n Note over U: hi\n U<<->>LB: sync',
    );
    if (!outcome.ok || outcome.model.type !== 'sequence')
      throw new Error('expected a sequence diagram');
    expect(outcome.model.actors).toEqual([
      { id: 'U', description: 'User' },
      { id: 'LB', description: 'LB' },
    ]);
    expect(
      outcome.model.messages.map((m) => [m.from, m.to, m.text, m.dotted, m.bidirectional]),
    ).toEqual([
      ['U', 'LB', 'GET /', false, false],
      ['LB', 'U', '200', true, false],
      ['U', 'LB', 'sync', false, true],
    ]);
  });

  it('reads architecture-beta groups, services and edges', async () => {
    const outcome = await parser.parse(
      'architecture-beta\n group api(cloud)[API]\n service db(database)[Database] in api\n service web(server)[Web] in api\n db:L -- R:web',
    );
    if (!outcome.ok || outcome.model.type !== 'architecture')
      throw new Error('expected architecture');
    expect(outcome.model.groups).toEqual([{ id: 'api', title: 'API', in: null }]);
    expect(outcome.model.services.map((s) => [s.id, s.title, s.in])).toEqual([
      ['db', 'Database', 'api'],
      ['web', 'Web', 'api'],
    ]);
    expect(outcome.model.edges).toEqual([
      { from: 'db', to: 'web', title: '', lhsInto: false, rhsInto: false },
    ]);
  });

  it('reports a flowchart syntax error at its line and column', async () => {
    const outcome = await parser.parse('graph TD\n A[MySQL (primary)] --> B');
    expect(outcome).toMatchObject({ ok: false, failure: { line: 2, column: 10, token: 'PS' } });
    if (outcome.ok) throw new Error('expected a failure');
    expect(outcome.failure.message).toMatch(/^Parse error on line 2: expecting/);
  });

  it('reports an architecture lexer error at its line', async () => {
    const outcome = await parser.parse(
      'architecture-beta\n group api(cloud)[API\n service db(database)[Database] in api',
    );
    expect(outcome).toMatchObject({ ok: false, failure: { line: 2 } });
  });

  it('says when the text is no diagram type at all, and names other types it does know', async () => {
    expect(await parser.parse('hello world')).toMatchObject({
      ok: false,
      failure: { line: 1, column: 1 },
    });
    expect(await parser.parse('classDiagram\n A <|-- B')).toEqual({
      ok: true,
      model: { type: 'other', name: 'classDiagram' },
    });
  });

  it('gives the same model when called concurrently (calls are queued)', async () => {
    const text = 'graph LR\n A --> B --> C';
    const [a, b] = await Promise.all([parser.parse(text), parser.parse(text)]);
    expect(a).toEqual(b);
  });
});
