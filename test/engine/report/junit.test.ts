// JUnit XML output: suites per submission, cases per criterion, counts, escaping, well-formedness.
import { describe, expect, it } from 'vitest';
import { formatJunit } from '../../../src/engine/report/junit.ts';
import { freshReport, REPORT, UNSAFE } from './fixture.ts';

/** Checks tags nest and close properly and attribute values hold no raw < or quote. */
function wellFormed(xml: string): boolean {
  const stack: string[] = [];
  const body = xml.replace(/^<\?xml[^?]*\?>/, '');
  for (const [tag, close, name, rest] of body.matchAll(/<(\/?)([A-Za-z-]+)([^<>]*)>/g)) {
    if (rest === undefined || name === undefined) return false;
    if (!/^(?:\s+[a-zA-Z]+="[^"<]*")*\s*\/?$/.test(rest)) return false;
    if (close === '/') {
      if (stack.pop() !== name) return false;
    } else if (!tag.endsWith('/>')) stack.push(name);
  }
  return stack.length === 0 && !/<(?![/A-Za-z?])/.test(body);
}

function attrsOf(xml: string, tag: string): Record<string, string>[] {
  return [...xml.matchAll(new RegExp(`<${tag}\\s([^>]*)>`, 'g'))].map(([, attrs]) =>
    Object.fromEntries(
      [...(attrs ?? '').matchAll(/(\w+)="([^"]*)"/g)].map(([, k = '', v = '']) => [k, v] as const),
    ),
  );
}

describe('formatJunit', () => {
  const out = formatJunit(REPORT);

  it('is well-formed XML with a declaration', () => {
    expect(out.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites')).toBe(true);
    expect(wellFormed(out)).toBe(true);
  });

  it('has one suite per submission with the right counts', () => {
    const suites = attrsOf(out, 'testsuite');
    expect(suites.map((s) => [s['tests'], s['failures'], s['errors'], s['skipped']])).toEqual([
      ['5', '2', '0', '1'],
      ['1', '0', '1', '0'],
      ['2', '1', '0', '0'],
    ]);
    expect(suites[0]?.['name']).toBe(
      'cohort-7/alice/2-secured_and_monitored_web_infrastructure/README.md',
    );
    const [all] = attrsOf(out, 'testsuites');
    expect([all?.['tests'], all?.['failures'], all?.['errors'], all?.['skipped']]).toEqual([
      '8',
      '3',
      '1',
      '1',
    ]);
  });

  it('names cases by criterion with the task as classname', () => {
    const cases = attrsOf(out, 'testcase');
    expect(cases.map((c) => c['name'])).toEqual([
      's2.base',
      's2.firewalls',
      's2.https',
      's2.explain.firewall',
      's2.issue.ssl-termination',
      'gradable',
      's0.server',
      's0.domain',
    ]);
    expect(cases[0]?.['classname']).toBe('2-secured_and_monitored_web_infrastructure');
    expect(out.match(/<failure /g)).toHaveLength(3);
    expect(out.match(/<skipped /g)).toHaveLength(1);
    expect(out).toContain('<error message="not gradable: binary file"');
  });

  it('escapes the data and drops what XML cannot hold', () => {
    expect(out).not.toMatch(/<script/i);
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(out).not.toMatch(UNSAFE);
  });

  it('drops characters XML 1.0 forbids (U+FFFE, U+FFFF, lone surrogates, controls) wherever they come from', () => {
    const base = freshReport();
    const bad = 'a\ufffeb\uffffc\ud800d\udc00e\u0001f\u000bg';
    const first = base.submissions[0];
    const criterion = first?.criteria[1];
    if (!first || !criterion) throw new Error('fixture changed');
    const report = {
      ...base,
      engine: `engine ${bad}`,
      submissions: [
        {
          ...first,
          path: `cohort/${bad}.md`,
          task: `task${bad}`,
          criteria: [{ ...criterion, id: `id${bad}`, title: bad, message: bad }],
        },
      ],
    };
    const xml = formatJunit(report);
    // eslint-disable-next-line no-control-regex
    expect(xml).not.toMatch(/[\ufffe\uffff\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    expect(xml).not.toMatch(
      /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/,
    );
    expect(xml).toContain('cohort/abc');
    expect(wellFormed(xml)).toBe(true);
    // A real pair (an emoji) is legal XML and is kept.
    expect(formatJunit({ ...report, engine: 'engine \u{1f600}' })).toContain('\u{1f600}');
  });

  it('is deterministic', () => {
    expect(formatJunit(freshReport())).toBe(out);
  });
});
