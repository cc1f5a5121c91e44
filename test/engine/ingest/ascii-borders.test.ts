// Boxes drawn with * or # borders, or closed by = rules, are boxes named by their text, as +--+ boxes are.
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

describe('boxes with *, # and = borders', () => {
  it.each(['*', '#'])('reads %s boxes as named nodes joined by the arrow', async (border) => {
    const r = await ingestText(drawn(border));
    expect(r.nodes.map((n) => [n.label, n.kind])).toEqual([
      ['HAProxy LB', 'load-balancer'],
      ['Server 1', 'server'],
    ]);
    expect(r.edges.map((e) => [e.from, e.to])).toEqual([['a1', 'a2']]);
  });

  it('reads boxes closed by = rules with | sides and no corners', async () => {
    const r = await ingestText(
      [
        '```',
        '================',
        '| User browser |',
        '================',
        '       |',
        '       v',
        '================',
        '| HAProxy LB   |',
        '================',
        '```',
        '',
      ].join('\n'),
    );
    expect(r.nodes.map((n) => [n.label, n.kind])).toEqual([
      ['User browser', 'user'],
      ['HAProxy LB', 'load-balancer'],
    ]);
    expect(r.edges).toHaveLength(1);
  });

  it('still reads a thick arrow of = as a line, not a box', async () => {
    const r = await ingestText(
      [
        '```',
        '+------+        +-------+',
        '| User | =====> | Nginx |',
        '+------+        +-------+',
        '```',
        '',
      ].join('\n'),
    );
    expect(r.nodes.map((n) => n.label)).toEqual(['User', 'Nginx']);
    expect(r.edges.map((e) => [e.from, e.to])).toEqual([['a1', 'a2']]);
  });
});
