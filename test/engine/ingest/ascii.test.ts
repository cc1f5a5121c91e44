// parseAscii on every real ASCII drawing (seed 002, corpus ascii and mixed files), on small drawings and on random text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAscii } from '../../../src/engine/ingest/ascii.ts';
import { splitSubmission, type AsciiBlock } from '../../../src/engine/ingest/blocks.ts';
import type { RawGraph } from '../../../src/engine/ingest/raw-graph.ts';
import {
  corpusFiles,
  readCorpus,
  readCorpusId,
  readSeed,
  seedNames,
} from '../../fixtures/shared.ts';

interface Readable {
  readonly graph: RawGraph;
  readonly vertices: string[];
  /** `from -> to [label]`, `a <-> b`, with group labels in braces. */
  readonly edges: string[];
  readonly groups: Record<string, string[]>;
}

function read(graph: RawGraph): Readable {
  const name = new Map<string, string>(graph.vertices.map((v) => [v.id, v.label]));
  for (const g of graph.groups) name.set(g.id, `{${g.label}}`);
  const edges = graph.edges.map((e) => {
    const arrow = e.bidirectional ? '<->' : '->';
    return `${name.get(e.from)} ${arrow} ${name.get(e.to)}${e.label ? ` [${e.label}]` : ''}`;
  });
  const groups = Object.fromEntries(
    graph.groups.map((g) => [g.label, g.members.map((m) => name.get(m) ?? m)]),
  );
  return { graph, vertices: graph.vertices.map((v) => v.label), edges, groups };
}

function drawing(text: string, index = 0): Readable {
  const block = splitSubmission(text).ascii[index];
  if (!block) throw new Error('no ASCII block');
  return read(parseAscii(block));
}

const corpus = (id: string, index = 0): Readable => drawing(readCorpusId(id), index);

describe('parseAscii on the seed whiteboard (seed 002)', () => {
  const r = drawing(readSeed('002'));

  it('finds the bracketed components and the names over the lines', () => {
    expect(r.vertices).toEqual([
      'User Browser',
      'Internet',
      'HAProxy LB1',
      'HAProxy LB2',
      'Web Server: Nginx',
      'Application Server',
      'Database Server: MySQL',
    ]);
    expect(r.graph.vertices.map((v) => [v.id, v.line])).toEqual([
      ['a1', 54],
      ['a2', 58],
      ['a3', 61],
      ['a4', 61],
      ['a5', 65],
      ['a6', 68],
      ['a7', 71],
    ]);
    expect(r.graph.kind).toBe('ascii');
  });

  it('joins the two HAProxy with a bidirectional edge and follows the flow down', () => {
    expect(r.edges).toEqual([
      'User Browser -> Internet [DNS Lookup (A record: www.foobar.com -> LB Cluster VIP)]',
      'Internet -> HAProxy LB1',
      'HAProxy LB1 <-> HAProxy LB2',
      'HAProxy LB1 -> Web Server: Nginx [Round Robin / Least Connections]',
      'Web Server: Nginx -> Application Server',
      'Application Server -> Database Server: MySQL',
    ]);
    expect(r.graph.edges.find((e) => e.bidirectional)?.line).toBe(61);
  });
});

