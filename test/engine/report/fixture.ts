// A realistic GradeReport for the report tests: a mixed task-2 result, a binary file, a hostile one.
import type { Evidence, GradeReport } from '../../../src/engine/grade/result.ts';

/** Characters no human-facing output may carry: controls but the line feed, and bidi overrides. */
export const UNSAFE =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

const none: Evidence = { lines: [], nodes: [], quotes: [] };

export const HOSTILE_PATH =
  '=cmd|\' /C calc\'!A0/eve "q" <script>alert(1)</script>\n\u001b[31mred\u001b[0m.md';

export const REPORT: GradeReport = {
  engine: 'scaleup-grader 0.1.0',
  rubrics: {
    '2-secured_and_monitored_web_infrastructure': 'sha256:2f1c0de',
    '0-simple_web_stack': 'sha256:0a0b0c0',
  },
  submissions: [
    {
      path: 'cohort-7/alice/2-secured_and_monitored_web_infrastructure/README.md',
      task: '2-secured_and_monitored_web_infrastructure',
      status: 'graded',
      reason: null,
      score: 3,
      maxScore: 8,
      criteria: [
        {
          id: 's2.base',
          title: 'Distributed base',
          kind: 'diagram',
          verdict: 'pass',
          points: 2,
          maxPoints: 2,
          message: 'The load balancer, two servers and the database are all in the diagram.',
          evidence: { lines: [14, 12, 14], nodes: ['LB', 'WEB1', 'WEB2', 'DB'], quotes: [] },
        },
        {
          id: 's2.firewalls',
          title: 'Three firewalls',
          kind: 'diagram',
          verdict: 'fail',
          points: 0,
          maxPoints: 2,
          message: 'Only 2 firewalls are shown; the task asks for three.',
          evidence: { lines: [12, 13], nodes: ['FW1', 'FW2'], quotes: [] },
        },
        {
          id: 's2.https',
          title: 'HTTPS with a certificate',
          kind: 'diagram',
          verdict: 'review',
          points: 0,
          maxPoints: 2,
          message: 'The HTTPS part of the design is in an image.',
          evidence: none,
        },
        {
          id: 's2.explain.firewall',
          title: 'What firewalls are for',
          kind: 'prose',
          verdict: 'pass',
          points: 1,
          maxPoints: 1,
          message: 'You explain what a firewall does.',
          evidence: { lines: [31], nodes: [], quotes: ['a firewall filters incoming traffic'] },
        },
        {
          id: 's2.issue.ssl-termination',
          title: 'SSL termination issue',
          kind: 'prose',
          verdict: 'fail',
          points: 0,
          maxPoints: 1,
          message:
            'Say why terminating SSL at the load balancer leaves traffic behind it in plain text.',
          evidence: none,
        },
      ],
      findings: [
        {
          id: 'single-point-of-failure',
          message: 'LB is a single point of failure: if it stops, no request reaches the servers.',
          evidence: { lines: [12], nodes: ['LB'], quotes: [] },
        },
        {
          id: 'unprotected-database',
          message: 'DB can be reached without passing a firewall.',
          evidence: { lines: [], nodes: ['DB'], quotes: [] },
        },
      ],
    },
    {
      path: 'cohort-7/bob/diagram.png',
      task: null,
      status: 'not-gradable',
      reason: 'binary file',
      score: 0,
      maxScore: 0,
      criteria: [],
      findings: [],
    },
    {
      path: HOSTILE_PATH,
      task: '0-simple_web_stack',
      status: 'graded',
      reason: null,
      score: 1,
      maxScore: 2,
      criteria: [
        {
          id: 's0.server',
          title: 'One server <b>hosts</b> | all',
          kind: 'diagram',
          verdict: 'pass',
          points: 1,
          maxPoints: 1,
          message: 'Seen: <script>alert("pwned")</script> | `code` & more',
          evidence: { lines: [3], nodes: ['<img src=x onerror=alert(1)>'], quotes: ['say "hi"'] },
        },
        {
          id: 's0.domain',
          title: 'Domain resolves',
          kind: 'diagram',
          verdict: 'fail',
          points: 0,
          maxPoints: 1,
          message: '=HYPERLINK("http://x")\nsecond line \u001b[31mred\u001b[0m \u202eevil\u202c',
          evidence: none,
        },
      ],
      findings: [
        {
          id: 'orphan-node',
          message: 'Node <script>x</script> is connected to nothing.\u0007',
          evidence: { lines: [5], nodes: ['X'], quotes: [] },
        },
      ],
    },
  ],
};

/** The same report, rebuilt from JSON: equal data, distinct objects. */
export function freshReport(): GradeReport {
  return JSON.parse(JSON.stringify(REPORT)) as GradeReport;
}
