// Which controls a lesson simulation gets: decided from the design's model, and only those that apply.
import { describe, expect, it } from 'vitest';
import { controlsHtml } from '../../src/build/simulation-controls-html.ts';
import { linkChoices, simulationControls } from '../../src/build/simulation-controls.ts';
import { simulationData } from '../../src/build/simulation-block.ts';
import { ingestText } from '../../src/platform/node-ingest.ts';
import { LB_PAIR } from '../fixtures/designs.ts';

const MONITORED = `flowchart LR
    User["User's browser"] -->|HTTPS 443| FW[Firewall]
    FW --> LB[HAProxy load balancer]
    LB --> WEB1[Nginx web server 1]
    LB --> WEB2[Nginx web server 2]
    WEB1 --> APP[Application server]
    WEB2 --> APP
    APP -->|writes| DB1[(MySQL primary)]
    APP -->|reads| DB2[(MySQL replica)]
    DB1 -->|replication| DB2
    WEB1 --- MC1[Monitoring agent]
    MC1 --> MON[Monitoring service]`;

const model = async (text: string) =>
  simulationData(await ingestText('```mermaid\n' + text + '\n```')).model;

describe('lesson simulation controls', () => {
  it('offers the heartbeat link first, as "A ↔ B", and never the user or the virtual IP', async () => {
    const links = linkChoices(await model(LB_PAIR));
    expect(links[0]).toEqual([
      'LB1|LB2',
      'HAProxy load balancer 1 (MASTER) ↔ HAProxy load balancer 2 (BACKUP)',
    ]);
    expect(links.map(([k]) => k)).toEqual(
      expect.arrayContaining(['LB1|WEB1', 'LB1|WEB2', 'LB2|WEB1', 'LB2|WEB2']),
    );
    expect(links.map(([k]) => k).join(' ')).not.toMatch(/User|VIP/);
  });

  it('gives a balancer pair the algorithm but no lag, alert or port scan', async () => {
    const c = simulationControls(await model(LB_PAIR));
    expect(c).toMatchObject({ balancer: true, replica: false, monitoring: false, firewall: false });
    const html = controlsHtml(c, 'd1-sim', 200, 59);
    expect(html).toContain('name="algorithm"');
    expect(html).toContain('<option value="leastconn">');
    expect(html).not.toMatch(/name="(lag|threshold|spike|scan|promote)"/);
    expect(html).toContain('<label for="d1-sim-rate">Traffic</label>');
    expect(html).toContain('<output name="rateValue" for="d1-sim-rate">200 requests/s</output>');
  });

  it('gives a monitored, firewalled design with a replica every knob, and the replication link to cut', async () => {
    const m = await model(MONITORED);
    const c = simulationControls(m);
    expect(c).toMatchObject({ balancer: true, replica: true, monitoring: true, firewall: true });
    expect(c.links[0]?.[1]).toBe('MySQL primary ↔ MySQL replica');
    expect(c.links.map(([k]) => k)).toEqual(expect.arrayContaining(['APP|DB1', 'MC1|MON']));
    const html = controlsHtml(c, 'x', 200, 59);
    for (const name of [
      'target',
      'until',
      'link',
      'healAt',
      'rate',
      'lag',
      'threshold',
      'spike',
      'scan',
      'promote',
      'promoteAt',
    ])
      expect(html).toContain(`name="${name}"`);
    expect(html).toContain('Run 60 s of traffic');
    expect(c.promotable.map(([, label]) => label)).toEqual(['MySQL primary', 'MySQL replica']);
  });

  it('offers no link to cut when the drawing has none worth cutting', async () => {
    const c = simulationControls(await model('flowchart LR\n  U[User] --> W[Nginx web server]'));
    expect(c.links).toEqual([]);
    expect(controlsHtml(c, 'x', 200, 59)).not.toContain('Cut a link');
  });
});