describe('parseAscii on the corpus drawings', () => {
  it('002: a plain vertical flow splitting to two HAProxy', () => {
    const r = corpus('002');
    expect(r.vertices).toContain('HAProxy Load Balancer 1 Active');
    expect(r.vertices).toContain('HAProxy Load Balancer 2 Backup / Passive');
    expect(r.edges).toEqual(
      expect.arrayContaining([
        'User -> DNS [HTTPS request to www.foobar.com]',
        'Load Balancer Cluster -> HAProxy Load Balancer 1 Active',
        'Load Balancer Cluster -> HAProxy Load Balancer 2 Backup / Passive',
        'Firewall -> Web Server Nginx',
        'Application Server Application Files / Code Base -> Database Server MySQL Primary Database',
      ]),
    );
  });

  it('041: the stacks under Server 1 and Server 2 are groups of their lines', () => {
    const r = corpus('041');
    expect(r.groups['Server 1']).toEqual([
      'Nginx Web Server',
      'Application Server',
      'Application Files',
      'MySQL Primary Database',
    ]);
    expect(r.groups['Server 2']).toContain('MySQL Replica Database');
    expect(r.edges).toContain(
      'HAProxy Load Balancer -> {Server 1} [distributes traffic using Round Robin]',
    );
    expect(r.edges).toContain(
      'HAProxy Load Balancer -> {Server 2} [distributes traffic using Round Robin]',
    );
  });

  it('069: a +-- tree under the server, and two labels on the DNS line', () => {
    const r = corpus('069');
    expect(r.edges).toEqual([
      'User -> DNS [types www.foobar.com in browser]',
      'DNS -> Server: 8.8.8.8 [www.foobar.com -> 8.8.8.8; DNS record type: A record]',
      'Server: 8.8.8.8 -> Nginx Web Server',
      'Server: 8.8.8.8 -> Application Server',
      'Server: 8.8.8.8 -> Application Files / Code Base',
      'Server: 8.8.8.8 -> MySQL Database',
    ]);
  });

  it('039: tab-indented branches and a labelled arrow on a branch line', () => {
    const r = corpus('039');
    expect(r.edges).toEqual(
      expect.arrayContaining([
        'User / Browser -> Load Balancer (HAProxy) [HTTPS]',
        'Load Balancer (HAProxy) -> Firewall rules [internal traffic]',
        'Firewall rules -> Server 1 (Web + App)',
        'Firewall rules -> Database (MySQL)',
        'Server 1 (Web + App) -> Monitoring System [Monitoring Agent]',
      ]),
    );
  });

  it('046: backslash diagonals reach the second server', () => {
    const r = corpus('046');
    expect(r.edges).toEqual(
      expect.arrayContaining([
        'Load Balancer (HAProxy) -> Server 1 (Web + App)',
        'Server 1 (Web + App) -> MySQL Primary (writes)',
        'Server 2 (Web + App) -> MySQL Replica (reads)',
      ]),
    );
  });

  it('063: a chain of +---+ boxes joined by │ ▼', () => {
    expect(corpus('063').edges).toEqual([
      'User -> DNS Server',
      'DNS Server -> Web Server (Nginx)',
      'Web Server (Nginx) -> Application Server',
      'Application Server -> Application Files',
      'Application Files -> MySQL Database',
    ]);
  });

  it('135: boxes holding boxes are groups; text across a line is its label', () => {
    const r = corpus('135');
    expect(r.groups['USER COMPUTER']).toEqual(['Web Browser']);
    expect(r.groups['SERVER 2']).toEqual([
      'WEB SERVER (Nginx)',
      'APPLICATION SERVER',
      'APPLICATION FILES',
      'MYSQL DATABASE (Primary)',
      'Monitoring Client (Sumo Logic)',
    ]);
    expect(r.vertices).toContain('FIREWALL 1 (UFW)');
    expect(r.edges).toEqual(
      expect.arrayContaining([
        '{USER COMPUTER} -> FIREWALL 1 (UFW) [HTTPS Request (Port 443 - Encrypted)]',
        'FIREWALL 2 (UFW) -> {SERVER 2}',
        'FIREWALL 3 (UFW) -> {SERVER 3}',
      ]),
    );
    expect(r.edges.filter((e) => e.includes('[Decrypted HTTP Request]'))).toHaveLength(2);
  });

  it('136: Unicode boxes, brackets inside a box, and a labelled replication line', () => {
    const r = corpus('136');
    expect(r.groups['Load Balancer (HAProxy)']).toEqual([
      'SSL Termination Point',
      'Sumo Logic Agent / Collector',
    ]);
    expect(r.groups['Server 1 (Web / App / DB Node)']).toContain('Database (Primary)');
    expect(r.edges).toEqual(
      expect.arrayContaining([
        'User Browser -> DNS Server [1. DNS Lookup (www.foobar.com)]',
        'Firewall 1 (Network Level) -> {Load Balancer (HAProxy)}',
        'Web Server (Nginx) -> Application Server',
        '{Server 1 (Web / App / DB Node)} <-> {Server 2 (Web / App / DB Node)} [Primary-Replica Replication]',
      ]),
    );
  });

  it('142: plain | lines with no arrow heads still read top to bottom', () => {
    const r = corpus('142');
    expect(r.edges).toEqual(
      expect.arrayContaining([
        'Internet -> Firewall #1',
        'Load Balancer (HAProxy w/ SSL) -> Firewall #2',
        'Load Balancer (HAProxy w/ SSL) -> Firewall #3',
        'Firewall #2 -> App Server A (Nginx + App server + App files)',
      ]),
    );
    const flow = corpus('142', 1);
    expect(flow.edges).toContain('App Server A -> agent');
    expect(flow.groups).toEqual({});
  });

  it('149: French labels, / \\ diagonals and V heads', () => {
    expect(corpus('149').edges).toEqual([
      'Utilisateur -> Load Balancer (HAproxy) [requête HTTP]',
      'Load Balancer (HAproxy) -> Web Server 1 (Nginx)',
      'Load Balancer (HAproxy) -> Web Server 2 (Nginx)',
      'Web Server 1 (Nginx) -> Application Server 1 [requêtes HTTP]',
      'Web Server 2 (Nginx) -> Application Server 2 [requêtes HTTP]',
      'Application Server 1 -> Database Cluster (MySQL Primary + Replicas) [requêtes SQL]',
    ]);
  });

  it('151: a load balancer drawn inside another is a group; wandering box sides are still boxes', () => {
    const r = corpus('151');
    expect(r.groups['Load Balancer (HAproxy)']).toEqual(['Load Balancer 2']);
    expect(r.vertices).toContain('Web Server 2 (Nginx)');
    expect(r.edges).toContain(
      'Web Server 2 (Nginx) -> Application Server 2 (e.g., Python/Java) [HTTP requests]',
    );
  });

  it('159: a ├── tree under [ Server 1 ]', () => {
    const r = corpus('159');
    expect(r.edges).toEqual(
      expect.arrayContaining(['Server 1 -> Nginx (Web Server)', 'Server 1 -> MySQL Database']),
    );
  });

  it('115 (a readme): two HAProxy drawn in series through the VIP', () => {
    expect(corpus('115').edges.slice(0, 3)).toEqual([
      'Internet (HTTPS) -> HAProxy #1 (active)',
      'HAProxy #1 (active) -> Cluster / VIP',
      'Cluster / VIP -> HAProxy #2 (backup)',
    ]);
  });

  it('045: a box drawn as a small flow is a group; the arrow between boxes takes the text under it', () => {
    const r = corpus('045');
    const name = new Map(r.graph.vertices.map((v) => [v.id, v.label]));
    expect(r.graph.groups.map((g) => [g.label, g.members.map((m) => name.get(m))])).toEqual([
      ['', ['WEB SERVER 1 (Nginx)', 'APPLICATION SERVER', 'APPLICATION FILES (Codebase)']],
      ['', ['WEB SERVER 2 (Nginx)', 'APPLICATION SERVER', 'APPLICATION FILES (Codebase)']],
    ]);
    expect(r.edges).toContain('WEB SERVER 1 (Nginx) -> APPLICATION SERVER');
    expect(r.edges).toContain(
      'PRIMARY DATABASE (MySQL) (Master - Read/Write) -> REPLICA DATABASE (MySQL) (Slave - Read Only) [Replication]',
    );
  });

  it('092 (misaligned boxes) still yields the top of the flow', () => {
    expect(corpus('092').edges).toContain('User -> Load Balancer (HAProxy)');
  });
});

