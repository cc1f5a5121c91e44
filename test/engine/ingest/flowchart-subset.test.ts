// The plain-flowchart reader gives Mermaid's own model whenever it reads a chart: on generated charts and on every
// flowchart of the corpus, the seeds, the written fixtures and the lessons (Mermaid itself is the oracle).
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitSubmission } from '../../../src/engine/ingest/blocks.ts';
import { readFlowchartSubset } from '../../../src/engine/ingest/flowchart-subset.ts';
import { compact } from '../../../src/engine/ingest/parse-mermaid.ts';
import { createNodeMermaidParser } from '../../../src/platform/mermaid-node.ts';
import { corpusFiles, readCorpus, readSeed, seedNames } from '../../fixtures/shared.ts';

const mermaid = createNodeMermaidParser();

/** The submissions written in styles the corpus lacks, and the lessons (their Mermaid examples). */
function writtenTexts(): string[] {
  const read = (dir: URL, ext: string): string[] =>
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith(ext))
      .map((f) => readFileSync(new URL(f, dir), 'utf8'));
  return [
    ...read(new URL('../../fixtures/written/', import.meta.url), '.md'),
    ...read(new URL('../../../content/', import.meta.url), '.mdx'),
  ];
}

/** Mermaid's model of the text, or null when Mermaid rejects it. */
async function oracle(text: string): Promise<unknown> {
  const outcome = await mermaid.parse(text);
  return outcome.ok ? outcome.model : null;
}

/** Plain ids, and ids that begin like Mermaid's keywords or link ends (drawn less often). */
const plainIds = ['A', 'B', 'C', 'lb1', 'Web_2', 'DB', 'Client', 'a1', 'oB', 'xA', 'ox'];
const trickyIds = [
  'o',
  'x',
  'endpoint',
  'End',
  'end',
  'classic',
  'styleX',
  'defaultLB',
  'graphite',
];
const moreIds = ['LR', 'TD', 'direction', 'subgraphA'];
const plainLabels = ['Web Server', 'IP: 8.8.8.8', 'DB 1.2', '"User (Browser)"', 'Réplica'];
const labels = [
  ...plainLabels,
  ' padded ',
  "it's",
  'a/b',
  'x+y',
  'end',
  'Load-Balancer',
  'a -- b',
  'DNS → 8.8.8.8',
  '👤 User',
  'why?',
  '"1. Requests www.foobar.com"',
  '"a & b"',
  '" spaced "',
  '""',
  'a<br>b',
  '"a<br>b"',
  '#35;',
  '"Server #1"',
  '"#35;"',
  '"DNS Server\\n(www)"',
  'Users<br/>HTTPS',
  'a<br />b',
  'a<br>b<br/>c',
  '"👤 User<br>www.foobar.com"',
  'a<br/ >b',
  '<br>',
  'Server @ 8.8.8.8',
  'A=8.8.8.8',
  'Server #1',
  'a==b',
  '@{ shape: rect }',
  'x@y',
  '"C:\\\\temp"',
  '"\\n"',
  '"a<BR>b"',
  'a<b>b',
  'o',
  'x',
];
const shapes = [
  ['[', ']'],
  ['(', ')'],
  ['((', '))'],
  ['[(', ')]'],
  ['([', '])'],
  ['[[', ']]'],
  ['{{', '}}'],
  ['{', '}'],
  ['[', ')'],
] as const;
const arrows = ['-->', '--->', '---', '-.->', '-.-', '==>', '===', '<-->', '--x', '--o', '->'];
const halvesList = [
  ['--', '-->'],
  ['--', '---'],
  ['-.', '.->'],
  ['-.', '.-'],
  ['==', '==>'],
  ['==', '==='],
  ['<--', '-->'],
  ['<--', '---'],
  ['--', '==>'],
] as const;

/** Mostly what reads, sometimes what does not. */
function mostly<T>(plain: readonly T[], all: readonly T[]): fc.Arbitrary<T> {
  return fc.oneof(
    { weight: 20, arbitrary: fc.constantFrom(...plain) },
    { weight: 1, arbitrary: fc.constantFrom(...all) },
  );
}

