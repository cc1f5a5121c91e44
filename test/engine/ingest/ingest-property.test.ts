// Property: ingest never throws on any text, and every line it reports lies inside the text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../../src/platform/node-ingest.ts';

const pieces = fc.constantFrom(
  '```mermaid\n',
  '```\n',
  '````\n',
  "'''\n",
  '~~~\n',
  'graph TD\n',
  'flowchart LR\n',
  'sequenceDiagram\n',
  'architecture-beta\n',
  'block-beta\n',
  'C4Context\n',
  'block:srv1:2\n',
  'space a["Nginx"]:2 b[("MySQL")]\n',
  'a -- "SQL" --> b\n',
  'Person(u, "User", "Browser")\n',
  'System_Boundary(s, "Server 1") {\n',
  'Rel(u, s, "HTTPS", "443")\n',
  '}\n',
  'junction j\n',
  'lb:R -[HTTP]- L:j\n',
  'subgraph S [Server 1]\n',
  'end\n',
  'A[Nginx (web)] --> B[(MySQL)]\n',
  'A & B --> C\n',
  'A <--> B\n',
  'A -->|HTTPS| B\n',
  'participant U as User\n',
  'U->>LB: GET /\n',
  'group g(cloud)[G]\n',
  'service s(server)[S] in g\n',
  '+------+\n',
  '| LB 1 |\n',
  '[ HAProxy ] ---> [ Nginx ]\n',
  '   |\n',
  '   v\n',
  '![x](https://i.imgur.com/a.png)\n',
  '![]()\n',
  '# Heading\n',
  '## Sous-titre\n',
  'Some prose.\n',
  '%% comment\n',
  '"quoted"\n',
  '<script>alert(1)</script>\n',
  '\n',
  '\t\n',
  'classDef x fill:#f00\n',
);

describe('ingest on arbitrary text', () => {
  it('never throws, and reports lines inside the text', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ unit: 'grapheme', maxLength: 300 }),
          fc.array(pieces, { maxLength: 25 }).map((a) => a.join('')),
        ),
        async (text) => {
          const result = await ingestText(text);
          const lines = text.split('\n').length;
          for (const item of [
            ...result.nodes,
            ...result.edges,
            ...result.images,
            ...result.sections,
            ...result.errors,
          ]) {
            expect(item.line).toBeGreaterThanOrEqual(1);
            expect(item.line).toBeLessThanOrEqual(lines);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