describe('parseAscii on small drawings', () => {
  const parse = (text: string, line = 1): Readable => read(parseAscii({ text, line }));

  it('reads words on arrow lines, every arrow style, and labels on arrows', () => {
    expect(parse('User --> DNS --> LB').edges).toEqual(['User -> DNS', 'DNS -> LB']);
    expect(parse('[A] --HTTPS--> [B]').edges).toEqual(['A -> B [HTTPS]']);
    expect(parse('(User) --> (DNS)').edges).toEqual(['User -> DNS']);
    expect(parse('[LB1] <----> [LB2]').edges).toEqual(['LB1 <-> LB2']);
    expect(parse('[A] --- [B]').edges).toEqual(['A <-> B']);
    expect(parse('[A] ====> [B]').edges).toEqual(['A -> B']);
    expect(parse('Web —> App').edges).toEqual(['Web -> App']);
    expect(parse('User → DNS → Server').edges).toEqual(['User -> DNS', 'DNS -> Server']);
    expect(parse('A <---- B').edges).toEqual(['B -> A']);
    expect(parse('[Agent] ~~~~ logs ~~~~> [Sumo Logic]').edges).toEqual([
      'Agent -> Sumo Logic [logs]',
    ]);
    expect(parse('[Agent ~1] --> [Sumo]').vertices).toEqual(['Agent ~1', 'Sumo']);
    expect(parseAscii({ text: 'A -.-> B', line: 1 }).edges[0]?.dotted).toBe(true);
  });

  it('reads vertical lines with heads either way and a label beside the line', () => {
    expect(parse('A\n|  HTTPS\nv\nB').edges).toEqual(['A -> B [HTTPS]']);
    expect(parse('User\n ↓\nDNS').edges).toEqual(['User -> DNS']);
    expect(parse('[ A ]\n  ^\n  |\n[ B ]').edges).toEqual(['B -> A']);
  });

  it('joins the lines of a box and makes a box of boxes a group', () => {
    const two = parse(
      '+-----------+\n| Web Server|\n|  (Nginx)  |\n+-----------+\n      |\n      v\n+-----------+\n|   MySQL   |\n+-----------+',
      20,
    );
    expect(two.vertices).toEqual(['Web Server (Nginx)', 'MySQL']);
    expect(two.graph.vertices.map((v) => v.line)).toEqual([21, 27]);
    expect(two.edges).toEqual(['Web Server (Nginx) -> MySQL']);
    const host = parse(
      '+----------------+\n| Server 1       |\n| +-----+ +----+ |\n| |Nginx| |App | |\n| +-----+ +----+ |\n+----------------+',
    );
    expect(host.groups).toEqual({ 'Server 1': ['Nginx', 'App'] });
    expect(host.graph.groups[0]?.id).toBe('g1');
  });

  it('drops asides in parentheses and lone prose', () => {
    const r = parse('[ LB1 ] <--> [ LB2 ]   (Cluster / Failover)\n\nSome notes here');
    expect(r.vertices).toEqual(['LB1', 'LB2']);
  });
});