const node = fc
  .tuple(
    mostly(plainIds, [...trickyIds, ...moreIds]),
    fc.option(fc.tuple(mostly(shapes.slice(0, 8), shapes), mostly(plainLabels, labels))),
  )
  .map(([id, label]) => (label ? `${id}${label[0][0]}${label[1]}${label[0][1]}` : id));
const piped = fc
  .tuple(
    fc.constantFrom(' ', ''),
    mostly(arrows.slice(0, 8), arrows),
    fc.option(mostly(plainLabels, labels)),
    fc.constantFrom(' ', ''),
  )
  .map(([a, arrow, label, b]) => `${a}${arrow}${label === null ? '' : `|${label}|`}${b}`);
const halves = fc
  .tuple(
    mostly(halvesList.slice(0, 7), halvesList),
    mostly(['HTTPS', 'reads', '"Round-Robin"'], labels),
  )
  .chain(([[open, close], label]) =>
    fc.constantFrom(` ${open} ${label} ${close} `, `${open}${label}${close}`),
  );
const link = fc.oneof({ weight: 3, arbitrary: piped }, { weight: 1, arbitrary: halves });
const group = fc
  .array(node, { minLength: 1, maxLength: 3 })
  .chain((g) => fc.constantFrom(g.slice(0, 1).join(''), g.join(' & ')));
const statement = fc
  .tuple(group, fc.array(fc.tuple(link, group), { maxLength: 3 }))
  .map(([first, rest]) => first + rest.map(([l, n]) => l + n).join(''));
const subgraphHead = fc.constantFrom(
  'subgraph S1',
  'subgraph S2[Web tier]',
  'subgraph Data center',
  'subgraph S1 [Two]',
  'subgraph A',
  'subgraph S3["Server: 8.8.8.8"]',
  'subgraph S4["Server #1"]',
  'subgraph LB["Load balancers (cluster)"]',
);
const line = fc.oneof(
  { weight: 6, arbitrary: statement },
  { weight: 1, arbitrary: subgraphHead },
  { weight: 1, arbitrary: fc.constant('end') },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      'classDef server fill:#f9f,stroke:#333,stroke-width:2px',
      'classDef big fill:#f9f;',
      'class A,B server',
      'class A server big',
      'style LB fill:#f9f,stroke:#333',
      'style A fill:#f00',
      'style end fill:#f00',
      'style Z color:red',
    ),
  },
);
const chart = fc
  .tuple(
    fc.constantFrom('graph TD', 'flowchart LR', 'graph LR;', 'flowchart TB'),
    fc.array(fc.tuple(fc.constantFrom('  ', '\t', '', '    '), line), { maxLength: 8 }),
  )
  .map(([header, body]) => [header, ...body.map(([indent, l]) => indent + l)].join('\n'));

