// The outcome of a lesson run in words, from real runs: failover, split brain, overload, lone balancer, promotion.
import { describe, expect, it } from 'vitest';
import { simulationData } from '../../src/build/simulation-block.ts';
import { simulate } from '../../src/engine/simulate/simulator.ts';
import { readChoices, scenarioOf } from '../../src/islands/simulation-form.ts';
import { outcomeLines } from '../../src/islands/simulation-outcome.ts';
import { ingestText } from '../../src/platform/node-ingest.ts';
import { LB_PAIR } from '../fixtures/designs.ts';

async function outcome(text: string, fields: Record<string, string>, balancer = false) {
  const data = simulationData(await ingestText('```mermaid\n' + text + '\n```'));
  const c = readChoices((n) => fields[n] ?? null, data.scenario);
  return outcomeLines(simulate(data.model, scenarioOf(data.scenario, c)), c, 'A ↔ B', balancer);
}

describe('lesson simulation outcome', () => {
  it('tells the virtual IP moving and how many requests failed meanwhile', async () => {
    const words = await outcome(LB_PAIR, { target: 'LB1', at: '20' }, true);
    expect(words[0]).toBe('LB1 failed at 20 s (drawn dashed and marked down on the diagram).');
    expect(words[1]).toMatch(
      /^The virtual IP moved from LB1 to LB2 at 2\d\.\d s; \d+\.\d\d % of requests failed meanwhile\.$/,
    );
  });

  it('tells a restarted master taking the virtual IP back', async () => {
    const words = await outcome(LB_PAIR, { target: 'LB1', at: '20', until: '40' }, true);
    expect(words[0]).toBe(
      'LB1 failed at 20 s and restarted at 40 s (drawn dashed and marked down on the diagram).',
    );
    expect(words[2]).toMatch(
      /^Back up, LB1 took the virtual IP back from LB2 at 4\d(\.\d)? s \(preemption\)\.$/,
    );
  });

  it('describes split brain when the heartbeat link is cut', async () => {
    const words = await outcome(LB_PAIR, { link: 'LB1|LB2', cutAt: '20', healAt: '40' });
    expect(words[0]).toBe(
      'The link A ↔ B was cut at 20 s and restored at 40 s (drawn dashed and marked cut on the diagram).',
    );
    expect(words[1]).toMatch(
      /^Split brain: LB2 hears no heartbeats from LB1 and also claims the virtual IP at 2\d\.\d s, so both load balancers claim the virtual IP\. .*ARP table flips/,
    );
  });

  it('reports drops and latency when the traffic is too much for the servers', async () => {
    const words = await outcome(LB_PAIR, { rate: '3000' });
    expect(words.join(' ')).toMatch(
      /^At 3000 requests\/s the servers cannot keep up: queues fill, [\d,]+ requests were dropped \(overload\), \d+ timed out, and the p99 latency reached \d+ ms\.$/,
    );
    expect(await outcome(LB_PAIR, { rate: '200' })).toEqual([]);
  });

  it('says a lone balancer is a single point of failure, and a health check takes a dead server out', async () => {
    const lone =
      'flowchart LR\n  U[User] --> LB[HAProxy]\n  LB --> W1[Nginx web server 1]\n  LB --> W2[Nginx web server 2]';
    expect((await outcome(lone, { target: 'LB' }, true))[1]).toMatch(/single point of failure/);
    expect((await outcome(lone, { target: 'W1' }))[1]).toMatch(
      /^HAProxy's health checks took W1 out of the pool at 2\d\.\d s \(3 failed checks\); [\d.]+ % of requests failed meanwhile\.$/,
    );
    const split =
      'flowchart LR\n  U[User] --> LB[HAProxy]\n  LB --> W1[Nginx web server 1]\n  LB --> W2[Nginx web server 2]\n  W1 --> A1[Application server 1]\n  W2 --> A2[Application server 2]';
    expect((await outcome(split, { target: 'A1' }))[1]).toMatch(
      /^HAProxy's health checks took W1 out of the pool at 2\d\.\d s \(3 failed checks: GET \/health failed because its application is down\); /,
    );
  });

  it('keeps writes failing after the primary dies until an operator promotes the replica', async () => {
    const replicated =
      'flowchart LR\n  U[User] --> W[Nginx web server]\n  W --> A[Application server]\n  A -->|writes| P[(MySQL primary)]\n  A -->|reads| R[(MySQL replica)]\n  P -->|replication| R';
    const alone = await outcome(replicated, { target: 'P', at: '10' });
    expect(alone[1]).toBe(
      'P, the primary, is down and nothing promotes a replica on its own: every write fails until it returns or an operator promotes one; reads go on.',
    );
    const promoted = await outcome(replicated, {
      target: 'P',
      at: '10',
      promote: 'R',
      promoteAt: '25',
    });
    expect(promoted).toHaveLength(2);
    expect(promoted[1]).toBe('An operator promoted R to primary at 25 s: writes succeed again.');
    const early = await outcome(replicated, { promote: 'P', promoteAt: '5' });
    expect(early[0]).toMatch(/^Promoting P changed nothing: /);
  });

  it('counts the scanning packets the firewalls drop', async () => {
    const walled =
      'flowchart LR\n  U[User] -->|HTTPS 443| FW[Firewall]\n  FW --> LB[HAProxy]\n  LB --> W1[Nginx web server 1]\n  LB --> W2[Nginx web server 2]';
    expect((await outcome(walled, { scan: 'on' })).join(' ')).toMatch(
      /^Port scan: the firewalls dropped ([\d,]+) of \1 scanning packets; 0 reached a server\.$/,
    );
  });
});
