// Dotted ASCII lines of plain dots and colons are traced as dotted edges; dots and colons in text are not lines.
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../../src/platform/node-ingest.ts';

const fence = (rows: readonly string[]): string => ['```', ...rows, '```', ''].join('\n');

describe('dotted ASCII lines', () => {
  it('traces a run of dots ending in an arrow head', async () => {
    const r = await ingestText(
      fence([
        '+-------------------+            +------------+',
        '| Monitoring client | .........> | Sumo Logic |',
        '+-------------------+            +------------+',
      ]),
    );
    expect(r.edges.map((e) => [e.from, e.to, e.stroke])).toEqual([['a1', 'a2', 'dotted']]);
  });

  it('traces a column of colons down to an arrow head', async () => {
    const r = await ingestText(
      fence([
        '+------------------+',
        '| Monitoring agent |',
        '+--------+---------+',
        '         :',
        '         :',
        '         v',
        '+------------------+',
        '|    Sumo Logic    |',
        '+------------------+',
      ]),
    );
    expect(r.edges.map((e) => [e.from, e.to])).toEqual([['a1', 'a2']]);
  });

  it('reads "IP: 8.8.8.8" and an ellipsis as text, not as lines', async () => {
    const r = await ingestText(
      fence([
        '+----------------+      +-------------+',
        '| IP: 8.8.8.8    |----->| Server ...  |',
        '+----------------+      +-------------+',
      ]),
    );
    expect(r.nodes.map((n) => n.label)).toEqual(['IP: 8.8.8.8', 'Server ...']);
    expect(r.edges).toHaveLength(1);
  });
});
