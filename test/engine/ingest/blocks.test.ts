// splitSubmission on real submissions (fences of every kind, bare Mermaid, ASCII, image links, sections) and on random text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAscii } from '../../../src/engine/ingest/ascii.ts';
import { splitSubmission, type SubmissionBlocks } from '../../../src/engine/ingest/blocks.ts';
import { imageKind, imagesInLine } from '../../../src/engine/ingest/images.ts';
import { SOFT_HEADING_LEVEL, SOFT_LEAD_LEVEL } from '../../../src/engine/prose/section.ts';
import {
  corpusEntry,
  corpusFiles,
  manifest,
  readCorpus,
  readCorpusId,
  readSeed,
  seedNames,
} from '../../fixtures/shared.ts';

function split(id: string): SubmissionBlocks {
  return splitSubmission(readCorpusId(id));
}

/** File line `n` (1-based) of a text. */
function lineOf(text: string, n: number): string {
  return text.split(/\r?\n/)[n - 1] ?? '';
}

describe('splitSubmission: Mermaid fences', () => {
  it('reads the seed whose ```mermaid fence is never closed up to the end of the file', () => {
    const text = readSeed('000');
    const { mermaid, sections } = splitSubmission(text);
    expect(mermaid).toHaveLength(1);
    expect(mermaid[0]).toMatchObject({ line: 55, fence: 'backtick', closed: false });
    expect(mermaid[0]?.text.startsWith('graph TD')).toBe(true);
    expect(mermaid[0]?.text.endsWith('M2 --> MS')).toBe(true);
    expect(sections.map((s) => s.heading)).toContain('Purpose of Scaling');
    expect(sections.every((s) => !s.text.includes('-->'))).toBe(true);
  });

  it('closes a ``` fence with ```` and reads the prose after it (seed 003, corpus 073 and 110)', () => {
    const seed = splitSubmission(readSeed('003'));
    expect(seed.mermaid).toEqual([
      expect.objectContaining({ line: 2, fence: 'backtick', closed: true }),
    ]);
    expect(seed.sections[0]).toMatchObject({ level: 1, line: 34 });
    const c073 = split('073');
    expect(c073.mermaid).toEqual([expect.objectContaining({ line: 2, closed: true })]);
    expect(c073.sections.find((s) => s.heading === 'Infrastructure Overview')?.line).toBe(27);
    expect(split('110').mermaid).toHaveLength(1);
  });

  it('reads ````mermaid fences and skips the blank line after the opener (105, 108)', () => {
    expect(split('105').mermaid).toEqual([
      expect.objectContaining({ line: 3, fence: 'backtick', closed: true }),
    ]);
    expect(split('105').mermaid[0]?.text.startsWith('sequenceDiagram')).toBe(true);
    expect(split('108').mermaid).toEqual([expect.objectContaining({ line: 40, closed: true })]);
  });

  it("reads an unclosed '''mermaid fence (157) and an unclosed ```mermaid (104)", () => {
    expect(split('157').mermaid).toEqual([
      expect.objectContaining({ line: 2, fence: 'quote', closed: false }),
    ]);
    const c104 = split('104');
    expect(c104.mermaid).toEqual([
      expect.objectContaining({ line: 2, fence: 'backtick', closed: false }),
    ]);
    expect(c104.mermaid[0]?.text.split('\n')).toHaveLength(7);
  });

  it('reads bare Mermaid with no fence: a .mmd file (005) and a .md starting with graph TD (155)', () => {
    for (const id of ['005', '029', '155']) {
      const { mermaid } = split(id);
      expect(mermaid).toEqual([expect.objectContaining({ line: 1, fence: 'none' })]);
    }
    expect(split('155').mermaid[0]?.text.split('\n')).toHaveLength(18);
  });

  it('keeps a %%{init}%% directive line with the diagram (164)', () => {
    const [block] = split('164').mermaid;
    expect(block?.line).toBe(8);
    expect(block?.text.split('\n')[1]).toBe('flowchart LR');
  });

  it('finds two diagrams in back-to-back fences (030) and both of seed 004', () => {
    expect(split('030').mermaid.map((m) => m.line)).toEqual([10, 67]);
    const seed = splitSubmission(readSeed('004'));
    expect(seed.mermaid.map((m) => [m.line, m.text.split('\n')[0]])).toEqual([
      [110, 'sequenceDiagram'],
      [150, 'graph TD'],
    ]);
  });

  it('stops an unclosed fence at a heading and a bare diagram at prose', () => {
    const text = ['```mermaid', 'graph LR', '  A --> B', '# Explanation', 'Some words.'].join('\n');
    const b = splitSubmission(text);
    expect(b.mermaid).toEqual([
      { text: 'graph LR\n  A --> B', line: 2, fence: 'backtick', closed: false },
    ]);
    expect(b.sections).toEqual([
      { heading: 'Explanation', level: 1, line: 4, text: 'Some words.', lines: [5] },
    ]);
    const bare = splitSubmission(
      'Intro line.\n\nsequenceDiagram\n  A->>B: hi\n\nThis is the explanation of it all.\n',
    );
    expect(bare.mermaid).toEqual([
      { text: 'sequenceDiagram\n  A->>B: hi', line: 3, fence: 'none', closed: true },
    ]);
    expect(bare.sections[0]?.text).toBe('Intro line.\n\nThis is the explanation of it all.');
    expect(bare.sections[0]?.lines).toEqual([1, 2, 6]);
  });

  it('reads a stray closing fence after bare Mermaid as no fence, and a lone "Graph" line as prose', () => {
    const stray = splitSubmission('graph TD\n  A --> B\n```\n\n## Notes\nText.\n');
    expect(stray.mermaid).toEqual([
      { text: 'graph TD\n  A --> B', line: 1, fence: 'none', closed: true },
    ]);
    expect(stray.sections).toEqual([
      { heading: 'Notes', level: 2, line: 5, text: 'Text.', lines: [6] },
    ]);
    expect(splitSubmission('Graph\nThe graph below shows it.\n').mermaid).toEqual([]);
  });

  it('reads ~~~ fences and a mermaid header in a fence without an info string', () => {
    const b = splitSubmission('~~~\nflowchart TD\n  A --> B\n~~~\n');
    expect(b.mermaid).toEqual([
      { text: 'flowchart TD\n  A --> B', line: 2, fence: 'tilde', closed: true },
    ]);
  });

  it('ends bare Mermaid at the closing tag of the HTML block around it (<pre class="mermaid">)', () => {
    for (const tag of ['pre', 'div']) {
      const b = splitSubmission(
        `<${tag} class="mermaid">\ngraph TD\n  A --> B\n</${tag}>\nAfter.\n`,
      );
      expect(b.mermaid.map((m) => [m.text, m.line])).toEqual([['graph TD\n  A --> B', 2]]);
    }
  });

  it('reads a fence inside a blockquote, at its file lines; quoted prose with no fence stays as written', () => {
    const b = splitSubmission(
      '# Design\n\n> ```mermaid\n> graph TD\n>   A --> B\n>\n> ```\n\n> A quote, not a diagram.\n',
    );
    expect(b.mermaid).toEqual([
      { text: 'graph TD\n  A --> B', line: 4, fence: 'backtick', closed: true },
    ]);
    expect(b.sections.map((s) => s.text).join('\n')).toContain('> A quote, not a diagram.');
    // Nested quotes too.
    const nested = splitSubmission('> > ~~~\n> > flowchart LR\n> >   A --> B\n> > ~~~\n');
    expect(nested.mermaid.map((m) => [m.text, m.line])).toEqual([['flowchart LR\n  A --> B', 2]]);
  });
});

