// What the lesson simulation says: summary, events and the chart in words, from real runs of a seed design.
import { describe, expect, it } from 'vitest';
import { simulationData } from '../../src/build/simulation-block.ts';
import { simulate } from '../../src/engine/simulate/simulator.ts';
import { chartText, eventLines, summaryText } from '../../src/islands/simulation-text.ts';
import { ingestText } from '../../src/platform/node-ingest.ts';
import { readSeed } from '../fixtures/shared.ts';

describe('lesson simulation text', async () => {
  const data = simulationData(await ingestText(readSeed('000_86d5370982dc8fac.txt')));

  it('says all went well when nothing fails', () => {
    const result = simulate(data.model, data.scenario);
    expect(summaryText(result)).toMatch(
      /^Availability 100 %: [\d,]+ of [\d,]+ requests succeeded; latency p50 \d+ ms, p99 \d+ ms\. No request failed\.$/,
    );
    expect(eventLines(result)).toEqual([]);
    expect(chartText(result)).toBe('Availability per 1 s: at least 99 % all the way.');
  });

  it('narrates a balancer failover and where availability dipped', () => {
    const result = simulate(data.model, {
      ...data.scenario,
      failures: [{ action: 'kill', at: 20, target: 'D1' }],
    });
    expect(summaryText(result)).toMatch(/Failed: node-down [\d,]+\.$/);
    expect(eventLines(result)[0]).toMatch(/^20\.0 s: /);
    expect(eventLines(result).join('\n')).toMatch(/virtual IP/);
    expect(chartText(result)).toMatch(
      /^Availability per 1 s: below 99 % from (19|20) s to 2\d s, lowest \d/,
    );
  });
});
