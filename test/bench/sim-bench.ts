// Benchmark of the simulator: events per second on a seed design, next to a bare event loop on the same heap.
import { performance } from 'node:perf_hooks';
import { buildSimModel } from '../../src/engine/simulate/build-model.ts';
import type { SimModel } from '../../src/engine/simulate/model.ts';
import { pickDiagram } from '../../src/engine/simulate/pick-diagram.ts';
import { parseScenario, type Scenario } from '../../src/engine/simulate/scenario-schema.ts';
import { simulate } from '../../src/engine/simulate/simulator.ts';
import { ingestText } from '../../src/platform/node-ingest.ts';
import { readSeed } from '../fixtures/shared.ts';
import { bareLoop, bareQueueLoop } from './sim-bare-loop.ts';

export interface SimBenchRow {
  readonly label: string;
  readonly events: number;
  /** Best of the repetitions, milliseconds. */
  readonly simMs: number;
  readonly queueMs: number;
  readonly bareMs: number;
  readonly pending: number;
}

const ROUNDS = 3;

async function seedModel(file: string): Promise<SimModel> {
  const ingest = await ingestText(readSeed(file));
  const diagram = pickDiagram(ingest.diagrams);
  if (!diagram) throw new Error(`${file} has no diagram`);
  return buildSimModel(ingest, diagram);
}

/** Best-of-N for the simulator and the bare loop, interleaved so both see the same machine load. */
function measure(label: string, model: SimModel, scenario: Scenario): SimBenchRow {
  const first = simulate(model, scenario);
  const events = first.stats.events;
  const pending = Math.max(1, Math.round(first.stats.meanPending));
  let simMs = Infinity;
  let queueMs = Infinity;
  let bareMs = Infinity;
  const clock = () => performance.now();
  for (let i = 0; i < ROUNDS; i += 1) {
    const start = performance.now();
    simulate(model, scenario);
    simMs = Math.min(simMs, performance.now() - start);
    queueMs = Math.min(queueMs, bareQueueLoop(events, pending, clock).ms);
    bareMs = Math.min(bareMs, bareLoop(events, pending, clock).ms);
  }
  return { label, events, simMs, queueMs, bareMs, pending };
}

export async function benchSimulator(): Promise<SimBenchRow[]> {
  const seed = await seedModel('000_86d5370982dc8fac.txt');
  // Warm the JIT on both loops first.
  simulate(seed, parseScenario({ duration: 300 }));
  bareLoop(2_000_000, 16, () => performance.now());
  bareQueueLoop(2_000_000, 16, () => performance.now());
  return [
    measure(
      'seed 000 (17 nodes), 200 requests/s, 3,000 s',
      seed,
      parseScenario({ duration: 3000 }),
    ),
    measure(
      'seed 000 (17 nodes), 2,000 requests/s, 300 s',
      seed,
      parseScenario({ duration: 300, traffic: { rate: 2000 } }),
    ),
  ];
}

export function simBenchLines(rows: readonly SimBenchRow[]): string[] {
  const mps = (events: number, ms: number) => events / ms / 1000;
  const lines = [
    'simulator benchmark: events per second (best of 3), next to bare event loops with as many events pending',
  ];
  for (const r of rows) {
    const sim = mps(r.events, r.simMs);
    const queue = mps(r.events, r.queueMs);
    const bare = mps(r.events, r.bareMs);
    lines.push(`  ${r.label} (${r.pending} events pending on average)`);
    lines.push(
      `    simulator                          : ${r.events.toLocaleString('en')} events in ${r.simMs.toFixed(0)} ms  ${sim.toFixed(2)} M events/s`,
    );
    lines.push(
      `    bare loop, the simulator's queue   : ${queue.toFixed(2)} M events/s  simulator / bare = ${(sim / queue).toFixed(2)}`,
    );
    lines.push(
      `    bare loop, minimal time-only heap  : ${bare.toFixed(2)} M events/s  simulator / bare = ${(sim / bare).toFixed(2)}`,
    );
  }
  return lines;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const line of simBenchLines(await benchSimulator())) console.log(line);
}