describe('splitSubmission: ASCII drawings', () => {
  it('finds fenced drawings: ``` (seed 002), ```text with tabs (039), ```` boxes (063)', () => {
    const seed = splitSubmission(readSeed('002'));
    expect(seed.ascii).toHaveLength(1);
    expect(seed.ascii[0]?.line).toBe(54);
    expect(seed.ascii[0]?.text.startsWith('User Browser')).toBe(true);
    expect(seed.sections.find((s) => s.heading.startsWith('ASCII'))?.text).not.toContain('HAProxy');
    expect(split('039').ascii).toEqual([expect.objectContaining({ line: 9 })]);
    expect(split('063').ascii).toEqual([expect.objectContaining({ line: 4 })]);
  });

  it('finds unfenced drawings and starts them at the first name (002, 041, 069, 135, 136, 149)', () => {
    expect(split('002').ascii.map((a) => [a.line, a.text.split('\n')[0]])).toEqual([[3, 'User']]);
    expect(split('041').ascii[0]?.text.split('\n').at(-1)).toContain('MySQL Primary Database');
    expect(split('069').ascii[0]?.line).toBe(3);
    expect(split('135').ascii[0]?.line).toBe(5);
    expect(split('136').ascii[0]?.line).toBe(1);
    expect(split('149').ascii[0]?.line).toBe(1);
    expect(split('002').sections[0]?.text).toContain('Additional Server:');
    expect(split('002').sections[0]?.text).not.toContain('HAProxy Load Balancer 1');
  });

  it('finds a one-line chain of boxes in an indented code block, but not an indented line of prose', () => {
    const chain =
      '# Design\n\n    [User] --> [DNS www.foobar.com] --> [Server 8.8.8.8 | Nginx | MySQL]\n\nText.\n';
    expect(splitSubmission(chain).ascii.map((a) => a.line)).toEqual([3]);
    const prose = '# Design\n\n    The user goes to the DNS, then to the server.\n';
    expect(splitSubmission(prose).ascii).toEqual([]);
    const continued = '- a list item\n    [User] --> [DNS] --> [Server]\n';
    expect(splitSubmission(continued).ascii).toEqual([]);
  });

  it('finds an unfenced box drawn with # walls, and no heading in it; a Markdown heading is none', () => {
    const box = [
      'Design',
      '',
      '  ########## ONE SERVER : 8.8.8.8 ##########',
      '  #                                        #',
      '  #   [ Nginx ] <--> [ App server ]        #',
      '  #                   |                    #',
      '  #                   v                    #',
      '  #              [ MySQL ]                 #',
      '  ##########################################',
      '',
      '# Issues',
      'One server.',
    ].join('\n');
    const b = splitSubmission(box);
    expect(b.ascii.map((a) => a.line)).toEqual([3]);
    expect(b.sections.map((s) => s.heading)).toEqual(['', 'Issues']);
    expect(splitSubmission('# Title #\n\n## Part ##\ntext\n').ascii).toEqual([]);
  });

  it('keeps a fan-in of diagonals under an unfenced drawing in that drawing', () => {
    const text = [
      'Design',
      '',
      '   +-------+     +-------+',
      '   | Web 1 |     | Web 2 |',
      '   +-------+     +-------+',
      '',
      '   agent #1 ---\\',
      '   agent #2 ----+---- push ----> [ Sumo Logic ]',
      '   agent #3 ---/',
      '',
      'Text.',
    ].join('\n');
    const ascii = splitSubmission(text).ascii;
    expect(ascii.map((a) => a.line)).toEqual([3]);
    expect(ascii[0]?.text).toContain('agent #3 ---/');
  });

  it('reads a box drawing in a text fence and the Mermaid beside it (045)', () => {
    const b = split('045');
    expect(b.ascii.map((a) => a.line)).toEqual([6]);
    expect(b.mermaid.map((m) => m.line)).toEqual([38]);
  });

  it('does not take a directory tree, a Markdown table, config code or arrow prose for a drawing', () => {
    expect(split('122').ascii).toEqual([]);
    expect(split('055').ascii).toEqual([]);
    const code =
      '```nginx\nserver {\n  listen 80;\n  location / { proxy_pass http://app; }\n}\n```\n';
    expect(splitSubmission(code).ascii).toEqual([]);
    const bash =
      '```\nsudo apt-get install -y haproxy\ncat /etc/haproxy/haproxy.cfg | grep backend\n```\n';
    expect(splitSubmission(bash).ascii).toEqual([]);
    expect(splitSubmission('- request 1 → Server 1\n- request 2 → Server 2\n').ascii).toEqual([]);
  });
});