function checkGraph(g: RawGraph, block: AsciiBlock): void {
  const rows = block.text.split(/\r?\n/).length;
  const inside = (l: number): boolean =>
    Number.isInteger(l) && l >= block.line && l < block.line + rows;
  const ids = new Set([...g.vertices.map((v) => v.id), ...g.groups.map((x) => x.id)]);
  expect(ids.size).toBe(g.vertices.length + g.groups.length);
  for (const v of g.vertices) expect(inside(v.line)).toBe(true);
  for (const x of g.groups) {
    expect(inside(x.line)).toBe(true);
    for (const m of x.members) expect(ids.has(m)).toBe(true);
  }
  for (const e of g.edges) {
    expect(inside(e.line)).toBe(true);
    expect(ids.has(e.from) && ids.has(e.to) && e.from !== e.to).toBe(true);
  }
}

describe('parseAscii over every file and on random input', () => {
  it('never throws on any block of the corpus or the seeds, and keeps ids and lines consistent', () => {
    const texts = [...corpusFiles().map(readCorpus), ...seedNames().map(readSeed)];
    let blocks = 0;
    for (const text of texts) {
      for (const block of splitSubmission(text).ascii) {
        checkGraph(parseAscii(block), block);
        blocks += 1;
      }
      const whole = { text, line: 1 };
      checkGraph(parseAscii(whole), whole);
    }
    expect(blocks).toBeGreaterThanOrEqual(18);
  });

  const PIECES = [
    '+',
    '-',
    '--',
    '---->',
    '<--',
    '<---->',
    '====>',
    '|',
    ' | ',
    'v',
    'V',
    '^',
    '▼',
    '▲',
    '│',
    '─',
    '┌',
    '┐',
    '└',
    '┘',
    '├',
    '┤',
    '┬',
    '┴',
    '┼',
    '/',
    '\\',
    '[',
    ']',
    '[ LB ]',
    '(',
    ')',
    '(User)',
    '→',
    '↓',
    '—>',
    '.',
    '=',
    '_',
    ' ',
    '  ',
    '\t',
    '\n',
    'Web',
    'DB',
    '+---+',
    '|   |',
    '[x](y)',
  ];
  const arb = fc.oneof(
    fc.string({ maxLength: 300 }),
    fc.array(fc.constantFrom(...PIECES), { maxLength: 120 }).map((p) => p.join('')),
  );

  it('never throws on random drawings and keeps lines inside the block', () => {
    fc.assert(
      fc.property(arb, fc.integer({ min: 1, max: 500 }), (text, line) => {
        const block = { text, line };
        checkGraph(parseAscii(block), block);
      }),
      { numRuns: 500 },
    );
  });
});

