// A drawing written as lines of bracketed chains names each part once; other drawings keep their duplicates.
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../../src/platform/node-ingest.ts';

const fence = (rows: readonly string[]): string => ['```', ...rows, '```', ''].join('\n');

describe('lines of bracketed chains', () => {
  it('merge a name written on several lines into one part', async () => {
    const r = await ingestText(
      fence([
        '[Users] --> [HAProxy load balancer]',
        '[HAProxy load balancer] --> [Server 1]',
        '[HAProxy load balancer] --> [Server 2]',
        '[MySQL Primary] --replicates to--> [MySQL Replica]',
      ]),
    );
    expect(r.nodes.filter((n) => n.kind === 'load-balancer')).toHaveLength(1);
    const lb = r.nodes.find((n) => n.kind === 'load-balancer')?.id;
    expect(r.edges.filter((e) => e.from === lb)).toHaveLength(2);
    expect(r.edges.find((e) => e.label === 'replicates to')).toBeDefined();
  });

  it('leave two boxes of the same name in a box drawing as two parts', async () => {
    const r = await ingestText(
      fence([
        '+-------+     +-------+',
        '| Nginx |     | Nginx |',
        '+-------+     +-------+',
        '[LB] --> [Nginx]',
      ]),
    );
    expect(r.nodes.filter((n) => n.label === 'Nginx').length).toBeGreaterThanOrEqual(2);
  });
});