describe('splitSubmission: image links', () => {
  it('tells remote, relative, local and placeholder targets in real files', () => {
    expect(split('024').images.map((i) => [i.line, i.kind])).toEqual([
      [5, 'remote'],
      [6, 'relative'],
      [7, 'local'],
    ]);
    expect(split('034').images).toEqual([
      {
        alt: 'Link to diagram',
        target: 'https://imgur.com/YOUR_LINK_HERE',
        line: 4,
        kind: 'placeholder',
      },
    ]);
    expect(split('150').images).toEqual([expect.objectContaining({ kind: 'local', line: 1 })]);
    expect(split('016').images).toEqual([
      { alt: '', target: '3-scale_up.png', line: 54, kind: 'relative' },
    ]);
    expect(split('028').images.map((i) => i.target)).toContain('Secured and Monitored.drawio.png');
  });

  it('reads HTML <img> (with entities), <a><img></a>, autolinks and URLs after a word', () => {
    expect(split('064').images[0]).toMatchObject({
      alt: "Copie d'écran_20260603_110302",
      kind: 'remote',
    });
    expect(split('089').images).toEqual([
      expect.objectContaining({ target: 'https://zupimages.net/up/23/44/b43z.png' }),
    ]);
    expect(split('018').images).toEqual([
      expect.objectContaining({ target: 'https://imgur.com/bVzXdVu', kind: 'remote' }),
    ]);
    expect(split('133').images).toEqual([
      expect.objectContaining({ target: 'https://imgur.com/DqfMh5q', line: 15 }),
    ]);
    expect(split('090').images).toEqual([expect.objectContaining({ line: 55, kind: 'remote' })]);
  });

  it('ignores links that are not diagrams (the domain, references, a tool home page)', () => {
    expect(split('052').images).toEqual([]);
    expect(split('114').images).toEqual([]);
    expect(split('066').images.map((i) => i.target)).toEqual(['0-simple_web_stack.png']);
  });

  it('classifies empty and placeholder targets and diagram hosts', () => {
    expect(imagesInLine('![diagram]()', 3)).toEqual([
      { alt: 'diagram', target: '', line: 3, kind: 'empty' },
    ]);
    expect(imagesInLine('![x](<link>) and ![y](#)', 1).map((i) => i.kind)).toEqual([
      'placeholder',
      'placeholder',
    ]);
    expect(imagesInLine('Diagram: YOUR_LINK_HERE', 1).map((i) => i.kind)).toEqual(['placeholder']);
    expect(
      imagesInLine('<img alt="&#99999999999999999999999;&#x27;" src="a.png">', 1)[0]?.alt,
    ).toBe("\ufffd'");
    expect(imageKind('file:///home/me/x.png')).toBe('local');
    expect(imageKind('/home/me/diagram.png')).toBe('local');
    expect(imageKind('./images/x.png')).toBe('relative');
    expect(imageKind('images/x.png')).toBe('relative');
    const hosts = [
      'https://lucid.app/lucidchart/abc/edit',
      'https://whimsical.com/web-stack-123',
      'https://app.diagrams.net/#G1abc',
      'https://www.figma.com/file/xyz',
      'https://miro.com/app/board/abc=/',
      'https://excalidraw.com/#json=1,2',
      'https://user-images.githubusercontent.com/1/2.png',
    ];
    for (const url of hosts)
      expect(imagesInLine(`see ${url}`, 1).map((i) => i.kind)).toEqual(['remote']);
    expect(imagesInLine('see https://example.com/page and https://imgur.com', 1)).toEqual([]);
  });
});

