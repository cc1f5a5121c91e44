// "Run it": the learner's own design simulated with one part failed, and what happened said in words.
import { describe, expect, it } from 'vitest';
import { runDesign, runnable, runWords } from '../../src/islands/design-run.ts';
import { ingestText } from '../../src/platform/node-ingest.ts';
import { TASK1_FULL } from '../fixtures/designs.ts';

describe('design run', () => {
  it('offers the parts of the design to fail, and losing the lone load balancer takes the site down', async () => {
    const sim = runnable(await ingestText(TASK1_FULL));
    if (!('model' in sim)) throw new Error(sim.reason);
    expect(sim.choices.map(([, label]) => label)).toEqual(
      expect.arrayContaining(['HAProxy load balancer', 'Nginx web server 1']),
    );
    const lb = sim.choices.find(([, label]) => label === 'HAProxy load balancer')?.[0] ?? '';
    const words = runWords(runDesign(sim.model, lb, 20));
    expect(words.summary).toMatch(/^Availability 3\d\.\d+ %: .* Failed: node-down [\d,]+\.$/);
    expect(words.events[0]).toBe('20.0 s: LB fails');
    expect(words.chart).toMatch(/below 99 % from (19|20) s to 60 s/);
  });

  it('keeps the site up when one of the two web servers fails, and says nothing failed without a failure', async () => {
    const sim = runnable(await ingestText(TASK1_FULL));
    if (!('model' in sim)) throw new Error(sim.reason);
    const web = sim.choices.find(([, label]) => label === 'Nginx web server 1')?.[0] ?? '';
    expect(runWords(runDesign(sim.model, web, 20)).summary).toMatch(/^Availability 9\d/);
    expect(runWords(runDesign(sim.model, '', 20)).events).toEqual(['Nothing failed.']);
  });

  it('says why a design without a diagram cannot run', async () => {
    const sim = runnable(await ingestText('Only words here.'));
    expect('reason' in sim ? sim.reason : '').toMatch(/no readable diagram/);
  });
});
