// "Run it" in the design checker: the learner's own design simulated for a minute, with one part failed, in words.
import type { IngestResult } from '../engine/ingest/ingest.ts';
import { designModel } from '../engine/simulate/design.ts';
import type { SimModel } from '../engine/simulate/model.ts';
import type { SimResult } from '../engine/simulate/result.ts';
import { parseScenario } from '../engine/simulate/scenario-schema.ts';
import { simulate } from '../engine/simulate/simulator.ts';
import { failChoices, LESSON_SECONDS } from '../build/simulation-block.ts';
import { chartText, eventLines, summaryText } from './simulation-text.ts';

export interface Runnable {
  readonly model: SimModel;
  /** The parts a learner may fail, as [name, label]. */
  readonly choices: readonly (readonly [string, string])[];
}

/** The simulator's model of the design, or why there is none (the reason is the engine's own words). */
export function runnable(read: IngestResult): Runnable | { readonly reason: string } {
  try {
    const { model } = designModel(read);
    return { model, choices: failChoices(model) };
  } catch (error) {
    return { reason: error instanceof Error ? error.message : String(error) };
  }
}

export interface RunWords {
  readonly summary: string;
  readonly chart: string;
  readonly events: readonly string[];
}

/** Runs LESSON_SECONDS of traffic, killing `target` (a unit name, or '' for none) at `at` seconds. */
export function runDesign(model: SimModel, target: string, at: number): SimResult {
  const base = parseScenario({ duration: LESSON_SECONDS });
  const when = Math.min(Math.max(Number.isFinite(at) ? at : 0, 0), base.duration - 1);
  return simulate(model, {
    ...base,
    failures: target === '' ? [] : [{ action: 'kill', at: when, target }],
  });
}

export function runWords(result: SimResult): RunWords {
  return {
    summary: summaryText(result),
    chart: chartText(result),
    events: result.events.length === 0 ? ['Nothing failed.'] : eventLines(result),
  };
}
