// Per node and request class: which service-time distribution applies and where the request goes next.
import { NEXT_BALANCE, NEXT_PROXY, NEXT_READ, NEXT_RESPOND, NEXT_WRITE } from './codes.ts';
import type { Distribution } from './distributions.ts';
import type { SimModel, SimNode } from './model.ts';
import type { Scenario } from './scenario-schema.ts';

export interface Stations {
  readonly dists: Distribution[];
  /** [node * 3 + class]: distribution slot, or -1 for no work (forwarding only). */
  readonly service: Int32Array;
  /** [node * 3 + class]: a NEXT_* code. */
  readonly next: Int8Array;
  readonly workers: Int32Array;
  readonly queueLimit: Int32Array;
  /** Service time multiplier (1 / speed). */
  readonly slowness: Float64Array;
}

function override(sc: Scenario, node: SimNode): Scenario['nodes'][string] | undefined {
  for (const name of node.names) {
    const o = sc.nodes[name];
    if (o) return o;
  }
  return undefined;
}

export function stations(model: SimModel, sc: Scenario): Stations {
  const dists: Distribution[] = [];
  const slot = (d: Distribution): number => {
    const i = dists.indexOf(d);
    if (i >= 0) return i;
    dists.push(d);
    return dists.length - 1;
  };
  const n = model.nodes.length;
  const service = new Int32Array(n * 3).fill(-1);
  const next = new Int8Array(n * 3);
  const workers = new Int32Array(n).fill(1);
  const queueLimit = new Int32Array(n);
  const slowness = new Float64Array(n).fill(1);
  const set = (i: number, cls: number, d: Distribution | null, to: number): void => {
    service[i * 3 + cls] = d === null ? -1 : slot(d);
    next[i * 3 + cls] = to;
  };
  for (const node of model.nodes) {
    const i = node.index;
    const hasApps = (model.apps[i]?.length ?? 0) > 0;
    const hasDb = model.dbs[i] !== null && model.dbs[i] !== undefined;
    const read = hasDb ? NEXT_READ : NEXT_RESPOND;
    const write = hasDb ? NEXT_WRITE : NEXT_RESPOND;
    let params: { workers: number; queueLimit: number } = { workers: 1, queueLimit: 0 };
    switch (node.role) {
      case 'lb':
        for (let c = 0; c < 3; c += 1) set(i, c, null, NEXT_BALANCE);
        break;
      case 'web':
        params = sc.webServer;
        set(i, 0, sc.webServer.static, NEXT_RESPOND);
        // A web server with no application server behind it runs the application itself.
        set(i, 1, hasApps ? sc.webServer.proxy : sc.appServer.service, hasApps ? NEXT_PROXY : read);
        set(
          i,
          2,
          hasApps ? sc.webServer.proxy : sc.appServer.service,
          hasApps ? NEXT_PROXY : write,
        );
        break;
      case 'app':
        params = sc.appServer;
        set(i, 0, sc.appServer.static, NEXT_RESPOND);
        set(i, 1, sc.appServer.service, read);
        set(i, 2, sc.appServer.service, write);
        break;
      case 'db':
        params = sc.database;
        set(i, 0, sc.database.read, NEXT_RESPOND);
        set(i, 1, sc.database.read, NEXT_RESPOND);
        set(i, 2, sc.database.write, NEXT_RESPOND);
        break;
      default:
        break;
    }
    const o = override(sc, node);
    workers[i] = o?.workers ?? params.workers;
    queueLimit[i] = o?.queueLimit ?? params.queueLimit;
    slowness[i] = 1 / (o?.speed ?? 1);
  }
  return { dists, service, next, workers, queueLimit, slowness };
}
