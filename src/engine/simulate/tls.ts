// Where TLS ends (load balancer, re-encrypted, passed through to the servers) and which hops carry plaintext.
import type { LinkStage, SimModel } from './model.ts';
import type { Scenario } from './scenario-schema.ts';

export type TlsMode = 'none' | 'terminate' | 'reencrypt' | 'passthrough';

export interface Hop {
  readonly from: string;
  readonly to: string;
  readonly stage: LinkStage;
  readonly protocol: string;
  readonly encrypted: boolean;
  /** False when the drawing does not show this hop (implied by the design). */
  readonly drawn: boolean;
}

/** The mode in force: the scenario's, or what the drawing says (HTTPS to the entry; encrypted hops behind it). */
export function tlsMode(model: SimModel, sc: Scenario): TlsMode {
  if (sc.tls.mode !== 'auto') return sc.tls.mode;
  if (model.tls.entry !== true && !model.tls.certificate) return 'none';
  return model.tls.behindBalancer === true ? 'reencrypt' : 'terminate';
}

function encrypted(mode: TlsMode, stage: LinkStage, drawn: boolean): boolean {
  switch (stage) {
    case 'client':
      return mode !== 'none';
    case 'backend':
      return mode === 'reencrypt' || mode === 'passthrough';
    default:
      // Behind the node that ends TLS, only hops drawn as encrypted are.
      return drawn;
  }
}

const PROTOCOL: Readonly<Record<LinkStage, readonly [string, string]>> = {
  client: ['http', 'https'],
  backend: ['http', 'https'],
  proxy: ['http', 'https'],
  db: ['mysql', 'mysql+tls'],
  metrics: ['metrics', 'metrics+tls'],
};

/** A link as node-to-node hops, leaving out DNS and code drawn in the way ("App -> Code -> DB" is App -> DB). */
function hopPairs(model: SimModel, link: SimModel['links'][number]): [number, number, boolean][] {
  if (link.segments.length === 0) return [[link.from, link.to, false]];
  const skip = (i: number) =>
    i !== link.from &&
    i !== link.to &&
    (model.nodes[i]?.role === 'dns' || model.nodes[i]?.role === 'passive');
  const pairs: [number, number, boolean][] = [];
  let from = link.from;
  let enc = false;
  for (const s of link.segments) {
    enc ||= s.encrypted === true;
    if (skip(s.to)) continue;
    pairs.push([from, s.to, enc]);
    from = s.to;
    enc = false;
  }
  return pairs;
}

/** Every hop a request can take, once each, with whether it carries plaintext under `mode`. */
export function hopsOf(model: SimModel, mode: TlsMode): Hop[] {
  const seen = new Set<string>();
  const hops: Hop[] = [];
  const name = (i: number) => model.nodes[i]?.id ?? 'clients';
  for (const link of model.links) {
    for (const [from, to, drawnEnc] of hopPairs(model, link)) {
      const key = `${from}>${to}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const enc = encrypted(mode, link.stage, drawnEnc);
      hops.push({
        from: name(from),
        to: name(to),
        stage: link.stage,
        protocol: PROTOCOL[link.stage][enc ? 1 : 0],
        encrypted: enc,
        drawn: link.drawn,
      });
    }
  }
  return hops;
}
