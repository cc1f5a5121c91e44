// Simulating a submission as read by ingest: pick its diagram, build the model, run the scenario (and chaos).
import type { DiagramInfo, IngestResult } from '../ingest/ingest.ts';
import { buildSimModel, SimModelError } from './build-model.ts';
import { chaosReport, type ChaosOptions, type ChaosReport } from './chaos.ts';
import type { SimModel } from './model.ts';
import { pickDiagram } from './pick-diagram.ts';
import type { SimResult } from './result.ts';
import type { Scenario } from './scenario-schema.ts';
import { simulate } from './simulator.ts';

export interface DesignModel {
  readonly diagram: DiagramInfo;
  readonly model: SimModel;
}

export interface DesignRun extends DesignModel {
  readonly scenario: Scenario;
  readonly result: SimResult;
  readonly chaos: ChaosReport | null;
}

/** The model of the diagram the grader would read (the largest layout drawing); throws SimModelError. */
export function designModel(ingest: IngestResult): DesignModel {
  const diagram = pickDiagram(ingest.diagrams);
  if (diagram === null)
    throw new SimModelError('no-diagram', -1, 'the submission has no readable diagram to simulate');
  return { diagram, model: buildSimModel(ingest, diagram) };
}

export function runDesign(
  ingest: IngestResult,
  scenario: Scenario,
  chaos: ChaosOptions | null = null,
): DesignRun {
  const { diagram, model } = designModel(ingest);
  const result = simulate(model, scenario);
  return {
    diagram,
    model,
    scenario,
    result,
    chaos: chaos === null ? null : chaosReport(model, scenario, chaos),
  };
}
