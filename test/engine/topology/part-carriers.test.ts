// A certificate or agent named with the component it is installed on, drawn on the traffic path, is that component.
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../../src/platform/node-ingest.ts';

const kinds = async (lines: readonly string[]): Promise<string[]> => {
  const r = await ingestText(['```mermaid', 'flowchart LR', ...lines, '```', ''].join('\n'));
  return r.nodes.map((n) => `${n.id}:${n.kind}`);
};

describe('parts named with their carrier', () => {
  it('reads "HAProxy - SSL certificate" between the user and the servers as the load balancer', async () => {
    expect(
      await kinds([
        '  U[User] -->|HTTPS| LB["HAProxy - SSL certificate www.foobar.com"]',
        '  LB --> W1[Nginx 1] & W2[Nginx 2]',
      ]),
    ).toEqual(['U:user', 'LB:load-balancer', 'W1:web-server', 'W2:web-server']);
  });

  it('keeps a certificate or an agent drawn beside its component', async () => {
    expect(
      await kinds([
        '  U[User] --> LB[HAProxy]',
        '  LB --> W1[Nginx]',
        '  C["HAProxy SSL certificate"] --> LB',
        '  W1 --> A["Nginx monitoring agent"]',
        '  A --> S[Sumo Logic]',
      ]),
    ).toEqual([
      'U:user',
      'LB:load-balancer',
      'W1:web-server',
      'C:certificate',
      'A:monitoring-agent',
      'S:monitoring-service',
    ]);
  });

  it('keeps a certificate on the path that names no component', async () => {
    expect(await kinds(['  U[User] --> C[SSL certificate]', '  C --> W1[Nginx]'])).toContain(
      'C:certificate',
    );
  });
});
