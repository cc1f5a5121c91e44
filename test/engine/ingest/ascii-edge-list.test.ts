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

  it('merge bracketed names when a line starts with plain names (probe 51)', async () => {
    const r = await ingestText(
      fence([
        'User --> DNS (www.foobar.com) --> [HAProxy LB]',
        '[HAProxy LB] --> [Server 1: Nginx | App server | code]',
        '[HAProxy LB] --> [Server 2: Nginx | App server | code]',
        '[MySQL Primary] --replication--> [MySQL Replica]',
      ]),
    );
    expect(r.nodes.filter((n) => n.kind === 'load-balancer')).toHaveLength(1);
    const lb = r.nodes.find((n) => n.kind === 'load-balancer')?.id;
    expect(r.edges.filter((e) => e.from === lb)).toHaveLength(2);
  });

  it('keep a plain name written on each line as one part per line (an agent per server)', async () => {
    const r = await ingestText(
      fence([
        '[App Server A]  -> agent -> TLS -> SumoLogic ingestion endpoint',
        '[App Server B]  -> agent -> TLS -> SumoLogic ingestion endpoint',
        '[MySQL Server]  -> agent -> TLS -> SumoLogic ingestion endpoint',
      ]),
    );
    expect(r.nodes.filter((n) => n.kind === 'monitoring-agent')).toHaveLength(3);
  });
});