describe('splitSubmission: sections', () => {
  it('heads the answer under a question written alone on its line after a blank line', () => {
    const text = [
      'Why is the traffic served over HTTPS?',
      'So the data is encrypted and cannot be sniffed.',
      '',
      'What is monitoring for?',
      'To track availability.',
      'Is that all? No: it also alerts.',
      '- Is a list item a heading?',
    ].join('\n');
    expect(splitSubmission(text).sections.map((s) => [s.heading, s.level, s.line])).toEqual([
      ['', 0, 1],
      ['Why is the traffic served over HTTPS?', 8, 1],
      ['What is monitoring for?', 8, 4],
    ]);
  });

  it('keeps French headings and their prose (166), and a heading with no prose under it (154)', () => {
    const c166 = split('166');
    expect(c166.sections.map((s) => [s.heading, s.level, s.line])).toEqual([
      ['2. Secured and Monitored Web Infrastructure', 1, 1],
      ['Problèmes', 2, 13],
    ]);
    expect(c166.sections[1]?.text).toContain("N'avoir qu'un seul serveur MySQL");
    const c154 = split('154');
    expect(c154.sections.find((s) => s.heading.includes('Diagram'))?.text).not.toContain(
      'flowchart',
    );
  });

  it('reads Spanish headings, HTML headings, and gives a headless file one level-0 section', () => {
    const es = splitSubmission(
      'Intro.\n\n## Problemas de la infraestructura\nUn único servidor.\n<h3>Añadidos</h3>\nDos servidores.\n',
    );
    expect(es.sections).toEqual([
      { heading: '', level: 0, line: 1, text: 'Intro.', lines: [1] },
      {
        heading: 'Problemas de la infraestructura',
        level: 2,
        line: 3,
        text: 'Un único servidor.',
        lines: [4],
      },
      { heading: 'Añadidos', level: 3, line: 5, text: 'Dos servidores.', lines: [6] },
    ]);
    expect(split('077').sections).toEqual([
      expect.objectContaining({ heading: '', level: 0, line: 1 }),
    ]);
    expect(splitSubmission('').sections).toEqual([
      { heading: '', level: 0, line: 1, text: '', lines: [] },
    ]);
    expect(split('098').sections).toHaveLength(1);
  });

  it('reads a line in bold alone, or led by a bold label, as a soft heading whose line stays prose (023)', () => {
    const c023 = split('023');
    const why = c023.sections.filter((s) => s.heading === 'Why It’s Added');
    expect(why.map((s) => [s.level, s.line])).toEqual([
      [SOFT_HEADING_LEVEL, 10],
      [SOFT_HEADING_LEVEL, 23],
      [SOFT_HEADING_LEVEL, 36],
    ]);
    expect(why[1]?.lines[0]).toBe(23);
    // Its bullets lead with bold labels: each is a soft heading of its own, its line still prose.
    const ha = c023.sections.find((s) => s.heading === 'High Availability (HA)' && s.line === 24);
    expect(ha?.text).toContain('If one load balancer fails, the second takes over');
    const own = splitSubmission(
      '## Security\n**Firewalls:**\nThey filter traffic.\n- __Why HTTPS?__\nEncryption.\n' +
        '**Load balancer:** spreads requests.\n' +
        '**This bold sentence is long enough to be an emphasised statement rather than any heading.**\n',
    );
    expect(own.sections.map((s) => [s.heading, s.level, s.line, s.text])).toEqual([
      ['Security', 2, 1, ''],
      ['Firewalls', SOFT_HEADING_LEVEL, 2, '**Firewalls:**\nThey filter traffic.'],
      ['Why HTTPS?', SOFT_HEADING_LEVEL, 4, '- __Why HTTPS?__\nEncryption.'],
      [
        'Load balancer',
        SOFT_LEAD_LEVEL,
        6,
        '**Load balancer:** spreads requests.\n' +
          '**This bold sentence is long enough to be an emphasised statement rather than any heading.**',
      ],
    ]);
    // A bold label and a colon leading text is one too (the colon inside or after the bold); without a colon it is not.
    const leads = splitSubmission(
      '## Why\n- **Pare-feu** : filtre le trafic.\n1. __SPOF:__ the load balancer.\n**Note** this is bold prose.\n',
    );
    // A question pasted as the label is still one (up to 24 words before the colon).
    const long =
      '**Why having servers with all the same components (database, web server and application server) might be a problem:** they compete.';
    expect(splitSubmission(long).sections.map((s) => s.level)).toEqual([0, SOFT_LEAD_LEVEL]);
    expect(leads.sections.map((s) => [s.heading, s.level, s.text])).toEqual([
      ['Why', 2, ''],
      ['Pare-feu', SOFT_LEAD_LEVEL, '- **Pare-feu** : filtre le trafic.'],
      ['SPOF', SOFT_LEAD_LEVEL, '1. __SPOF:__ the load balancer.\n**Note** this is bold prose.'],
    ]);
  });
});

