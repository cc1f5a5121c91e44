// Firewalls: allow rules by port, protocol and source; drawn traffic and internet scans they do not allow are dropped.
import { EV_ATTACK } from './codes.ts';
import { exponential } from './distributions.ts';
import type { LinkStage, SimModel } from './model.ts';
import type { FirewallRule, Scenario } from './scenario-schema.ts';
import type { SimState } from './sim-state.ts';
import type { TlsMode } from './tls.ts';

export function portOf(stage: LinkStage, tls: TlsMode): number {
  switch (stage) {
    case 'client':
      return tls === 'none' ? 80 : 443;
    case 'backend':
      return tls === 'reencrypt' || tls === 'passthrough' ? 443 : 80;
    case 'proxy':
      return 8080;
    case 'db':
      return 3306;
    default:
      return 9100;
  }
}

/** Each firewall's rules: the scenario's, or (auto) exactly the drawn traffic through it. */
export function firewallRules(
  model: SimModel,
  sc: Scenario,
  tls: TlsMode,
): Map<number, FirewallRule[]> {
  const rules = new Map<number, FirewallRule[]>();
  for (const n of model.nodes) {
    if (n.role !== 'firewall') continue;
    const own = n.names.map((name) => sc.firewall.nodes[name]).find((r) => r !== undefined);
    if (own) rules.set(n.index, own);
    else if (sc.firewall.rules !== 'auto') rules.set(n.index, sc.firewall.rules);
    else {
      const auto: FirewallRule[] = [];
      for (const l of model.links) {
        if (!l.via.includes(n.index)) continue;
        const rule: FirewallRule = {
          port: portOf(l.stage, tls),
          protocol: 'tcp',
          from: l.stage === 'client' ? 'any' : 'internal',
        };
        if (!auto.some((r) => r.port === rule.port && r.from === rule.from)) auto.push(rule);
      }
      rules.set(n.index, auto);
    }
  }
  return rules;
}

/** Whether a rule set lets TCP traffic to `port` through from `from` (a node, or -1 for the internet). */
export function allows(
  model: SimModel,
  rules: readonly FirewallRule[],
  port: number,
  from: number,
): boolean {
  return rules.some(
    (r) =>
      (r.port === 'any' || r.port === port) &&
      r.protocol !== 'udp' &&
      (r.from === 'any' ||
        (r.from === 'internal' && from >= 0) ||
        (from >= 0 && (model.nodes[from]?.names.includes(r.from) ?? false))),
  );
}

/** Per link: the firewall node + 1 that drops its traffic, or 0. */
export function blockedLinks(
  model: SimModel,
  rules: ReadonlyMap<number, FirewallRule[]>,
  tls: TlsMode,
): Int32Array {
  const out = new Int32Array(model.links.length);
  for (const l of model.links) {
    const port = portOf(l.stage, tls);
    const from = l.stage === 'client' ? -1 : l.from;
    const fw = l.via.find((v) => rules.has(v) && !allows(model, rules.get(v) ?? [], port, from));
    if (fw !== undefined) out[l.index] = fw + 1;
  }
  return out;
}

export function startAttack(s: SimState): void {
  const rate = s.sc.attack.rate;
  if (rate > 0) s.queue.push(exponential(s.misc, 1 / rate), EV_ATTACK, 0, 0);
}

/** One scanning packet to a random port of the public entry: the first firewall not allowing it drops it. */
export function onAttack(s: SimState, t: number, rules: ReadonlyMap<number, FirewallRule[]>): void {
  const { rate, ports } = s.sc.attack;
  const next = t + exponential(s.misc, 1 / rate);
  if (next < s.end) s.queue.push(next, EV_ATTACK, 0, 0);
  const m = s.metrics;
  m.attackSent += 1;
  const port = ports[s.misc.int(ports.length)] as number;
  const e = s.entry;
  const alt = s.misc.int(e.altVip.length);
  const vip = e.altVip[alt] as number;
  const owner = vip >= 0 ? (s.vrrp.owner[vip] as number) : (e.altNode[alt] as number);
  const link =
    vip >= 0 ? (owner >= 0 ? (e.memberLink[owner] as number) : -1) : (e.altLink[alt] as number);
  const via = link >= 0 ? (s.model.links[link]?.via ?? []) : [];
  for (const v of via) {
    const r = rules.get(v);
    if (r !== undefined && (s.alive[v] === 0 || !allows(s.model, r, port, -1))) {
      m.attackDropped += 1;
      return;
    }
  }
  m.attackReached += 1;
}
