import { readFileSync } from 'node:fs';
import { ingestText } from '../../src/platform/node-ingest.ts';
import { corpusEntry, corpusPath } from '../fixtures/shared.ts';
for (const id of process.argv.slice(2)) {
  const r = await ingestText(readFileSync(corpusPath(corpusEntry(id).file), 'utf8'));
  console.log(`== ${id}`);
  for (const n of r.nodes)
    console.log(
      `  N ${n.id} [${n.label.slice(0, 60)}] ${n.kind}${n.role ? '/' + n.role : ''} host=${n.host}`,
    );
  for (const e of r.edges)
    console.log(`  E ${e.from} -> ${e.to} [${e.label.slice(0, 40)}] ${e.protocol ?? ''}`);
}
