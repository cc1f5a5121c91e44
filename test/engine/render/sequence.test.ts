// The static sequence renderer on seed 004: participants with lifelines, messages in order, replies dashed.
import { describe, expect, it } from 'vitest';
import { parseMermaidText } from '../../../src/engine/ingest/parse-mermaid.ts';
import { sequenceDiagramOf } from '../../../src/engine/render/sequence-input.ts';
import {
  layoutSequence,
  type SequenceDiagram,
} from '../../../src/engine/render/sequence-layout.ts';
import { renderSequenceSvg } from '../../../src/engine/render/sequence-svg.ts';
import { nodeMermaidParser } from '../../../src/platform/node-ingest.ts';
import { load, SEED_004 } from './render-fixtures.ts';

async function seedSequence(): Promise<SequenceDiagram> {
  const { text, topology } = await load(SEED_004);
  const info = topology.diagrams.find((d) => d.kind === 'sequence');
  if (!info) throw new Error('seed 004 has a sequence diagram');
  const code =
    text
      .split('\n')
      .slice(info.line - 1)
      .join('\n')
      .split('```')[0] ?? '';
  const parsed = await parseMermaidText(nodeMermaidParser(), code);
  if (parsed.model?.type !== 'sequence') throw new Error('expected a sequence model');
  return sequenceDiagramOf(topology, parsed.model, info.index);
}

describe('renderSequenceSvg', () => {
  it('draws every participant and every message of seed 004, in order, replies dashed', async () => {
    const diagram = await seedSequence();
    expect(diagram.participants).toHaveLength(9);
    expect(diagram.messages).toHaveLength(10);
    const svg = renderSequenceSvg(diagram, { id: 'su-seq', title: 'Seed 004' });
    expect(svg).toContain('role="img" aria-labelledby="su-seq-title su-seq-desc"');
    expect(svg).toContain('<title id="su-seq-title">Seed 004</title>');
    for (const p of diagram.participants) {
      expect(svg).toContain(
        `<g class="su-node su-participant su-kind-${p.kind}" data-id="${p.id}">`,
      );
    }
    expect(svg.match(/<line class="su-lifeline"/g)).toHaveLength(9);
    const messages = [
      ...svg.matchAll(/<g class="(su-message[^"]*)" data-from="([^"]*)" data-to="([^"]*)">/g),
    ];
    expect(messages.map((m) => `${m[2]}>${m[3]}`)).toEqual(
      diagram.messages.map((m) => `${m.from}>${m.to}`),
    );
    expect(messages[1]?.[1]).toContain('su-reply');
    expect(messages[0]?.[1]).not.toContain('su-reply');
    const desc = /<desc id="su-seq-desc">([^<]*)<\/desc>/.exec(svg)?.[1] ?? '';
    expect(desc).toContain(
      'Sequence diagram with 9 participants: User (user), DNS (Domain Name Server) (DNS server)',
    );
    expect(desc).toContain(
      '1. User to DNS (Domain Name Server) over DNS: “Resolve www.foobar.com”.',
    );
    expect(desc).toContain(
      '2. DNS (Domain Name Server) replies to User: “Returns Load Balancer IP”.',
    );
    expect(desc).toContain(
      '10. Web Server 1 (Nginx) replies to User over HTTP (plaintext): “HTTP Response”.',
    );
  });

  it('spaces lifelines so each label fits between its ends, and lays out the same every time', async () => {
    const diagram = await seedSequence();
    const layout = layoutSequence(diagram);
    const xs = layout.participants.map((p) => p.cx);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    for (const [i, p] of layout.participants.entries()) {
      const next = layout.participants[i + 1];
      if (next) expect(p.x + p.width).toBeLessThan(next.x);
    }
    const ys = layout.messages.map((m) => m.y);
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
    expect(renderSequenceSvg(await seedSequence())).toBe(renderSequenceSvg(diagram));
  });

  it('draws a message to oneself as a loop and escapes labels', () => {
    const svg = renderSequenceSvg({
      participants: [{ id: 'A', label: '<script>x</script>', kind: 'app-server' }],
      messages: [
        {
          from: 'A',
          to: 'A',
          label: 'retry & <b>',
          dashed: false,
          bidirectional: false,
          protocol: null,
          encrypted: null,
        },
      ],
    });
    expect(svg).not.toMatch(/<script|<b>/);
    expect(svg).toContain('retry &amp; &lt;b&gt;');
    expect(svg).toMatch(/<path d="M[\d.]+ [\d.]+ H[\d.]+ V[\d.]+ H[\d.]+"/);
  });
});
