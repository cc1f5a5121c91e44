// Astro + Starlight configuration: the course lives in the top-level content/ folder.
import mdx from '@astrojs/mdx';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import { readFileSync } from 'node:fs';
import { topologyDiagrams } from './src/build/astro-topology-diagrams.ts';
import { mermaidConfigPlugin } from './src/build/mermaid-config-plugin.ts';

// Shiki has no grammar for haproxy.cfg: the project ships its own TextMate grammar.
const haproxyGrammar = JSON.parse(
  readFileSync(new URL('./src/grammars/haproxy.tmLanguage.json', import.meta.url), 'utf8'),
);

export default defineConfig({
  // No module-preload wrapper: the search element loads Pagefind's runtime by URL at run time.
  // The design checker's Mermaid adapter reaches Mermaid's config chunk through mermaidConfigPlugin.
  vite: {
    build: { modulePreload: false, assetsInlineLimit: 0 },
    plugins: [mermaidConfigPlugin()],
  },
  site: 'https://scale-up.example.org',
  integrations: [
    // Lesson diagrams (```mermaid) become static SVG at build time, on Astro's Markdown processor (MDX too).
    topologyDiagrams(),
    starlight({
      title: 'Scale Up',
      description:
        'Design the web infrastructure of www.foobar.com, from one server to a scaled-up stack.',
      markdown: { processedDirs: ['./content'] },
      lastUpdated: false,
      // Starlight's search dialog ships Pagefind's 26 KB UI; ours uses Pagefind's runtime with a small element.
      components: { Search: './src/components/Search.astro' },
      customCss: ['./src/styles/controls.css', './src/styles/simulation.css'],
      expressiveCode: { shiki: { langs: [haproxyGrammar] } },
      sidebar: [
        { label: 'Start here', items: [{ label: 'Welcome', link: '/' }] },
        { label: 'The four tasks', items: [{ autogenerate: { directory: 'content/tasks' } }] },
        {
          label: 'Design steps in depth',
          items: [{ autogenerate: { directory: 'content/design' } }],
        },
        { label: 'Guides', items: [{ autogenerate: { directory: 'content/guides' } }] },
      ],
    }),
    mdx(),
  ],
});
