// Edge strokes in the SVG: a dotted Mermaid link (a standby path) is drawn dashed and named so in the text alternative.
import { describe, expect, it } from 'vitest';
import { diagramDirection, layoutTopology } from '../../../src/engine/render/layout.ts';
import { renderSvg } from '../../../src/engine/render/svg.ts';
import { diagramStyle } from '../../../src/engine/render/svg-style.ts';
import { ingestText } from '../../../src/platform/node-ingest.ts';
import { newElk } from './render-fixtures.ts';

async function render(mermaid: string): Promise<string> {
  const topology = await ingestText('```mermaid\n' + mermaid + '\n```');
  const layout = await layoutTopology(topology, newElk(), {
    diagram: 0,
    direction: diagramDirection(mermaid) ?? 'DOWN',
  });
  return renderSvg(layout, { id: 'su-test' });
}

/** The class attribute of the edge group from `from` to `to`. */
function edgeClass(svg: string, from: string, to: string): string {
  const match = new RegExp(`<g class="(su-edge[^"]*)" data-from="${from}" data-to="${to}">`).exec(
    svg,
  );
  if (match?.[1] === undefined) throw new Error(`no edge ${from} -> ${to} in the SVG`);
  return match[1];
}

/** The stroke-dasharray the diagram's stylesheet gives a selector's paths, by the rule naming it. */
function dashFor(selector: string): string | null {
  const rule = diagramStyle()
    .split('\n')
    .find((r) => r.split('{')[0]?.split(',').includes(selector));
  return /stroke-dasharray:([^;}]+)/.exec(rule ?? '')?.[1] ?? null;
}

describe('edge strokes', () => {
  const FLOW = [
    'flowchart LR',
    '  VIP((Virtual IP)) --> LB1[HAProxy load balancer 1]',
    '  VIP -.->|after failover| LB2[HAProxy load balancer 2]',
  ].join('\n');

  it('gives a dotted link the su-dotted class and a solid one no stroke class', async () => {
    const svg = await render(FLOW);
    expect(edgeClass(svg, 'VIP', 'LB2').split(' ')).toContain('su-dotted');
    const solid = edgeClass(svg, 'VIP', 'LB1').split(' ');
    expect(solid).not.toContain('su-dotted');
    expect(solid).not.toContain('su-thick');
  });

  it('draws su-dotted edges with a dash pattern that differs from plaintext dashes', () => {
    const dotted = dashFor('.su-diagram-svg .su-edge.su-dotted>path');
    expect(dotted).not.toBeNull();
    expect(dotted).not.toBe(dashFor('.su-diagram-svg .su-edge.su-plaintext>path'));
    // Solid edges take no dash rule of their own.
    expect(dashFor('.su-diagram-svg .su-edge>path')).toBeNull();
  });

  it('says in the text alternative which link is drawn dotted', async () => {
    const svg = await render(FLOW);
    const desc = /<desc id="su-test-desc">([^<]*)<\/desc>/.exec(svg)?.[1] ?? '';
    expect(desc).toContain('after failover”, drawn dotted (a standby or side link).');
    expect(desc).toMatch(/to HAProxy load balancer 1\./);
  });

  it('keeps a thick link distinguishable with its own class', async () => {
    const svg = await render('flowchart TD\n  A[Web server] ==> B[Database]\n  A --> C[Cache]');
    expect(edgeClass(svg, 'A', 'B').split(' ')).toContain('su-thick');
    expect(edgeClass(svg, 'A', 'C').split(' ')).not.toContain('su-thick');
  });

  it('names the dotted line in the legend when the legend is shown', async () => {
    const svg = await render(
      'flowchart TD\n  A[Web server] -->|HTTP| B[App server]\n  A -.->|HTTPS| C[Standby app server]',
    );
    expect(edgeClass(svg, 'A', 'C').split(' ')).toContain('su-dotted');
    expect(svg).toMatch(
      /<g class="su-legend">.*<g class="su-unspecified su-dotted"><path[^>]*\/><text[^>]*>dotted: standby or side link<\/text><\/g>/,
    );
  });
});
