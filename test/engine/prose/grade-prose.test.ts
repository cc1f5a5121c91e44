// Unit and property tests of the prose grader: bare headings and keywords fail, CNAME fails, evidence, no throw.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseConcepts } from '../../../src/engine/prose/concepts-schema.ts';
import { gradeProse } from '../../../src/engine/prose/grade-prose.ts';
import type { Section } from '../../../src/engine/prose/section.ts';
import { splitSections } from '../../fixtures/sections.ts';

const concepts = parseConcepts(
  readFileSync(new URL('../../../quizzes/concepts.yaml', import.meta.url), 'utf8'),
  'quizzes/concepts.yaml',
);
const ids = Object.keys(concepts.criteria);
const grade = (id: string, markdown: string) => gradeProse(id, splitSections(markdown), concepts);

/** The questions of the four tasks, as a learner copies them, each heading left without an answer. */
const QUESTIONS = [
  'What is a server',
  'What is the role of the domain name',
  'What type of DNS record www is in www.foobar.com',
  'What is the role of the web server',
  'What is the role of the application server',
  'What is the role of the database',
  'What is the server using to communicate with the computer of the user requesting the website',
  'SPOF',
  'Downtime when maintenance needed (like deploying new code web server needs to be restarted)',
  'Cannot scale if too much incoming traffic',
  'For every additional element, why you are adding it',
  'What distribution algorithm your load balancer is configured with and how it works',
  'Is your load-balancer enabling an Active-Active or Active-Passive setup, explain the difference between both',
  'How a database Primary-Replica (Master-Slave) cluster works',
  'What is the difference between the Primary node and the Replica node in regard to the application',
  'Where are SPOF',
  'Security issues (no firewall, no HTTPS)',
  'No monitoring',
  'What are firewalls for',
  'Why is the traffic served over HTTPS',
  'What monitoring is used for',
  'How the monitoring tool is collecting data',
  'Explain what to do if you want to monitor your web server QPS',
  'Why terminating SSL at the load balancer level is an issue',
  'Why having only one MySQL server capable of accepting writes is an issue',
  'Why having servers with all the same components (database, web server and application server) might be a problem',
  'Application server versus web server',
];

