// Astro + Starlight configuration: the course lives in the top-level content/ folder.
import mdx from '@astrojs/mdx';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://scale-up.example.org',
  integrations: [
    starlight({
      title: 'Scale Up',
      description: 'Design the web infrastructure of www.foobar.com, from one server to a scaled-up stack.',
      markdown: { processedDirs: ['./content'] },
      sidebar: [{ label: 'The four tasks', items: [{ autogenerate: { directory: 'content/tasks' } }] }],
    }),
    mdx(),
  ],
});