describe('readFlowchartSubset', () => {
  it('gives what Mermaid gives on generated charts, and reads many of them', async () => {
    let read = 0;
    await fc.assert(
      fc.asyncProperty(chart, async (text) => {
        const model = readFlowchartSubset(text);
        if (model === null) return;
        if (model.edges.length > 0) read += 1;
        expect(model).toEqual(await oracle(text));
      }),
      { numRuns: 3000 },
    );
    console.log(`flowchart subset: ${read} of 3000 generated charts with links read`);
    expect(read).toBeGreaterThan(200);
  }, 120_000);

  it('gives what Mermaid gives on every flowchart of the corpus, the seeds, the fixtures and the lessons', async () => {
    const texts = [
      ...corpusFiles().map(readCorpus),
      ...seedNames().map((n) => readSeed(n)),
      ...writtenTexts(),
    ];
    let blocks = 0;
    let read = 0;
    for (const text of texts) {
      for (const block of splitSubmission(text).mermaid) {
        const compacted = compact(block.text).text;
        blocks += 1;
        const model = readFlowchartSubset(compacted);
        if (model === null) continue;
        read += 1;
        expect(model).toEqual(await oracle(compacted));
      }
    }
    expect(blocks).toBeGreaterThan(50);
    expect(read).toBeGreaterThan(0);
    console.log(`flowchart subset: ${read} of ${blocks} Mermaid blocks read without Mermaid`);
  }, 120_000);

  it('leaves to Mermaid what it does not read: other headers, unclosed subgraphs, tags, classes, entities', () => {
    for (const text of [
      'sequenceDiagram\n  A->>B: hi',
      'graph TD\n  subgraph S\n  A --> B',
      'graph TD\n  end',
      'graph TD\n  A[Web<b>Server</b>] --> B',
      'graph TD\n  A[Web] --> B:::big',
      'graph TD\n  A[Web #35;] --> B',
      'graph TD\n  A --x B',
      'graph TD\n  classDef big fill:#f00;',
      'graph TD\n  style A fill:#f00 !important',
    ])
      expect(readFlowchartSubset(text)).toBeNull();
  });

  it('reads quoted labels, labelled links in both spellings and nodes joined by &', () => {
    const model = readFlowchartSubset(
      'graph LR\n  U["User (Browser)"] -- HTTPS --> A & B\n  A -->|"SQL"| DB[(MySQL)]',
    );
    expect(model?.vertices.map((v) => v.text)).toEqual(['User (Browser)', 'A', 'B', 'MySQL']);
    expect(model?.edges.map((e) => `${e.from}-${e.text}-${e.to}`)).toEqual([
      'U-HTTPS-A',
      'U-HTTPS-B',
      'A-SQL-DB',
    ]);
  });

  it('leaves to Mermaid a chart over its edge limit, which Mermaid rejects', async () => {
    const chart = (n: number): string =>
      ['graph TD', ...Array.from({ length: n }, (_, i) => `  A${i} --> B${i}`)].join('\n');
    expect(readFlowchartSubset(chart(500))).toEqual(await oracle(chart(500)));
    expect(await oracle(chart(501))).toBeNull();
    expect(readFlowchartSubset(chart(501))).toBeNull();
  });

  it('gives what Mermaid gives for each tricky label and id in every place it can stand', async () => {
    const labels = [
      'end',
      'subgraph x',
      'click here',
      'graph TD',
      '-',
      'a - b',
      'a -b',
      'a- b',
      '?',
      'a:b',
    ];
    labels.push('http://x', '8.8.8.8:443', 'x', 'o', 'v', 'A & B', "l'app", 'Ñandú', '1', 'a = b');
    labels.push(
      'a@b',
      '#1',
      'Server #1',
      'TLS 1.3',
      'A→B',
      '🔄 HAProxy',
      'a  b',
      '::',
      'a:',
      '. . .',
    );
    const ids = [
      'v',
      'V',
      'vpc',
      'up',
      'DOWN',
      'text',
      'A1',
      'href1',
      'call',
      'graphDB',
      'x1',
      'o1',
    ];
    ids.push(
      'xo',
      'ox',
      'Start',
      'in',
      'of',
      'Data  center',
      'Web Infrastructure for www.foobar.com',
    );
    ids.push('Server 1: Load balancer', 'Data center (EU)', 'Web tier v2', 'o b', 'Web - tier');
    ids.push(
      'The end game',
      'Réseau privé',
      'Web, App',
      'A/B testing',
      'Web click tier',
      'Tier TD',
    );
    const forms = [
      ...labels.flatMap((l) => [
        `A[${l}] --> B`,
        `A(${l})`,
        `A --> B((${l}))`,
        `A -->|${l}| B`,
        `A -- ${l} --> B`,
        `A <--"${l}"--> B`,
        `A --"${l}"--> B`,
        `A <-- ${l} --> B`,
        `A["${l}"]`,
        `subgraph S[${l}]\n  A\nend`,
        `subgraph ${l}\n  A\nend`,
        `A[(${l})]`,
      ]),
      ...ids.flatMap((id) => [
        `${id} --> B`,
        `A-->${id}`,
        `subgraph ${id}\n  A\nend`,
        `${id} & B --> C`,
      ]),
    ];
    let read = 0;
    for (const form of forms) {
      const text = `graph LR\n  ${form}`;
      const model = readFlowchartSubset(text);
      if (model === null) continue;
      read += 1;
      expect(model, text).toEqual(await oracle(text));
    }
    expect(read).toBeGreaterThan(150);
  });
});
