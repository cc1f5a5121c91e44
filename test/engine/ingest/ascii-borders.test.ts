// Boxes drawn with * or # borders are boxes, named by their text, as +--+ boxes are.
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../../src/platform/node-ingest.ts';

const drawn = (border: string): string =>
  [
    '```',
    border.repeat(14),
    `${border} HAProxy LB ${border}`,
    border.repeat(14),
    '      |',
    '      v',
    border.repeat(14),
    `${border} Server 1   ${border}`,
    border.repeat(14),
    '```',
    '',
  ].join('\n');

describe('boxes with * and # borders', () => {
  it.each(['*', '#'])('reads %s boxes as named nodes joined by the arrow', async (border) => {
    const r = await ingestText(drawn(border));
    expect(r.nodes.map((n) => [n.label, n.kind])).toEqual([
      ['HAProxy LB', 'load-balancer'],
      ['Server 1', 'server'],
    ]);
    expect(r.edges.map((e) => [e.from, e.to])).toEqual([['a1', 'a2']]);
  });
});