describe('parseAscii: arrows written inside a name', () => {
  it('keeps "DNS (www.foobar.com -> 8.8.8.8)" one name, while arrows between brackets still link', () => {
    const d = drawing(
      '```\nUser\n  |\n  v\nDNS (www.foobar.com -> 8.8.8.8)\n  |\n  v\n(LB) --> (Server)\n```\n',
    );
    expect(d.vertices).toContain('DNS (www.foobar.com -> 8.8.8.8)');
    expect(d.edges).toContain('User -> DNS (www.foobar.com -> 8.8.8.8)');
    expect(d.edges).toEqual([
      'User -> DNS (www.foobar.com -> 8.8.8.8)',
      'DNS (www.foobar.com -> 8.8.8.8) -> LB',
      'LB -> Server',
    ]);
  });
});

describe('parseAscii: a title written into a top border', () => {
  it('names the box, in +--- and ┌── borders, and a letter v in the title is no arrow head', () => {
    const plain = drawing(
      '```\n+------+\n| User |\n+------+\n    |\n    v\n+---- Server 8.8.8.8 ----+\n|  +-------+  +-----+   |\n' +
        '|  | Nginx |->| App |   |\n|  +-------+  +-----+   |\n+------------------------+\n```\n',
    );
    expect(plain.groups).toEqual({ 'Server 8.8.8.8': ['Nginx', 'App'] });
    expect(plain.edges).toEqual(['User -> {Server 8.8.8.8}', 'Nginx -> App']);
    const unicode = drawing(
      '```\n┌──── Web tier ────┐\n│ [ Nginx ] [ App ] │\n└───────────────────┘\n```\n',
    );
    expect(unicode.groups).toEqual({ 'Web tier': ['Nginx', 'App'] });
  });

  it('leaves a border broken by a lone word or a single dash alone', () => {
    // "+- x -+": one dash each side is not a titled border.
    expect(drawing('```\n+- Server -+\n|  Nginx   |\n+----------+\n```\n').groups).toEqual({});
  });
});

describe('parseAscii: a box that lists what it runs', () => {
  it('writes a name over a list as a Mermaid label would: "Server 8.8.8.8 (Nginx, App server, MySQL)"', () => {
    const listed = drawing(
      '```\n+----------------+\n| Server 8.8.8.8 |\n| - Nginx        |\n| - App server   |\n| - MySQL        |\n+----------------+\n```\n',
    );
    expect(listed.vertices).toEqual(['Server 8.8.8.8 (Nginx, App server, MySQL)']);
    const bracketed = drawing(
      '```\n+---------------+\n| Load Balancer |\n|   (HAProxy)   |\n+---------------+\n```\n',
    );
    expect(bracketed.vertices).toEqual(['Load Balancer (HAProxy)']);
    expect(drawing('```\n+-------+\n| MySQL |\n+-------+\n```\n').vertices).toEqual(['MySQL']);
  });

  it('reads a bracketed name wrapped over two rows as one item', () => {
    const wrapped = drawing(
      '```\n+-------------+\n| Server 1    |\n| Nginx       |\n| [Monitoring |\n|   client 1] |\n+-------------+\n```\n',
    );
    expect(wrapped.vertices).toEqual(['Server 1 (Nginx, Monitoring client 1)']);
  });
});

describe('parseAscii: a name inside a server box with no line to it', () => {
  it('is one more thing the box holds, not a note to drop', () => {
    const d = drawing(
      '```\n+---------------------------+\n| Server 1                  |\n|  +-------+  +--------+    |\n' +
        '|  | Nginx |  | App    |    |\n|  +-------+  +--------+    |\n|  MySQL database           |\n' +
        '+---------------------------+\n```\n',
    );
    expect(d.groups).toEqual({ 'Server 1': ['Nginx', 'App', 'MySQL database'] });
  });
});

