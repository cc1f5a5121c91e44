// Load balancing algorithms over the servers a balancer's health checks keep UP.
import { describe, expect, it } from 'vitest';
import { LbTable } from '../../../src/engine/simulate/balancer.ts';

const routes = [
  [
    { target: 10, link: 0 },
    { target: 11, link: 1 },
    { target: 12, link: 2 },
  ],
];

describe('LbTable', () => {
  it('roundrobin takes the servers in turn and skips those DOWN', () => {
    const lb = new LbTable(routes, 'roundrobin');
    expect([0, 1, 2, 3].map(() => lb.choose(0, 0, -1))).toEqual([0, 1, 2, 0]);
    lb.up[1] = 0;
    expect([0, 1, 2].map(() => lb.choose(0, 0, -1))).toEqual([2, 0, 2]);
    lb.up[0] = 0;
    lb.up[2] = 0;
    expect(lb.choose(0, 0, -1)).toBe(-1);
    expect(lb.anyUp(0)).toBe(false);
  });

  it('leastconn takes the server with the fewest open connections', () => {
    const lb = new LbTable(routes, 'leastconn');
    lb.active[0] = 3;
    lb.active[1] = 1;
    lb.active[2] = 2;
    expect(lb.choose(0, 0, -1)).toBe(1);
    expect(lb.choose(0, 0, 1)).toBe(2);
  });

  it('source keeps a client on one server while the set of servers UP is the same', () => {
    const lb = new LbTable(routes, 'source');
    const first = [1, 2, 3, 4, 5, 6].map((c) => lb.choose(0, c, -1));
    expect([1, 2, 3, 4, 5, 6].map((c) => lb.choose(0, c, -1))).toEqual(first);
    expect(new Set(first).size).toBeGreaterThan(1);
  });

  it('a restarted balancer assumes every server UP', () => {
    const lb = new LbTable(routes, 'roundrobin');
    lb.up[0] = 0;
    lb.active[1] = 4;
    lb.reset(0);
    expect(Array.from(lb.up)).toEqual([1, 1, 1]);
    expect(Array.from(lb.active)).toEqual([0, 0, 0]);
  });
});
