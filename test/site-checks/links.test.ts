// The link check of the build: internal links must lead to a page or file of the built site.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { brokenLinks } from '../../src/site-checks/links.ts';
import { tempDir } from '../fixtures/temp-dirs.ts';

function site(pages: Record<string, string>): string {
  const dist = tempDir('dist');
  for (const [path, html] of Object.entries(pages)) {
    mkdirSync(join(dist, path, '..'), { recursive: true });
    writeFileSync(join(dist, path), html);
  }
  return dist;
}

describe('brokenLinks', () => {
  it('accepts pages, files, anchors and external links; reports the missing ones with their page', () => {
    const dist = site({
      'index.html':
        '<a href="/tasks/a/">a</a> <a href="/tasks/b/#x">b</a> <a href="https://example.org/">e</a> <img src="/logo.svg"> <a href="#top">t</a>',
      'tasks/a/index.html': '<a href="../b/">b</a> <a href="/missing/">m</a>',
      'tasks/b/index.html': '<link href="/_astro/x.css" rel="stylesheet">',
      'logo.svg': '<svg/>',
    });
    expect(brokenLinks(dist)).toEqual([
      { page: '/tasks/a/index.html', target: '/missing/' },
      { page: '/tasks/b/index.html', target: '/_astro/x.css' },
    ]);
  });
});
