// The SVG of a topology: labels as escaped text, a title and description naming everything, icons per kind.
import { describe, expect, it } from 'vitest';
import { ICON_PATHS } from '../../../src/engine/render/icons.ts';
import { layoutTopology } from '../../../src/engine/render/layout.ts';
import { renderSvg } from '../../../src/engine/render/svg.ts';
import type { Topology } from '../../../src/engine/topology/model.ts';
import { layoutFile, newElk, SEED_000, TASK_1 } from './render-fixtures.ts';

const decode = (s: string): string =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

/** The text each `data-id` group shows, its tspans joined by spaces. */
function shownLabels(svg: string): Map<string, string> {
  const shown = new Map<string, string>();
  const node =
    /<g class="su-node [^"]*" data-id="([^"]*)"><rect[^>]*\/><g class="su-icon"[^>]*><path[^>]*\/><\/g><text[^>]*>(.*?)<\/text><\/g>/g;
  for (const m of svg.matchAll(node)) {
    const id = decode(m[1] ?? '');
    const spans = [...(m[2] ?? '').matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((s) =>
      decode(s[1] ?? ''),
    );
    shown.set(id, spans.join(' '));
  }
  return shown;
}

const descOf = (svg: string): string =>
  decode(/<desc id="[^"]+">([^<]*)<\/desc>/.exec(svg)?.[1] ?? '');

describe('renderSvg on seed 000 and a task 1 corpus diagram', () => {
  for (const path of [SEED_000, TASK_1]) {
    it(`shows every label, names every component in the text alternative, and has an icon per kind (${path.split('/').at(-1)})`, async () => {
      const layout = await layoutFile(path);
      const svg = renderSvg(layout, { id: 'su-test' });
      expect(svg).toMatch(
        /^<svg role="img" aria-labelledby="su-test-title su-test-desc" xmlns="http:\/\/www.w3.org\/2000\/svg" id="su-test" class="su-diagram-svg su-topology" viewBox="0 0 [\d.]+ [\d.]+"/,
      );
      expect(svg).toMatch(
        /<title id="su-test-title">Diagram of \d+ components and \d+ connections<\/title>/,
      );
      const shown = shownLabels(svg);
      const desc = descOf(svg);
      for (const node of layout.nodes) {
        expect(shown.get(node.id)).toBe(node.label);
        expect(desc).toContain(node.label);
        expect(svg).toContain(`<g class="su-node su-kind-${node.kind}`);
      }
      for (const kind of new Set(layout.nodes.map((n) => n.kind)))
        expect(svg).toContain(`<path d="${ICON_PATHS[kind]}"/>`);
      for (const group of layout.groups) expect(svg).toContain(`>${group.label}</text>`);
      expect(svg).not.toContain('<script');
      expect(svg.endsWith('</svg>')).toBe(true);
    });
  }

  it('describes connections with their protocol and whether they are encrypted', async () => {
    const desc = descOf(renderSvg(await layoutFile(SEED_000)));
    expect(desc).toContain(
      '17 components: one user (User), one DNS server (DNS: www.foobar.com), two firewalls',
    );
    expect(desc).toContain(
      'User connects over HTTPS (encrypted) to DNS: www.foobar.com, labelled “HTTPS”.',
    );
    expect(desc).toContain(
      'HAProxy LB 1 connects over HTTP (plaintext) to Firewall - Web Tier, labelled “Decrypted HTTP”.',
    );
    const task1 = descOf(renderSvg(await layoutFile(TASK_1)));
    expect(task1).toContain(
      'The box “Server #1” holds Nginx (web), App server (code) and MySQL - Primary.',
    );
    expect(task1).toContain(
      'MySQL - Primary and MySQL - Replica connect both ways over replication, labelled “Async replication”.',
    );
  });

  it('draws plaintext edges dashed and encrypted ones solid, with a legend', async () => {
    const svg = renderSvg(await layoutFile(SEED_000), { id: 'su-t' });
    const edgeClass = (from: string, to: string): string =>
      new RegExp(`<g class="([^"]*)" data-from="${from}" data-to="${to}">`).exec(svg)?.[1] ?? '';
    expect(edgeClass('D1', 'FW1')).toBe('su-edge su-plaintext su-proto-http');
    expect(edgeClass('A', 'B')).toBe('su-edge su-encrypted su-proto-https');
    const dashed = /([^{}]*)\{stroke-dasharray:[^}]*\}/.exec(svg)?.[1] ?? '';
    expect(dashed).toContain('.su-edge.su-plaintext>path');
    expect(dashed).not.toContain('su-encrypted');
    expect(svg).toContain('marker-end="url(#su-t-arrow-plaintext)"');
    expect(svg).toMatch(/<g class="su-legend">.*>encrypted<\/text>.*>plaintext<\/text>/);
  });

  it('draws a bidirectional edge with arrows at both ends', async () => {
    const svg = renderSvg(await layoutFile(TASK_1), { id: 'su-t' });
    expect(svg).toMatch(
      /<g class="su-edge su-unspecified su-proto-replication su-bidirectional" data-from="D1" data-to="D2"><path d="[^"]+" marker-start="url\(#su-t-arrow-unspecified\)" marker-end="url\(#su-t-arrow-unspecified\)"\/>/,
    );
  });

  it('follows the site theme: light by default, dark under Starlight’s switch and the system preference', () => {
    const svg = renderSvg({
      width: 10,
      height: 10,
      direction: 'DOWN',
      nodes: [],
      groups: [],
      edges: [],
    });
    expect(svg).toContain(":root[data-theme='dark'] .su-diagram-svg{--su-bg:#17181c;");
    expect(svg).toContain(
      "@media (prefers-color-scheme:dark){:root:not([data-theme='light']) .su-diagram-svg",
    );
    expect(svg).toContain('.su-diagram-svg{--su-bg:#ffffff;');
  });

  it('scales with its column: natural size as width and height, a floor only its scrolling figure applies', async () => {
    const layout = await layoutFile(TASK_1);
    const svg = renderSvg(layout, { id: 'su-t' });
    const head = /^<svg[^>]*>/.exec(svg)?.[0] ?? '';
    const [, w = '', h = ''] = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(head) ?? [];
    expect(Number(w)).toBeGreaterThanOrEqual(layout.width);
    expect(head).toContain(`width="${w}" height="${h}"`);
    expect(head).not.toMatch(/[^-]min-width/);
    expect(head).toContain(`style="--su-min-width:${Math.floor(Number(w) * 0.55)}px"`);
    expect(svg).toContain('.su-diagram-svg{max-width:100%;height:auto;');
    expect(svg).toContain('.su-diagram>.su-diagram-svg{min-width:var(--su-min-width,0)}');
    expect(renderSvg(layout, { id: 'su-t', minScale: 0 })).not.toContain('--su-min-width:');
  });

  it('is byte-identical across runs', async () => {
    const a = renderSvg(await layoutFile(SEED_000, newElk()));
    const b = renderSvg(await layoutFile(SEED_000, newElk()));
    expect(b).toBe(a);
    expect(a).toMatch(/id="su-[0-9a-f]{12}"/);
  });

  it('escapes labels: untrusted text never becomes markup', async () => {
    const topology: Topology = {
      nodes: [
        {
          id: 'x"><script>',
          label: '<script>alert(1)</script>',
          kind: 'unknown',
          role: null,
          host: null,
          line: 1,
          diagram: 0,
        },
        {
          id: 'B',
          label: 'Tom & "Jerry" <b>',
          kind: 'database',
          role: 'replica',
          host: null,
          line: 2,
          diagram: 0,
        },
      ],
      edges: [
        {
          from: 'x"><script>',
          to: 'B',
          label: '<img src=x onerror=alert(1)>',
          protocol: 'http',
          encrypted: false,
          bidirectional: false,
          line: 3,
          diagram: 0,
        },
      ],
      groups: [
        {
          id: 'G',
          label: '</text><script>evil()</script>',
          kind: 'server',
          members: ['B'],
          parent: null,
          line: 4,
          diagram: 0,
        },
      ],
    };
    const svg = renderSvg(await layoutTopology(topology, newElk()), {
      title: '<script>t</script>',
    });
    expect(svg).not.toMatch(/<script|<img|<b>/);
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(svg).toContain('Tom &amp; &quot;Jerry&quot; &lt;b&gt;');
    expect(svg).toContain('data-id="x&quot;&gt;&lt;script&gt;"');
    expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(svg).toContain('<title id="');
    expect(descOf(svg)).toContain('Tom & "Jerry" <b> (replica)');
  });
});
