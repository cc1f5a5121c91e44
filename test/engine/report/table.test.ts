// Terminal table and learner feedback: layout, truncation, safety and exact text.
import { describe, expect, it } from 'vitest';
import { feedbackText, formatTable } from '../../../src/engine/report/table.ts';
import { freshReport, REPORT, UNSAFE } from './fixture.ts';

const [alice, bob, eve] = REPORT.submissions;
if (alice === undefined || bob === undefined || eve === undefined) throw new Error('fixture');

describe('formatTable', () => {
  it('lays out one row per submission with computed widths', () => {
    expect(formatTable(REPORT)).toMatchInlineSnapshot(`
      "PATH                                              TASK                                        SCORE  PASS  FAIL  REVIEW  STATUS
      …ured_and_monitored_web_infrastructure/README.md  2-secured_and_monitored_web_infrastructure    3/8     2     2       1  graded
      cohort-7/bob/diagram.png                          —                                             0/0     0     0       0  not gradable: binary file
      …lc'!A0/eve "q" <script>alert(1)</script> red.md  0-simple_web_stack                            1/2     1     1       0  graded

      3 submissions: 2 graded, 1 not gradable
      "
    `);
  });

  it('has ASCII-only output on request and honours the path width', () => {
    const out = formatTable(REPORT, { ascii: true, maxPathWidth: 20 });
    expect(out).toMatchInlineSnapshot(`
      "PATH                  TASK                                        SCORE  PASS  FAIL  REVIEW  STATUS
      ...ructure/README.md  2-secured_and_monitored_web_infrastructure    3/8     2     2       1  graded
      ...7/bob/diagram.png  -                                             0/0     0     0       0  not gradable: binary file
      ...)</script> red.md  0-simple_web_stack                            1/2     1     1       0  graded

      3 submissions: 2 graded, 1 not gradable
      "
    `);
    expect(out).toMatch(/^[\x20-\x7e\n]*$/);
  });

  it('contains no escape, control or bidi character from the data', () => {
    expect(formatTable(REPORT)).not.toMatch(UNSAFE);
  });

  it('is deterministic', () => {
    expect(formatTable(freshReport())).toBe(formatTable(REPORT));
  });
});

describe('feedbackText', () => {
  it('shows each criterion with its mark, points, message and evidence, then advice', () => {
    expect(feedbackText(alice)).toMatchInlineSnapshot(`
      "cohort-7/alice/2-secured_and_monitored_web_infrastructure/README.md
      Task: 2-secured_and_monitored_web_infrastructure
      Score: 3/8 (2 passed, 2 failed, 1 to review)

      ✓ pass   2/2    Distributed base (s2.base)
            The load balancer, two servers and the database are all in the diagram.
            Evidence: lines 12, 14; nodes LB, WEB1, WEB2, DB

      ✗ fail   0/2    Three firewalls (s2.firewalls)
            Only 2 firewalls are shown; the task asks for three.
            Evidence: lines 12, 13; nodes FW1, FW2

      ? review 0/2    HTTPS with a certificate (s2.https)
            The HTTPS part of the design is in an image.
            A person will review this; until then it scores 0.

      ✓ pass   1/1    What firewalls are for (s2.explain.firewall)
            You explain what a firewall does.
            Evidence: line 31; “a firewall filters incoming traffic”

      ✗ fail   0/1    SSL termination issue (s2.issue.ssl-termination)
            Say why terminating SSL at the load balancer leaves traffic behind it in plain text.

      Advice (not scored):
        - LB is a single point of failure: if it stops, no request reaches the servers.
          Evidence: line 12; node LB
        - DB can be reached without passing a firewall.
          Evidence: node DB
      "
    `);
  });

  it('says why a submission could not be graded', () => {
    expect(feedbackText(bob)).toMatchInlineSnapshot(`
      "cohort-7/bob/diagram.png
      This submission could not be graded: binary file.
      "
    `);
  });

  it('shows hostile text inertly: no ANSI escape, no bidi override, messages indented', () => {
    const out = feedbackText(eve);
    expect(out).toMatchInlineSnapshot(`
      "=cmd|' /C calc'!A0/eve "q" <script>alert(1)</script> red.md
      Task: 0-simple_web_stack
      Score: 1/2 (1 passed, 1 failed, 0 to review)

      ✓ pass   1/1    One server <b>hosts</b> | all (s0.server)
            Seen: <script>alert("pwned")</script> | \`code\` & more
            Evidence: line 3; node <img src=x onerror=alert(1)>; “say "hi"”

      ✗ fail   0/1    Domain resolves (s0.domain)
            =HYPERLINK("http://x")
            second line red evil

      Advice (not scored):
        - Node <script>x</script> is connected to nothing.
          Evidence: line 5; node X
      "
    `);
    expect(out).not.toMatch(UNSAFE);
  });

  it('uses ASCII marks on request', () => {
    const out = feedbackText(alice, { ascii: true });
    expect(out).toContain('+ pass');
    expect(out).toContain('x fail');
    expect(out).toContain('? review');
  });
});
