// HTML output: a standalone accessible page where nothing from a submission is ever markup.
import { describe, expect, it } from 'vitest';
import { formatHtml } from '../../../src/engine/report/html.ts';
import { freshReport, REPORT, UNSAFE } from './fixture.ts';

/** The tags the page itself writes; any other tag would have come from the data. */
const OWN_TAGS = new Set(
  'html head meta title style body main h1 h2 h3 p table caption thead tbody tr th td a span details summary strong em br ul li'.split(
    ' ',
  ),
);

describe('formatHtml', () => {
  const out = formatHtml(REPORT);

  it('is a standalone page with a language, a title and a stylesheet for light and dark', () => {
    expect(out.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(out).toContain('<meta charset="utf-8">');
    expect(out).toContain('<title>Grades</title>');
    expect(out).toContain('@media (prefers-color-scheme: dark)');
    expect(out.endsWith('</html>\n')).toBe(true);
  });

  it('has accessible tables: captions and scoped headers', () => {
    expect(out.match(/<table>/g)).toHaveLength(3);
    expect(out.match(/<caption>/g)).toHaveLength(3);
    expect(out).toContain('<th scope="col">Submission</th>');
    expect(out.match(/<th scope="row"/g)).toHaveLength(3 + 5 + 2);
  });

  it('shows verdicts in words, not only by colour', () => {
    expect(out).toContain('<td class="verdict pass"><span aria-hidden="true">✓</span> pass</td>');
    expect(out).toContain('<td class="verdict fail"><span aria-hidden="true">✗</span> fail</td>');
    expect(out).toContain(
      '<td class="verdict review"><span aria-hidden="true">?</span> review</td>',
    );
  });

  it('has a details section per submission', () => {
    expect(out.match(/<details id="submission-\d">/g)).toHaveLength(3);
    expect(out).toContain('<p>Not graded: binary file.</p>');
  });

  it('escapes all submission text: no script, no tag but its own', () => {
    expect(out).not.toMatch(/<script/i);
    expect(out).not.toMatch(/<img/i);
    for (const [, tag] of out.matchAll(/<\/?([a-zA-Z0-9]+)/g)) expect(OWN_TAGS).toContain(tag);
    expect(out).toContain('&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt;');
    expect(out).not.toMatch(UNSAFE);
    for (const [amp] of out.matchAll(/&[^;\s]{0,10};?/g))
      expect(amp).toMatch(/^&(?:[a-z]+|#\d+);$/);
  });

  it('has no script and forbids any by policy', () => {
    expect(out).toContain("default-src 'none'");
    expect(out).not.toMatch(/<[^>]*\son[a-z]+=/i);
  });

  it('escapes the title', () => {
    expect(formatHtml(REPORT, { title: '<i>x</i>' })).toContain(
      '<title>&lt;i&gt;x&lt;/i&gt;</title>',
    );
  });

  it('is deterministic', () => {
    expect(formatHtml(freshReport())).toBe(out);
  });
});
