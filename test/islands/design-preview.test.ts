// The design checker's preview: the engine's SVG of the learner's diagram, with learner text escaped, never markup.
import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { previewSvg } from '../../src/islands/design-preview.ts';
import { ingestText } from '../../src/platform/node-ingest.ts';
import { readSeed } from '../fixtures/shared.ts';

const HOSTILE = '<img src=x onerror=alert(1)>';

/** An ASCII drawing keeps a box's text as written: the hostile label reaches the renderer untouched. */
const ASCII_DESIGN = [
  '```',
  '+----------------------------------+      +------------+',
  `| ${HOSTILE.padEnd(32)} |----->| Web server |`,
  '+----------------------------------+      +------------+',
  '```',
].join('\n');

function parsed(svg: string): Document {
  return new DOMParser().parseFromString(svg, 'image/svg+xml') as unknown as Document;
}

describe('design checker preview', () => {
  it('draws a seed design as an SVG named for a screen reader', async () => {
    const text = readSeed('000');
    const svg = await previewSvg(await ingestText(text), text, 'dc-3-svg');
    const doc = parsed(svg ?? '');
    const root = doc.documentElement;
    expect(root.tagName.toLowerCase()).toBe('svg');
    expect(root.getAttribute('role')).toBe('img');
    expect(doc.querySelector('[id="dc-3-svg-title"]')?.textContent).toBe('Preview of your design');
    expect(doc.querySelector('[id="dc-3-svg-desc"]')?.textContent.length).toBeGreaterThan(40);
  });

  it('writes a label holding markup as text: no element, no event handler comes out of it', async () => {
    const read = await ingestText(ASCII_DESIGN);
    expect(read.nodes.map((n) => n.label)).toContain(HOSTILE);
    const svg = (await previewSvg(read, ASCII_DESIGN, 'dc-x-svg')) ?? '';
    expect(svg).not.toContain('<img');
    expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt;');
    const doc = parsed(svg);
    expect(doc.querySelectorAll('img, script, foreignObject')).toHaveLength(0);
    const handlers = [...doc.querySelectorAll('*')].flatMap((el) =>
      [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => a.name),
    );
    expect(handlers).toEqual([]);
    expect(doc.documentElement.textContent).toContain(HOSTILE);
  });

  it('has nothing to draw when no diagram could be read', async () => {
    const text = 'Just prose: a load balancer in front of two servers.';
    expect(await previewSvg(await ingestText(text), text, 'dc-0-svg')).toBeNull();
  });
});
