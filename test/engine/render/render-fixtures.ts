// Shared inputs for the renderer tests: seed and corpus diagrams ingested by the Node engine, and ELK.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusPath, SEEDS_DIR } from '../../fixtures/shared.ts';
import ELK from 'elkjs/lib/elk.bundled.js';
import type { IngestResult } from '../../../src/engine/ingest/ingest.ts';
import { diagramDirection, layoutTopology } from '../../../src/engine/render/layout.ts';
import type { ElkLike, Layout } from '../../../src/engine/render/layout-model.ts';
import { ingestText } from '../../../src/platform/node-ingest.ts';

export const SEED_000 = join(SEEDS_DIR, '000_86d5370982dc8fac.txt');
export const SEED_004 = join(SEEDS_DIR, '004_ba5ac2802213255c.txt');
/** Task 1 (distributed infrastructure): a flowchart with two server subgraphs and a bidirectional edge. */
export const TASK_1 = corpusPath('files/1/042_Alexiscnl__1-distributed_web_infrastructure.md');

export function newElk(): ElkLike {
  return new ELK();
}

export interface Loaded {
  readonly text: string;
  readonly topology: IngestResult;
}

export async function load(path: string): Promise<Loaded> {
  const text = readFileSync(path, 'utf8');
  return { text, topology: await ingestText(text) };
}

/** The first diagram of a file, laid out in the direction its header names. */
export async function layoutFile(path: string, elk: ElkLike = newElk()): Promise<Layout> {
  const { text, topology } = await load(path);
  const first = topology.diagrams[0]?.line ?? 1;
  const header = text
    .split('\n')
    .slice(first - 1)
    .join('\n');
  return layoutTopology(topology, elk, {
    diagram: 0,
    direction: diagramDirection(header) ?? 'DOWN',
  });
}