describe('gradeProse', () => {
  it('fails a heading with nothing under it', () => {
    const sections: Section[] = [{ heading: 'What is a server?', level: 3, line: 4, text: '' }];
    expect(gradeProse('s0.explain.server', sections, concepts).verdict).toBe('fail');
  });

  it('fails every prose criterion when the task questions are headings without answers', () => {
    const markdown = QUESTIONS.map((q) => `### ${q}\n`).join('\n');
    for (const id of ids) expect(grade(id, markdown).verdict, id).toBe('fail');
  });

  it('fails a keyword alone', () => {
    const cases: [string, string][] = [
      ['s0.explain.server', 'Server'],
      ['s0.issue.spof', '- SPOF\n- Single point of failure'],
      ['s1.explain.algorithm', 'Algorithm: Round Robin'],
      ['s1.explain.active-mode', 'Active-Active'],
      ['s1.explain.primary-replica', 'Primary-Replica (Master-Slave)'],
      ['s2.explain.firewall', '3 firewalls'],
      ['s2.explain.https', 'HTTPS, SSL certificate'],
      ['s2.explain.monitoring', 'Monitoring: Sumo Logic'],
      ['s2.explain.qps', 'QPS'],
      ['s3.explain.web-vs-app', 'Web server vs application server'],
    ];
    for (const [id, text] of cases) expect(grade(id, text).verdict, id).toBe('fail');
  });

  it('fails the dns-record criterion when www is said to be a CNAME, and passes an A record', () => {
    const cname = grade(
      's0.explain.dns-record',
      'The www record is a CNAME pointing to foobar.com, which has an A record for 8.8.8.8.',
    );
    expect(cname.verdict).toBe('fail');
    expect(cname.message).toMatch(/CNAME/);
    expect(cname.quotes[0]).toMatch(/CNAME/);
    expect(
      grade('s0.explain.dns-record', 'www is an A record that points to 8.8.8.8, not a CNAME.')
        .verdict,
    ).toBe('pass');
    expect(grade('s0.explain.dns-record', 'It could be an A record or a CNAME.').verdict).toBe(
      'fail',
    );
  });

  it('needs both security issues and two reasons out of three for task 1', () => {
    expect(grade('s1.issue.security', 'There is no firewall.').verdict).toBe('fail');
    expect(
      grade('s1.issue.security', 'There is no firewall, and no HTTPS so traffic is unencrypted.')
        .verdict,
    ).toBe('pass');
    const one = grade(
      's1.explain.why-elements',
      'The load balancer distributes the traffic between the servers.',
    );
    expect(one.verdict).toBe('fail');
    expect(one.message).toMatch(/second server/);
    const two =
      'The load balancer distributes the traffic. The second server adds redundancy if one server fails.';
    expect(grade('s1.explain.why-elements', two).verdict).toBe('pass');
    expect(
      grade(
        's1.explain.why-elements',
        'There is no load balancer or second server to distribute the load.',
      ).verdict,
    ).toBe('fail');
  });

  it('reads the web server answering requests in other verbs than serve or handle', () => {
    const said = (text: string) =>
      grade('s0.explain.web-server', `## Web server\n${text}\n`).verdict;
    expect(said('Nginx answers HTTP requests and hands back static files.')).toBe('pass');
    expect(said('Nginx replies to the requests of the browsers.')).toBe('pass');
    expect(said('Nginx is the answer.')).toBe('fail');
  });

  it('reads a second load balancer that lets the site survive the loss of one as a reason', () => {
    const why = (text: string) =>
      grade(
        's3.explain.why-elements',
        `## Why each element\n${text}\nEach tier gets its own server so the layers scale independently.\n`,
      ).verdict;
    expect(
      why('A second HAProxy joins the first so the entry point survives the loss of one balancer.'),
    ).toBe('pass');
    expect(why('A second HAProxy joins the first.')).toBe('fail');
  });

  it('reads servers that each run everything and fight over resources as the identical-servers issue', () => {
    const issue = (text: string) =>
      grade('s2.issue.identical-servers', `## Issues\n${text}\n`).verdict;
    expect(issue('Each box runs the web, app and database, so they fight for CPU and RAM.')).toBe(
      'pass',
    );
    expect(issue('Each box runs a monitoring agent.')).toBe('fail');
  });

  it('points at the lines and quotes the sentences it used', () => {
    const r = grade(
      's0.explain.server',
      '# Answers\n\nIntro.\n\n## Server\n\nA server is a computer that provides services to clients.\n',
    );
    expect(r.verdict).toBe('pass');
    expect(r.lines).toEqual([7]);
    expect(r.quotes).toEqual(['A server is a computer that provides services to clients.']);
    const long = `In short, ${'and so on, '.repeat(15)}a server is a machine that provides services to clients, ${'again and again, '.repeat(15)}all day.`;
    const quote = grade('s0.explain.server', long).quotes[0] ?? '';
    expect(quote.length).toBeLessThanOrEqual(120);
    expect(quote).toMatch(/^….*a server is a machine that provides services.*…$/);
  });

  it('quotes the answer under the heading that names the topic before a passing match elsewhere', () => {
    const text =
      '# Stack\n\n## How it works\n\nThe browser sends the request and our server is answering.\n\n' +
      '## Explanations\n\n**What is a server?**\nA machine, real or virtual, that runs programs and ' +
      'serves the pages to the clients.\n';
    const r = grade('s0.explain.server', text);
    expect(r.verdict).toBe('pass');
    expect(r.lines).toEqual([10]);
    // Without the heading, the first match in the file is the one quoted.
    const bare = grade('s0.explain.server', text.replace('**What is a server?**\n', ''));
    expect(bare.lines).toEqual([5]);
  });

  it('fails an unknown criterion instead of throwing', () => {
    const r = gradeProse('s9.nothing', [], concepts);
    expect(r.verdict).toBe('fail');
    expect(r.message).toMatch(/s9\.nothing/);
  });

  it('never throws and gives the same answer twice, whatever the sections', () => {
    const text = fc
      .array(
        fc.oneof(
          fc.string(),
          fc.constantFrom(
            '# ',
            '- ',
            '**',
            '|',
            '\n',
            ' no firewall ',
            'A record',
            '(',
            ')',
            '```',
            'server is',
            'QPS',
          ),
        ),
        { maxLength: 30 },
      )
      .map((parts) => parts.join(''));
    const section = fc.record(
      {
        heading: fc.string({ maxLength: 40 }),
        level: fc.oneof(fc.integer({ min: -2, max: 9 }), fc.constant(Number.NaN)),
        line: fc.oneof(fc.integer({ min: -5, max: 5000 }), fc.constant(Number.POSITIVE_INFINITY)),
        text,
        lines: fc.array(fc.oneof(fc.integer({ min: -5, max: 5000 }), fc.constant(Number.NaN)), {
          maxLength: 12,
        }),
      },
      { requiredKeys: ['heading', 'level', 'line', 'text'] },
    );
    fc.assert(
      fc.property(
        fc.array(section, { maxLength: 8 }),
        fc.constantFrom(...ids, 'unknown'),
        (sections, id) => {
          const a = gradeProse(id, sections, concepts);
          expect(['pass', 'fail']).toContain(a.verdict);
          expect(a.quotes.every((q) => q.length <= 120)).toBe(true);
          expect(a.lines.every((l) => Number.isInteger(l))).toBe(true);
          expect(gradeProse(id, sections, concepts)).toEqual(a);
        },
      ),
      { numRuns: 300 },
    );
  });
});