const EXPECT_DIAGRAM: Partial<Record<string, (b: SubmissionBlocks) => boolean>> = {
  'mermaid-flowchart': (b) => b.mermaid.length >= 1,
  'mermaid-sequence': (b) => b.mermaid.length >= 1,
  'mermaid-other': (b) => b.mermaid.length >= 1,
  ascii: (b) => b.ascii.length >= 1,
  'url-only': (b) => b.images.length >= 1 && b.mermaid.length === 0,
  mixed: (b) => b.mermaid.length + b.ascii.length + b.images.length >= 2,
  'prose-only': (b) => b.mermaid.length + b.ascii.length + b.images.length === 0,
  empty: (b) => b.mermaid.length + b.ascii.length + b.images.length === 0,
};

describe('splitSubmission over the whole corpus and the seeds', () => {
  it('never throws, keeps lines in the file, and agrees with every manifest format', () => {
    const disagreements: string[] = [];
    for (const rel of corpusFiles()) {
      const text = readCorpus(rel);
      const count = text.split(/\r?\n/).length;
      const blocks = splitSubmission(text);
      const lines = [
        ...blocks.mermaid.map((m) => m.line + m.text.split('\n').length - 1),
        ...blocks.ascii.map((a) => a.line + a.text.split('\n').length - 1),
        ...blocks.images.map((i) => i.line),
        ...blocks.sections.map((s) => s.line),
      ];
      for (const l of lines) expect(l >= 1 && l <= count, `${rel}: line ${l}`).toBe(true);
      for (const a of blocks.ascii) expect(() => parseAscii(a)).not.toThrow();
      const entry = manifest().find((e) => e.file === rel);
      const check = entry ? EXPECT_DIAGRAM[entry.format] : undefined;
      if (entry && check && !check(blocks)) disagreements.push(`${entry.id} ${entry.format}`);
    }
    expect(disagreements).toEqual([]);
    expect(corpusFiles()).toHaveLength(manifest().length);
  });

  it('maps every Mermaid and ASCII block back to its file lines', () => {
    for (const rel of [
      ...corpusFiles().map((f) => ['c', f]),
      ...seedNames().map((f) => ['s', f]),
    ]) {
      const [kind, name] = rel as [string, string];
      const text = kind === 'c' ? readCorpus(name) : readSeed(name);
      const blocks = splitSubmission(text);
      for (const b of [...blocks.mermaid, ...blocks.ascii]) {
        b.text.split('\n').forEach((l, i) => expect(lineOf(text, b.line + i)).toBe(l));
      }
    }
  });

  it('reads each seed as its README says', () => {
    const counts = seedNames().map((n) => {
      const b = splitSubmission(readSeed(n));
      return [b.mermaid.length, b.ascii.length, b.images.length];
    });
    expect(counts).toEqual([
      [1, 0, 0],
      [1, 0, 0],
      [0, 1, 0],
      [1, 0, 0],
      [2, 0, 4],
    ]);
    expect(corpusEntry('002').format).toBe('ascii');
  });
});