describe('parseAscii: a one-row fan-out', () => {
  it('links a name to the two names under it through a row of / and \\ alone', () => {
    for (const text of [
      '```\n        [ HAProxy LB ]\n          /        \\\n   [ Server 1 ]  [ Server 2 ]\n```\n',
      '```\n              HAProxy LB\n             /          \\\n       Server 1        Server 2\n```\n',
    ]) {
      const d = drawing(text);
      expect(d.vertices).toEqual(['HAProxy LB', 'Server 1', 'Server 2']);
      expect(d.edges).toEqual(['HAProxy LB <-> Server 1', 'HAProxy LB <-> Server 2']);
    }
  });

  it('does not read a slash between words as a line', () => {
    const d = drawing(
      '```\n+------------------+\n| Nginx / Apache   |\n| TCP / IP         |\n+------------------+\n```\n',
    );
    expect(d.edges).toEqual([]);
  });
});

describe('parseAscii: a tree of names', () => {
  it('reads each └── item as its own name, linked to the name it hangs from', () => {
    const d = drawing(
      '```\nUser (browser)\n └── DNS (www.foobar.com -> 8.8.8.8)\n      └── Server 8.8.8.8\n' +
        '           ├── Nginx (web server)\n           └── MySQL database\n```\n',
    );
    expect(d.vertices).toEqual([
      'User (browser)',
      'DNS (www.foobar.com -> 8.8.8.8)',
      'Server 8.8.8.8',
      'Nginx (web server)',
      'MySQL database',
    ]);
    expect(d.edges).toEqual([
      'User (browser) -> DNS (www.foobar.com -> 8.8.8.8)',
      'DNS (www.foobar.com -> 8.8.8.8) -> Server 8.8.8.8',
      'Server 8.8.8.8 -> Nginx (web server)',
      'Server 8.8.8.8 -> MySQL database',
    ]);
  });
});

describe('parseAscii: a box holding a flow of names and arrows', () => {
  const box = (rows: string[]): string =>
    [
      '```',
      '+----------------------+',
      ...rows.map((r) => `| ${r.padEnd(20)} |`),
      '+----------------------+',
      '```',
      '',
    ].join('\n');

  it('is named by a first row with more text right under it', () => {
    const d = drawing(box(['Server A', ' Nginx (web server)', '   |', '   v', ' App server']));
    expect(d.groups).toEqual({ 'Server A': ['Nginx (web server)', 'App server'] });
    expect(d.edges).toEqual(['Nginx (web server) -> App server']);
  });

  it('is not named by a first row with an arrow under it: that row is the first step', () => {
    const d = drawing(box(['Nginx', '   |', '   v', 'App server']));
    expect(d.groups).toEqual({ '': ['Nginx', 'App server'] });
    expect(d.edges).toEqual(['Nginx -> App server']);
  });
});

describe('parseAscii: a line through box walls, and captions under the boxes', () => {
  const servers = [
    '┌──────────────────┐  ┌──────────────────┐',
    '│ Server 1         │  │ Server 2         │',
    '│ ┌──────────────┐ │  │ ┌──────────────┐ │',
    '│ │ MySQL PRIMARY│─┼──┼▶│ MySQL REPLICA│ │',
    '│ └──────────────┘ │  │ └──────────────┘ │',
    '└──────────────────┘  └──────────────────┘',
    '  writes + reads        reads only',
    '     (replication: primary ──▶ replica)',
  ];

  it('joins the line from the inner box to the inner box across both walls; the captions are no parts', () => {
    const d = drawing(['```', ...servers, '```', ''].join('\n'));
    expect(d.edges).toEqual(['MySQL PRIMARY -> MySQL REPLICA']);
    expect(d.vertices).toEqual(['MySQL PRIMARY', 'MySQL REPLICA']);
  });

  it('closes a double-line box whose wall a line crosses with ╬', () => {
    const rows = [
      '╔════════════════╗       ╔════════════════╗',
      '║ Server A       ║       ║ Server B       ║',
      '║ MySQL Primary ═╬══════►║ MySQL Replica  ║',
      '╚════════════════╝       ╚════════════════╝',
    ];
    const d = drawing(['```', ...rows, '```', ''].join('\n'));
    expect(d.edges).toEqual(['Server A (MySQL Primary) -> Server B (MySQL Replica)']);
  });

  it('joins a line leaving an inner box through its host’s wall to a name outside', () => {
    const d = drawing(
      [
        '```',
        '┌────────────┐',
        '│ ┌───────┐  │',
        '│ │ MySQL │──┼───▶ Backup',
        '│ └───────┘  │',
        '└────────────┘',
        '```',
        '',
      ].join('\n'),
    );
    expect(d.edges).toEqual(['MySQL -> Backup']);
  });
});

