// Rule `encrypted-entry` (HTTPS and its certificate), graded through the task 2 rubric on designs drawn in Mermaid.
import { afterAll, describe, expect, it } from 'vitest';
import { createNodeGrader } from '../../../../src/platform/node-grader.ts';
import { criterion, mermaid } from './criterion.ts';

const grader = createNodeGrader();
afterAll(() => grader.close());

async function https(lines: string[]): Promise<{ verdict: string; message: string }> {
  const rubric = grader.rubrics.find((r) => r.rubric.task === '2');
  if (!rubric) throw new Error('no rubric for task 2');
  const graded = await grader.grade(
    `\`\`\`mermaid\nflowchart LR\n${lines.join('\n')}\n\`\`\`\n`,
    rubric,
  );
  const c = graded.criteria.find((x) => x.id === 's2.https');
  return { verdict: c?.verdict ?? '', message: c?.message ?? '' };
}

const servers = ['  LB --> S1[Server 1] & S2[Server 2]'];

describe('the certificate of HTTPS traffic', () => {
  it('is shown by an arrow whose label names it', async () => {
    const named = await https([
      '  U[User] -->|"HTTPS (SSL cert on the LB)"| LB[HAProxy]',
      ...servers,
    ]);
    expect(named.verdict).toBe('pass');
  });

  it('is not shown by an arrow that only says HTTPS, SSL or TLS', async () => {
    for (const label of ['HTTPS', 'HTTPS over TLS', 'SSL']) {
      const said = await https([`  U[User] -->|${label}| LB[HAProxy]`, ...servers]);
      expect(said.verdict).toBe('fail');
      expect(said.message).toContain('The traffic is HTTPS but no SSL certificate is shown.');
    }
  });

  it("is shown on a line of the load balancer's label, which stays the load balancer", async () => {
    const rubric = grader.rubrics.find((r) => r.rubric.task === '2');
    if (!rubric) throw new Error('no rubric for task 2');
    const design = [
      '  U[User] -->|HTTPS| LB["HAProxy<br>SSL certificate www.foobar.com"]',
      '  LB --> S1["Server 1<br>Nginx<br>App server"] & S2["Server 2<br>Nginx<br>App server"]',
      '  S1 & S2 --> DB[(MySQL)]',
    ];
    const graded = await grader.grade(
      `\`\`\`mermaid\nflowchart LR\n${design.join('\n')}\n\`\`\`\n`,
      rubric,
    );
    const verdict = (id: string): string => graded.criteria.find((c) => c.id === id)?.verdict ?? '';
    expect([verdict('s2.https'), verdict('s2.base')]).toEqual(['pass', 'pass']);
  });

  it("is not enough when the user's own arrow says plain HTTP and no arrow says HTTPS", async () => {
    const plain = await https([
      '  U[User] -->|"HTTP www.foobar.com"| LB["HAProxy + SSL certificate"]',
      ...servers,
    ]);
    expect(plain.verdict).toBe('fail');
    expect(plain.message).toContain('drawn as plain HTTP');
    const secure = await https([
      '  U[User] -->|"HTTPS www.foobar.com"| LB["HAProxy + SSL certificate"]',
      ...servers,
    ]);
    expect(secure.verdict).toBe('pass');
  });
});

describe('a certificate node', () => {
  it('is shown when linked to the load balancer, not when drawn linked to nothing', async () => {
    const base = ['  U[User] -->|HTTPS| LB[HAProxy]', ...servers];
    const linked = await https([...base, '  LB --- C[SSL certificate www.foobar.com]']);
    expect(linked.verdict).toBe('pass');
    const alone = await https([...base, '  C[SSL certificate www.foobar.com]']);
    expect(alone.verdict).toBe('fail');
  });
});

describe('the certificate in a sequence diagram', () => {
  const sequence = (note: string): string =>
    mermaid(
      [
        '  participant U as User',
        '  participant LB as HAProxy',
        '  participant W as Nginx',
        note,
        '  U->>LB: HTTPS GET https://www.foobar.com',
        '  LB->>W: HTTP',
      ],
      'sequenceDiagram',
    );

  it('is shown by a note over the load balancer that names it', async () => {
    const note = '  Note over LB: SSL certificate for www.foobar.com (HTTPS ends here)';
    expect((await criterion(grader, '2', sequence(note), 's2.https')).verdict).toBe('pass');
  });

  it('is not shown by a note that names no certificate', async () => {
    const note = '  Note over LB: HTTPS ends here';
    expect((await criterion(grader, '2', sequence(note), 's2.https')).verdict).toBe('fail');
  });
});
