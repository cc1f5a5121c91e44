// JUnit XML output: a test suite per submission and a test case per criterion, for CI dashboards.
import type { CriterionResult, GradeReport, SubmissionResult } from '../grade/result.ts';
import { escapeAttribute as attr, escapeMarkup as text } from './escape.ts';
import { safeLine } from './safe-text.ts';
import { countVerdicts, evidenceText, formatPoints, REVIEW_NOTE, statusText } from './summary.ts';

interface SuiteCounts {
  readonly tests: number;
  readonly failures: number;
  readonly errors: number;
  readonly skipped: number;
}

/** A not-gradable submission counts as one test in error; a graded one, one test per criterion. */
function suiteCounts(s: SubmissionResult): SuiteCounts {
  if (s.status !== 'graded') return { tests: 1, failures: 0, errors: 1, skipped: 0 };
  const counts = countVerdicts(s);
  return { tests: s.criteria.length, failures: counts.fail, errors: 0, skipped: counts.review };
}

function countAttributes(c: SuiteCounts): string {
  return `tests="${c.tests}" failures="${c.failures}" errors="${c.errors}" skipped="${c.skipped}"`;
}

function testCase(c: CriterionResult, classname: string): string[] {
  const open = `    <testcase classname="${attr(classname)}" name="${attr(c.id)}">`;
  const evidence = evidenceText(c.evidence);
  if (c.verdict === 'pass') return [open.replace(/>$/, '/>')];
  if (c.verdict === 'review') {
    return [
      open,
      `      <skipped message="${attr(`${REVIEW_NOTE} ${c.message}`)}"/>`,
      '    </testcase>',
    ];
  }
  const body = [
    `${safeLine(c.title)}: ${formatPoints(c.points)}/${formatPoints(c.maxPoints)}`,
    c.message,
  ];
  if (evidence !== '') body.push(`Evidence: ${evidence}`);
  return [
    open,
    `      <failure message="${attr(c.message)}" type="fail">${text(body.join('\n'))}</failure>`,
    '    </testcase>',
  ];
}

function suite(s: SubmissionResult): string[] {
  const counts = suiteCounts(s);
  const classname = s.task ?? 'not-gradable';
  const lines = [
    `  <testsuite name="${attr(safeLine(s.path))}" ${countAttributes(counts)}>`,
    '    <properties>',
    `      <property name="task" value="${attr(s.task ?? '')}"/>`,
    `      <property name="status" value="${attr(s.status)}"/>`,
    `      <property name="score" value="${formatPoints(s.score)}"/>`,
    `      <property name="maxScore" value="${formatPoints(s.maxScore)}"/>`,
    '    </properties>',
  ];
  if (s.status !== 'graded') {
    lines.push(
      `    <testcase classname="${attr(classname)}" name="gradable">`,
      `      <error message="${attr(statusText(s))}" type="not-gradable"/>`,
      '    </testcase>',
    );
  }
  for (const c of s.criteria) lines.push(...testCase(c, classname));
  if (s.findings.length > 0) {
    const advice = s.findings.map((f) => {
      const evidence = evidenceText(f.evidence);
      return `- ${safeLine(f.message)}${evidence === '' ? '' : ` (${evidence})`}`;
    });
    lines.push(
      `    <system-out>${text(['Advice (not scored):', ...advice].join('\n'))}</system-out>`,
    );
  }
  lines.push('  </testsuite>');
  return lines;
}

/**
 * Characters XML 1.0 does not allow anywhere (controls other than tab, LF and CR; U+FFFE and U+FFFF;
 * surrogates without their partner). Escaping cannot make them legal, so they are dropped.
 */
const NOT_XML_CHAR =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** The JUnit XML report: one <testsuite> per submission, in the given order. */
export function formatJunit(report: GradeReport): string {
  const all = report.submissions.map(suiteCounts);
  const total: SuiteCounts = {
    tests: all.reduce((n, c) => n + c.tests, 0),
    failures: all.reduce((n, c) => n + c.failures, 0),
    errors: all.reduce((n, c) => n + c.errors, 0),
    skipped: all.reduce((n, c) => n + c.skipped, 0),
  };
  return (
    [
      '<?xml version="1.0" encoding="UTF-8"?>',
      `<testsuites name="${attr(report.engine)}" ${countAttributes(total)}>`,
      ...report.submissions.flatMap(suite),
      '</testsuites>',
    ]
      .join('\n')
      .replace(NOT_XML_CHAR, '') + '\n'
  );
}
