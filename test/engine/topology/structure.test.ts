// Roles read from the drawing's structure when a label names no kind: monitoring sink, fan-out, app tier, replication.
import { describe, expect, it } from 'vitest';
import type { IngestResult } from '../../../src/engine/ingest/ingest.ts';
import { ingestText } from '../../../src/platform/node-ingest.ts';

async function kinds(mermaid: string): Promise<Map<string, string>> {
  const r: IngestResult = await ingestText(`\`\`\`mermaid\n${mermaid}\n\`\`\`\n`);
  return new Map(r.nodes.map((n) => [n.id, n.kind]));
}

describe('kinds from structure', () => {
  it('the sink of several monitoring agents is the monitoring service, even when called a collector', async () => {
    const k = await kinds(
      'flowchart LR\n  A1[Monitoring agent] --> C[Collector backend]\n  A2[Monitoring agent] --> C',
    );
    expect(k.get('C')).toBe('monitoring-service');
    expect(k.get('A1')).toBe('monitoring-agent');
  });

  it('one agent feeding a collector is not enough to call it the service', async () => {
    const k = await kinds('flowchart LR\n  A1[Monitoring agent] --> C[Collector backend]');
    expect(k.get('C')).toBe('monitoring-agent');
  });

  it('an unlabelled node fanning out to two web servers is a load balancer', async () => {
    const k = await kinds(
      'flowchart LR\n  U[User] --> X[listen bind *:80]\n  X --> W1[Nginx]\n  X --> W2[Nginx]',
    );
    expect(k.get('X')).toBe('load-balancer');
  });

  it('a node fed by the web server and leading to the database is the application server', async () => {
    const k = await kinds(
      'flowchart LR\n  W[Nginx] --> P[Traitement des pages]\n  P --> D[(MySQL)]',
    );
    expect(k.get('P')).toBe('app-server');
  });

  it('an unlabelled node replicated from a database is a database', async () => {
    const k = await kinds('flowchart LR\n  D1[(MySQL primary)] -->|replication| D2[Copie B]');
    expect(k.get('D2')).toBe('database');
  });

  it('labels that name a kind keep it whatever their neighbours', async () => {
    const k = await kinds(
      'flowchart LR\n  F[Firewall] --> W1[Nginx]\n  F --> W2[Nginx]\n  W1 --> D[(MySQL)]',
    );
    expect(k.get('F')).toBe('firewall');
    expect(k.get('D')).toBe('database');
  });
});
