// Hosts that list what they run in their own label ("Server 1 (Nginx, App server, monitoring client)") are read as such.
import { afterAll, describe, expect, it } from 'vitest';
import { createNodeGrader } from '../../../src/platform/node-grader.ts';

const grader = createNodeGrader();
afterAll(() => grader.close());

async function verdicts(task: string, text: string): Promise<Record<string, string>> {
  const rubric = grader.rubrics.find((r) => r.rubric.task === task);
  if (!rubric) throw new Error(`no rubric for task ${task}`);
  const graded = await grader.grade(text, rubric);
  return Object.fromEntries(
    graded.criteria.filter((c) => c.kind !== 'prose').map((c) => [c.id, c.verdict]),
  );
}

const mermaid = (lines: string[]): string =>
  `\`\`\`mermaid\nflowchart LR\n${lines.join('\n')}\n\`\`\`\n`;

describe('a host label listing its components', () => {
  it('is the one server of task 0 when it names the whole stack', async () => {
    const whole = await verdicts(
      '0',
      mermaid([
        '  U[User] -->|www.foobar.com 8.8.8.8| S["Server (Nginx, App server, code base, MySQL)"]',
      ]),
    );
    expect(whole['s0.server']).toBe('pass');
    // One component alone names what the box is: a web server, not the server of the whole stack.
    const one = await verdicts(
      '0',
      mermaid(['  U[User] -->|www.foobar.com 8.8.8.8| S["Server (Nginx)"]']),
    );
    expect(one['s0.server']).toBe('fail');
  });

  it('is the one server of task 0 when its label lists the stack on lines of its own', async () => {
    const lines = (label: string) =>
      mermaid([`  U[User] -->|www.foobar.com| S["${label}"]`, '  D[DNS: www A 8.8.8.8] --> U']);
    const listed = await verdicts(
      '0',
      lines('Server 8.8.8.8<br>Nginx<br>App server<br>Code base<br>MySQL'),
    );
    expect(listed['s0.server']).toBe('pass');
    // The same words with no host over them: a stack of components, no server holding them.
    const bare = await verdicts('0', lines('Nginx<br>App server<br>Code base<br>MySQL'));
    expect(bare['s0.server']).toBe('fail');
  });

  it('carries the monitoring clients of task 2, which report to the service only when linked', async () => {
    const design = [
      '  U[User] -->|HTTPS www.foobar.com| FW1[Firewall 1]',
      '  FW1 --> LB["HAProxy load balancer (SSL certificate for www.foobar.com)"]',
      '  LB --> FW2[Firewall 2] --> S1["Server 1 (Nginx, App server, code base, monitoring client)"]',
      '  LB --> FW3[Firewall 3] --> S2["Server 2 (Nginx, App server, code base, monitoring client)"]',
      '  S1 --> DB["Server 3 (MySQL primary, monitoring client)"]',
      '  S2 --> DB',
    ];
    const linked = await verdicts(
      '2',
      mermaid([...design, '  S1 & S2 & DB -.->|metrics| M[Sumo Logic]']),
    );
    expect(linked).toMatchObject({
      's2.base': 'pass',
      's2.firewall-placement': 'pass',
      's2.monitoring-clients': 'pass',
      's2.monitoring-service': 'pass',
    });
    const unlinked = await verdicts('2', mermaid([...design, '  M[Sumo Logic]']));
    expect(unlinked['s2.monitoring-service']).toBe('fail');
    const noAgents = await verdicts(
      '2',
      mermaid([
        ...design.map((l) => l.replace(/, monitoring client/g, '')),
        '  S1 & S2 & DB -.->|metrics| M[Sumo Logic]',
      ]),
    );
    expect(noAgents['s2.monitoring-clients']).toBe('fail');
    expect(noAgents['s2.monitoring-service']).toBe('fail');
  });
});

describe('an ASCII box listing its components under its name', () => {
  it('is the one server of task 0, not a database', async () => {
    const v = await verdicts(
      '0',
      '```\n+------+      +-------------------+\n| User | ---> | Server 8.8.8.8    |\n+------+      | - Nginx           |\n' +
        '              | - App server      |\n              | - Code base       |\n              | - MySQL           |\n' +
        '              +-------------------+\n```\n',
    );
    expect(v).toMatchObject({
      's0.server': 'pass',
      's0.web-server': 'pass',
      's0.app-server': 'pass',
      's0.code-base': 'pass',
      's0.database': 'pass',
    });
  });
});