describe('parseAscii: a label over an arrow inside a box', () => {
  it('labels the arrow between two load balancers in a cluster box, and is no part of the box', () => {
    const d = drawing(
      [
        '```',
        '┌──────────────── LB cluster (virtual IP) ───────────────┐',
        '│   ┌──────────────┐  heartbeat / VRRP  ┌──────────────┐ │',
        '│   │  HAProxy 1   │◀──────────────────▶│  HAProxy 2   │ │',
        '│   └──────────────┘                    └──────────────┘ │',
        '└────────────────────────────────────────────────────────┘',
        '```',
        '',
      ].join('\n'),
    );
    expect(d.edges).toEqual(['HAProxy 1 <-> HAProxy 2 [heartbeat / VRRP]']);
    expect(d.vertices).toEqual(['HAProxy 1', 'HAProxy 2']);
  });
});

describe('parseAscii: boxes with doubled sides', () => {
  it('reads a box walled with || as its inner text, a blank row inside included', () => {
    const d = drawing(
      [
        '```',
        ' ======================          ==========================',
        ' ||  USER browser    ||  =====>  ||  server 8.8.8.8       ||',
        ' ======================          ||                       ||',
        '                                 ||  * Nginx              ||',
        '                                 ||  * MySQL (database)   ||',
        '                                 ==========================',
        '```',
        '',
      ].join('\n'),
    );
    expect(d.vertices).toEqual(['USER browser', 'server 8.8.8.8 (Nginx, MySQL (database))']);
    expect(d.edges).toEqual(['USER browser -> server 8.8.8.8 (Nginx, MySQL (database))']);
  });
});

describe('parseAscii: a legend inside the drawing', () => {
  it('reads no part from the legend’s lines', () => {
    const d = drawing(
      [
        '```',
        '(User) ---HTTPS---> [FW] ---> [ HAProxy ]',
        '',
        'Legend:',
        '  [FW]  = firewall',
        '  [SSL] = SSL certificate',
        '```',
        '',
      ].join('\n'),
    );
    expect(d.vertices).toEqual(['User', 'FW', 'HAProxy']);
  });
});

describe('parseAscii: diagonals whose heads stop short of the box', () => {
  it('follows \\ then > and / then < to the box they point at', () => {
    const rows = [
      '   [ HAProxy A ]           [ HAProxy B ]',
      '              \\               /',
      '               >  [ Nginx ]  <',
    ];
    expect(drawing(['```', ...rows, '```', ''].join('\n')).edges).toEqual([
      'HAProxy A -> Nginx',
      'HAProxy B -> Nginx',
    ]);
  });
});

describe('parseAscii: an address written in brackets under a name', () => {
  it('is the address of the name above it, and lines from it leave the named part', () => {
    const rows = [
      '  [ HAProxy #1 ] <---- heartbeat ----> [ HAProxy #2 ]',
      '  [ 10.0.0.10 ]                        [ 10.0.0.11 ]',
      '        |                                    |',
      '        +------------------+-----------------+',
      '                           v',
      '                    [ Nginx web ]',
    ];
    const d = drawing(['```', ...rows, '```', ''].join('\n'));
    expect(d.vertices).toEqual(['HAProxy #1 (10.0.0.10)', 'HAProxy #2 (10.0.0.11)', 'Nginx web']);
    expect(d.edges).toContain('HAProxy #1 (10.0.0.10) -> Nginx web');
  });
});
