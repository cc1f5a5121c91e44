// Every real submission and seed: a model is built or a typed SimModelError says why; every model serves every
// request when nothing fails, ends every request, and its chaos report runs.
import { describe, expect, it } from 'vitest';
import { SimModelError } from '../../../src/engine/simulate/build-model.ts';
import { chaosReport } from '../../../src/engine/simulate/chaos.ts';
import { designModel } from '../../../src/engine/simulate/design.ts';
import { parseScenario } from '../../../src/engine/simulate/scenario-schema.ts';
import { simulate } from '../../../src/engine/simulate/simulator.ts';
import { ingestText } from '../../../src/platform/node-ingest.ts';
import { corpusFiles, readCorpus, readSeed, seedNames } from '../../fixtures/shared.ts';

const texts = (): [string, () => string][] => [
  ...corpusFiles().map((f): [string, () => string] => [f, () => readCorpus(f)]),
  ...seedNames().map((f): [string, () => string] => [f, () => readSeed(f)]),
];

describe('simulating the corpus', () => {
  it('builds a model of every readable design, serves every request, and survives each single failure', async () => {
    const scenario = parseScenario({ duration: 12, traffic: { rate: 50 } });
    let simulated = 0;
    for (const [name, text] of texts()) {
      const ingest = await ingestText(text());
      let model;
      try {
        model = designModel(ingest).model;
      } catch (error) {
        expect(error, name).toBeInstanceOf(SimModelError);
        continue;
      }
      simulated += 1;
      const r = simulate(model, scenario);
      expect(r.stats.inFlight, name).toBe(0);
      expect(r.summary.availability, name).toBe(1);
      const chaos = chaosReport(model, scenario);
      expect(chaos.entries.length, name).toBeGreaterThan(0);
    }
    expect(simulated).toBeGreaterThanOrEqual(45);
  });
});
