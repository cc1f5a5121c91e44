// Models for simulator tests: hand-made topologies (one server, a chain) and the real seeds and corpus files.
import { readFileSync } from 'node:fs';
import { buildSimModel } from '../../../src/engine/simulate/build-model.ts';
import type { RequestClass } from '../../../src/engine/simulate/codes.ts';
import type { SimModel } from '../../../src/engine/simulate/model.ts';
import { pickDiagram } from '../../../src/engine/simulate/pick-diagram.ts';
import type { SimSeries } from '../../../src/engine/simulate/result.ts';
import type {
  NodeKind,
  Protocol,
  Role,
  TopoEdge,
  TopoNode,
  Topology,
} from '../../../src/engine/topology/model.ts';
import { ingestText } from '../../../src/platform/node-ingest.ts';
import { corpusPath, readSeed } from '../../fixtures/shared.ts';

export function node(id: string, kind: NodeKind, role: Role | null = null, label = id): TopoNode {
  return { id, label, kind, role, host: null, line: 1, diagram: 0 };
}

export function edge(
  from: string,
  to: string,
  protocol: Protocol | null = null,
  encrypted: boolean | null = null,
): TopoEdge {
  return { from, to, label: '', protocol, encrypted, bidirectional: false, line: 1, diagram: 0 };
}

export function modelOf(topology: Topology): SimModel {
  return buildSimModel(topology, { index: 0, kind: 'flowchart' });
}

/** Users -> one application server: the M/M/c station of the validation tests. */
export function singleServer(): SimModel {
  return modelOf({
    nodes: [node('U', 'user'), node('S', 'app-server')],
    edges: [edge('U', 'S')],
    groups: [],
  });
}

export async function modelOfText(text: string): Promise<SimModel> {
  const ingest = await ingestText(text);
  const diagram = pickDiagram(ingest.diagrams);
  if (!diagram) throw new Error('no readable diagram');
  return buildSimModel(ingest, diagram);
}

export const SEEDS = {
  pair: '000_86d5370982dc8fac.txt',
  clusterNode: '001_28c34db0bcb7f38d.txt',
  ascii: '002_bf884ae1f02eb0be.txt',
  task2: '003_7607095f134c5ec2.txt',
  sequence: '004_ba5ac2802213255c.txt',
} as const;

export function seedModel(file: string): Promise<SimModel> {
  return modelOfText(readSeed(file));
}

/** A task-1 corpus answer with a single HAProxy in front of two servers (primary/replica MySQL). */
export function singleLbModel(): Promise<SimModel> {
  return modelOfText(
    readFileSync(
      corpusPath('files/1/161_JGonzalez-7__1-distributed_web_infrastructure.md'),
      'utf8',
    ),
  );
}

/** Share of requests started in [from, to) that succeeded (of one class if given); NaN when none started. */
export function availabilityBetween(
  series: SimSeries,
  from: number,
  to: number,
  cls?: RequestClass,
): number {
  let requests = 0;
  let ok = 0;
  series.time.forEach((t, i) => {
    if (t < from || t >= to) return;
    requests += (cls ? series.byClass[cls].requests[i] : series.requests[i]) ?? 0;
    ok += (cls ? series.byClass[cls].succeeded[i] : series.succeeded[i]) ?? 0;
  });
  return requests === 0 ? Number.NaN : ok / requests;
}
