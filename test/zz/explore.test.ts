import { readFileSync } from 'node:fs';
import { it } from 'vitest';
import { simulationData } from '../../src/build/simulation-block.ts';
import { simulationControls } from '../../src/build/simulation-controls.ts';
import { simulate } from '../../src/engine/simulate/simulator.ts';
import { readChoices, scenarioOf } from '../../src/islands/simulation-form.ts';
import { outcomeLines } from '../../src/islands/simulation-outcome.ts';
import { crossings, crossingText, staleText, webTierQps } from '../../src/islands/simulation-results.ts';
import { ingestText } from '../../src/platform/node-ingest.ts';

const pages = ['design/firewalls','design/https-and-tls','design/load-balancer-clustering','design/monitoring','design/primary-replica','tasks/1-distributed-web-infrastructure','tasks/2-secured-and-monitored','tasks/3-scale-up'];
function fence(p: string) {
  const t = readFileSync(`content/${p}.mdx`, 'utf8');
  const m = /^```mermaid[^\n]*\bsimulate\b[^\n]*\n([\s\S]*?)\n```$/m.exec(t);
  return m![1]!;
}
const runs: Record<string, Record<string,string>[]> = JSON.parse(process.env.RUNS ?? '{}');
it('explore', async () => {
  for (const p of pages) {
    const data = simulationData(await ingestText('```mermaid\n' + fence(p) + '\n```'));
    const c = simulationControls(data.model);
    console.log('=====', p, JSON.stringify(c), 'rate', data.scenario.traffic.rate);
    for (const f of runs[p] ?? []) {
      const ch = readChoices((n) => f[n] ?? null, data.scenario);
      const r = simulate(data.model, scenarioOf(data.scenario, ch));
      const s = r.summary;
      console.log('--', JSON.stringify(f), 'avail', s.availability.toFixed(4), 'byClass', JSON.stringify(s.byClass), 'errors', JSON.stringify(s.errors), 'stale', s.staleReads, '/', s.replicaReads, 'p99', s.p99.toFixed(3), 'attack', JSON.stringify(s.attack));
      console.log(outcomeLines(r, ch, 'X', c.balancer && f.target?.startsWith('LB') === true).join('\n'));
      if (c.monitoring && ch.threshold) console.log(crossingText(crossings(webTierQps(data.model, r, 60), r.series.bin, ch.threshold), ch.threshold).join('\n'));
      if (c.replica) console.log(staleText(r, ch.lag ?? 0.1));
      console.log(r.events.slice(0, 12).map((e) => `${e.t.toFixed(1)} ${e.text}`).join('\n'));
    }
  }
});
