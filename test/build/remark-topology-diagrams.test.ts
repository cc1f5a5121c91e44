// The lesson-diagram plugins: a ```mermaid block becomes a figure with an SVG; an unreadable one fails the build.
import { pathToFileURL } from 'node:url';
import { markdownToHtml, markdownToMdast, mdxToJs } from 'satteri';
import { afterAll, describe, expect, it } from 'vitest';
import { DiagramBuildError } from '../../src/build/diagram-error.ts';
import { remarkTopologyDiagrams } from '../../src/build/remark-topology-diagrams.ts';
import { renderMermaidBlock } from '../../src/build/render-block.ts';
import { satteriTopologyDiagrams } from '../../src/build/satteri-topology-diagrams.ts';
import { createWorkerRenderer } from '../../src/build/worker-renderer.ts';

const LESSON = [
  '---',
  'title: One server',
  '---',
  '',
  '# One server',
  '',
  '```mermaid title="Task 0: one server"',
  'flowchart LR',
  '  U[User] -->|HTTPS| WEB[Nginx web server]',
  '  WEB --> DB[(MySQL)]',
  '```',
  '',
  '```bash',
  'sudo service nginx reload',
  '```',
  '',
].join('\n');

const BROKEN = [
  '# Broken',
  '',
  'Some text.',
  '',
  '```mermaid',
  'flowchart LR',
  '  A[User] --> B[Web',
  '```',
  '',
].join('\n');

const render = renderMermaidBlock;

describe('remarkTopologyDiagrams (unified transformer)', () => {
  it('replaces the mermaid block with an html figure holding the SVG and caption, and leaves other code alone', async () => {
    const tree = markdownToMdast(LESSON) as unknown as {
      type: string;
      children: { type: string; value?: string; lang?: string }[];
    };
    await remarkTopologyDiagrams({ render })(tree, { path: '/site/content/tasks/0.md' });
    const html = tree.children.find((n) => n.type === 'html');
    expect(html?.value).toMatch(
      /^<figure class="su-diagram su-diagram--flowchart" tabindex="0"><svg [^>]*role="img"/,
    );
    expect(html?.value).toContain('<title id="su-d-');
    expect(html?.value).toContain('<figcaption>Task 0: one server</figcaption>');
    expect(html?.value).toContain('>Nginx web server</tspan>');
    expect(tree.children.some((n) => n.type === 'code' && n.lang === 'mermaid')).toBe(false);
    expect(tree.children.some((n) => n.type === 'code' && n.lang === 'bash')).toBe(true);
  });

  it('rejects an unreadable block with the file and the line', async () => {
    const tree = markdownToMdast(BROKEN);
    const run = remarkTopologyDiagrams({ render })(tree, {
      path: `${process.cwd()}/content/broken.md`,
    });
    await expect(run).rejects.toBeInstanceOf(DiagramBuildError);
    await expect(
      remarkTopologyDiagrams({ render })(markdownToMdast(BROKEN) as never, {
        path: `${process.cwd()}/content/broken.md`,
      }),
    ).rejects.toThrow(/^content\/broken\.md:7: Mermaid cannot read this diagram: /);
  });
});

describe('satteriTopologyDiagrams (Astro 7’s default processor)', () => {
  const fileURL = pathToFileURL(`${process.cwd()}/content/lesson.md`);

  it('renders Markdown with the figure in place of the code block and no script', async () => {
    const { html } = await markdownToHtml(LESSON, {
      mdastPlugins: [satteriTopologyDiagrams({ render })],
      fileURL,
    });
    expect(html).toContain(
      '<figure class="su-diagram su-diagram--flowchart" tabindex="0"><svg role="img" aria-labelledby="su-d-',
    );
    expect(html).toContain('role="img"');
    expect(html).not.toContain('language-mermaid');
    expect(html).not.toContain('<script');
  });

  it('renders MDX through a Fragment with set:html (MDX has no raw HTML)', async () => {
    const { code } = await mdxToJs(LESSON.replace('---\ntitle: One server\n---\n', ''), {
      mdastPlugins: [satteriTopologyDiagrams({ render })],
      fileURL: pathToFileURL(`${process.cwd()}/content/lesson.mdx`),
    });
    expect(code).toContain('set:html');
    expect(code).toContain('su-diagram--flowchart');
    expect(code).not.toContain('language-mermaid');
  });

  it('fails on an unreadable block, naming the file and the line', async () => {
    const run = markdownToHtml(BROKEN, {
      mdastPlugins: [satteriTopologyDiagrams({ render })],
      fileURL: pathToFileURL(`${process.cwd()}/content/broken.md`),
    });
    await expect(run).rejects.toThrow(/content\/broken\.md:7: Mermaid cannot read this diagram/);
  });

  it('gives repeated diagrams on one page distinct ids', async () => {
    const twice = `${LESSON}\n${LESSON.split('\n').slice(6, 11).join('\n')}\n`;
    const { html } = await markdownToHtml(twice, {
      mdastPlugins: [satteriTopologyDiagrams({ render })],
      fileURL,
    });
    const ids = [...html.matchAll(/<svg role="img" [^>]*id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toHaveLength(2);
    expect(ids[1]).toBe(`${ids[0]}-2`);
  });
});

describe('createWorkerRenderer', () => {
  const worker = createWorkerRenderer();
  afterAll(() => worker.close());

  it('draws in a worker thread exactly what the in-process renderer draws, and reports errors the same way', async () => {
    const block = {
      code: 'sequenceDiagram\n  User->>DNS: resolve\n  DNS-->>User: IP',
      meta: null,
      file: 'a.md',
      line: 3,
      id: 'su-w',
    };
    const [viaWorker, inProcess] = await Promise.all([
      worker.render(block),
      renderMermaidBlock(block),
    ]);
    expect(viaWorker).toBe(inProcess);
    expect(viaWorker).toContain('su-diagram--sequence');
    const bad = worker.render({ ...block, code: 'pie title Pets\n  "Dogs" : 3' });
    await expect(bad).rejects.toThrow(
      'a.md:3: only Mermaid flowcharts, architecture-beta and sequence diagrams',
    );
  });
});