const PIECES = [
  '```',
  '````',
  '~~~',
  "'''",
  '```mermaid',
  'graph TD',
  'sequenceDiagram',
  '%%{init: {}}%%',
  '# T',
  '## Titre',
  '[ LB ]',
  '+---+',
  '|',
  'v',
  '^',
  '-->',
  '<---->',
  '──►',
  '│',
  '┌──┐',
  '└──┘',
  '![x](y.png)',
  '![d]()',
  'https://imgur.com/a/b',
  '<img src="a.png">',
  '(User)',
  ' ',
  '\t',
  '\n',
  '\n\n',
  'text',
  'A --> B',
  '\\',
  '/',
  '[x](<a b.png>)',
  '&#99999999999999999999;',
  'C:\\Users\\me\\d.png',
];

describe('splitSubmission on random input', () => {
  const arb = fc.oneof(
    fc.string({ maxLength: 400 }),
    fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((p) => p.join('')),
    fc
      .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 6 })), { maxLength: 40 })
      .map((p) => p.join('\n')),
  );

  it('never throws and returns lines inside the file', () => {
    fc.assert(
      fc.property(arb, (text) => {
        const count = text.split(/\r?\n/).length;
        const b = splitSubmission(text);
        const inside = (l: number): boolean => Number.isInteger(l) && l >= 1 && l <= count;
        for (const m of b.mermaid)
          expect(inside(m.line) && inside(m.line + m.text.split('\n').length - 1)).toBe(true);
        for (const a of b.ascii)
          expect(inside(a.line) && inside(a.line + a.text.split('\n').length - 1)).toBe(true);
        for (const i of b.images) expect(inside(i.line)).toBe(true);
        for (const s of b.sections) expect(inside(s.line)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });
});