describe('databases listed on the servers of task 1', () => {
  const lb = [
    '  U[User] -->|www.foobar.com| LB[HAProxy load balancer]',
    '  LB --> S1',
    '  LB --> S2',
  ];
  const servers = (one: string, two: string): string[] => [
    `  S1["Server 1 (Nginx, App server, code base, ${one})"]`,
    `  S2["Server 2 (Nginx, App server, code base, ${two})"]`,
  ];

  it('replicate when the primary host links to the replica host', async () => {
    const v = await verdicts(
      '1',
      mermaid([...lb, ...servers('MySQL Primary', 'MySQL Replica'), '  S1 -->|replication| S2']),
    );
    expect(v).toMatchObject({ 's1.database': 'pass', 's1.replication': 'pass' });
  });

  it('replicate when the hosts list them after a colon', async () => {
    const v = await verdicts(
      '1',
      mermaid([
        ...lb,
        '  S1["Server 1: Nginx, App server, code base, MySQL Primary"]',
        '  S2["Server 2: Nginx, App server, code base, MySQL Replica"]',
        '  S1 -->|replication| S2',
      ]),
    );
    expect(v).toMatchObject({ 's1.database': 'pass', 's1.replication': 'pass' });
  });

  it('do not replicate without that link, nor without the roles', async () => {
    const unlinked = await verdicts(
      '1',
      mermaid([...lb, ...servers('MySQL Primary', 'MySQL Replica')]),
    );
    expect(unlinked['s1.replication']).toBe('fail');
    const noRoles = await verdicts(
      '1',
      mermaid([...lb, ...servers('MySQL', 'MySQL'), '  S1 --> S2']),
    );
    expect(noRoles).toMatchObject({ 's1.database': 'pass', 's1.replication': 'fail' });
    const noDatabase = await verdicts('1', mermaid([...lb, ...servers('Gunicorn', 'Gunicorn')]));
    expect(noDatabase['s1.database']).toBe('fail');
  });
});

describe('parts named on the component they are installed on, task 2', () => {
  const design = (entry: string): string[] => [
    `  U[User] -->|HTTPS www.foobar.com| ${entry}`,
    '  LB --> S1["Server 1 (Nginx, App server, firewall, Sumo agent)"]',
    '  LB --> S2["Server 2 (Nginx, App server, firewall, Sumo agent)"]',
    '  S1 & S2 --> DB["Server 3 (MySQL, firewall, Sumo agent)"]',
    '  S1 & S2 & DB -.-> M[Sumo Logic]',
  ];

  it('a certificate and firewalls named on the components they protect pass HTTPS and placement', async () => {
    const v = await verdicts('2', mermaid(design('LB["HAProxy + SSL certificate + firewall"]')));
    expect(v).toMatchObject({
      's2.https': 'pass',
      's2.firewalls': 'pass',
      's2.firewall-placement': 'pass',
      's2.monitoring-clients': 'pass',
      's2.monitoring-service': 'pass',
    });
  });

  it('without the certificate, or with a firewall nothing reaches, they fail', async () => {
    const noCert = await verdicts('2', mermaid(design('LB[HAProxy]')));
    expect(noCert['s2.https']).toBe('fail');
    const unreached = await verdicts(
      '2',
      mermaid([
        ...design('LB["HAProxy + SSL certificate"]'),
        '  B["Backup server (Nginx, firewall)"]',
      ]),
    );
    expect(unreached['s2.firewall-placement']).toBe('fail');
  });
});

describe('tiers named on their hosts, task 3', () => {
  const cluster = [
    '  U[User] --> LB1[HAProxy 1 active] & LB2[HAProxy 2 passive]',
    '  LB1 <-->|heartbeat| LB2',
  ];

  it("a server naming one tier beside parts that are no tier is that tier's own server", async () => {
    const v = await verdicts(
      '3',
      mermaid([
        ...cluster,
        '  LB1 & LB2 --> W["Server 1 (Nginx, monitoring agent)"]',
        '  W --> A["Server 2 (Gunicorn app server, monitoring agent)"]',
        '  A --> D["Server 3 (MySQL, monitoring agent)"]',
      ]),
    );
    expect(v).toMatchObject({ 's3.web-tier': 'pass', 's3.app-tier': 'pass', 's3.db-tier': 'pass' });
  });

  it("a server naming two tiers is no tier's own server, nor is a tier naming another", async () => {
    const v = await verdicts(
      '3',
      mermaid([
        ...cluster,
        '  LB1 & LB2 --> W["Server 1 (Nginx, Gunicorn app server)"]',
        '  W --> D["App server (with MySQL)"]',
      ]),
    );
    expect(v).toMatchObject({ 's3.web-tier': 'fail', 's3.app-tier': 'fail', 's3.db-tier': 'fail' });
  });
});
