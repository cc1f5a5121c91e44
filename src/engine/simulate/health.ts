// HAProxy health checks: every `inter` seconds per server; `fall` failures in a row mark it DOWN, `rise` passes UP.
import { EV_CHECK } from './codes.ts';
import type { SimState } from './sim-state.ts';

/** Checks of one balancer are spread over the interval, as HAProxy spreads them. */
export function startChecks(s: SimState): void {
  const lb = s.lb;
  const inter = s.sc.loadBalancer.check.inter;
  for (let slot = 0; slot < lb.slots; slot += 1) {
    const owner = lb.owner[slot] as number;
    const k = slot - (lb.start[owner] as number);
    s.queue.push((inter * (k + 1)) / ((lb.count[owner] as number) + 1), EV_CHECK, slot, 0);
  }
}

/**
 * Whether `GET /health` on a live web server finds its application: some application server it proxies to (its
 * pool, built once from the drawing) is alive over an unbroken link. A server with no application tier behind it
 * runs the application itself, so it passes.
 */
export function reachesApplication(s: SimState, node: number): boolean {
  const pool = s.proxies;
  const n = pool.count[node] as number;
  if (n === 0) return true;
  const base = pool.start[node] as number;
  for (let i = base; i < base + n; i += 1) {
    const app = pool.target[i] as number;
    if (s.alive[app] === 0 || s.links.broken[pool.link[i] as number] === 1) continue;
    // An internal balancer in between answers only while it has a server UP.
    if ((s.lb.count[app] as number) > 0 && !s.lb.anyUp(app)) continue;
    return true;
  }
  return false;
}

export function onCheck(s: SimState, slot: number, t: number): void {
  if (t > s.end) return;
  const lb = s.lb;
  const { inter, fall, rise, mode } = s.sc.loadBalancer.check;
  s.queue.push(t + inter, EV_CHECK, slot, 0);
  const owner = lb.owner[slot] as number;
  if (s.alive[owner] === 0) return;
  const target = lb.target[slot] as number;
  const connects = s.alive[target] === 1 && s.links.broken[lb.link[slot] as number] === 0;
  const appDown = connects && mode === 'http' && !reachesApplication(s, target);
  const ok = connects && !appDown;
  const up = lb.up[slot] === 1;
  if (ok === up) {
    lb.streak[slot] = 0;
    return;
  }
  const streak = (lb.streak[slot] as number) + 1;
  lb.streak[slot] = streak;
  if (up && streak >= fall) {
    lb.up[slot] = 0;
    lb.streak[slot] = 0;
    const why = appDown ? ' (GET /health fails: its application is down)' : '';
    const balancer = s.name(owner);
    const server = s.name(target);
    s.say(t, `${balancer} marks ${server} DOWN after ${fall} failed checks${why}`, {
      kind: 'server-down',
      balancer,
      server,
      checks: fall,
      appDown,
    });
    if (!lb.anyUp(owner))
      s.say(t, `${balancer} has no server UP: requests get 503`, { kind: 'pool-empty', balancer });
  } else if (!up && streak >= rise) {
    lb.up[slot] = 1;
    lb.streak[slot] = 0;
    s.say(t, `${s.name(owner)} marks ${s.name(target)} UP after ${rise} good checks`);
  }
}
