// The simulation scenario as validated data: traffic, every component's parameters and the failure timeline.
import { z } from 'zod';
import { schemaErrorFromZod } from '../schema/friendly-error.ts';
import { failureSchema } from './failure-schema.ts';

const nonneg = z.number().min(0).max(1e9);
const positive = z.number().positive().max(1e9);
const port = z.number().int().min(1).max(65535);

export const distributionSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('constant'), value: nonneg }),
  z.strictObject({ kind: z.literal('exponential'), mean: positive }),
  z
    .strictObject({ kind: z.literal('uniform'), min: nonneg, max: nonneg })
    .refine((d) => d.min <= d.max, { message: 'min must not exceed max' }),
  z.strictObject({
    kind: z.literal('lognormal'),
    mean: positive,
    cv: z.number().positive().max(100),
  }),
  z.strictObject({ kind: z.literal('erlang'), k: z.number().int().min(1).max(64), mean: positive }),
]);

const exp = (mean: number) => ({ kind: 'exponential' as const, mean });

/** A firewall rule: allow traffic to `port` (or any) of `protocol` from `from` (any, internal, or a node name). */
export const firewallRuleSchema = z.strictObject({
  port: z.union([port, z.literal('any')]).default('any'),
  protocol: z.enum(['tcp', 'udp', 'any']).default('tcp'),
  from: z.string().min(1).default('any'),
});

const station = (workers: number, queueLimit: number) => ({
  /** Requests served at once (processes, threads, connections). */
  workers: z.number().int().min(1).max(1e6).default(workers),
  /** Requests allowed to wait; more are dropped (overload). */
  queueLimit: z.number().int().min(0).max(1e9).default(queueLimit),
});

export const scenarioSchema = z.strictObject({
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 53)
    .default(1),
  /** Seconds of arrivals; requests still in flight afterwards are followed to their end. */
  duration: positive.default(60),
  /** Width of a time-series bin in seconds; by default 1 s, widened to keep at most 600 bins. */
  bin: positive.optional(),
  traffic: z
    .strictObject({
      /** Poisson arrival rate, requests per second. */
      rate: nonneg.default(200),
      clients: z.number().int().min(1).max(1e7).default(1000),
      mix: z
        .strictObject({
          static: nonneg.default(0.3),
          read: nonneg.default(0.6),
          write: nonneg.default(0.1),
        })
        .refine((m) => m.static + m.read + m.write > 0, {
          message: 'the mix needs at least one positive share',
        })
        .prefault({}),
      /** Distinct rows read and written (stale reads are counted per key). */
      keys: z.number().int().min(1).max(1e7).default(100),
      /** The client gives up after this many seconds (requests finishing later count as timeouts). */
      timeout: positive.default(10),
      /** Extra arrival rate for a while: from `at`, for `duration` seconds. */
      bursts: z.array(z.strictObject({ at: nonneg, duration: positive, rate: nonneg })).default([]),
    })
    .prefault({}),
  /** Scanning traffic from the internet to ports of the public entry point; firewalls drop what they do not allow. */
  attack: z
    .strictObject({
      rate: nonneg.default(0),
      ports: z.array(port).min(1).default([22, 23, 3306, 6379]),
    })
    .prefault({}),
  network: z
    .strictObject({
      /** One-way latency between a client and the site. */
      client: nonneg.default(0.02),
      /** One-way latency of a hop inside the site. */
      internal: nonneg.default(0.0005),
    })
    .prefault({}),
  dns: z.strictObject({ ttl: nonneg.default(300), latency: nonneg.default(0.02) }).prefault({}),
  tls: z
    .strictObject({
      /** auto: read from the drawing (HTTPS to the entry; encrypted hops behind the load balancer mean re-encryption). */
      mode: z.enum(['auto', 'none', 'terminate', 'reencrypt', 'passthrough']).default('auto'),
      /** Share of requests opening a new TLS session (the rest reuse a kept-alive connection). */
      newSessions: z.number().min(0).max(1).default(0.1),
      /** Round trips of a full handshake (1 for TLS 1.3, 2 for TLS 1.2). */
      handshakeRtts: z.number().int().min(1).max(2).default(1),
      /** CPU time of a full handshake at the terminating node. */
      handshakeCpu: nonneg.default(0.001),
      /** Extra time per request to encrypt again towards the servers. */
      reencryptCpu: nonneg.default(0.0001),
    })
    .prefault({}),
  loadBalancer: z
    .strictObject({
      algorithm: z.enum(['roundrobin', 'leastconn', 'source']).default('roundrobin'),
      /** Time to pick a server and forward, per request. */
      processing: nonneg.default(0.0002),
      /** HAProxy health checks: every `inter` seconds; `fall` failures mark a server DOWN, `rise` successes UP. */
      check: z
        .strictObject({
          /**
           * tcp: the check only opens a connection to the port (a live Nginx passes whatever is behind it).
           * http (`option httpchk GET /health`): the application serves the page, so the check fails when the
           * server cannot reach a live application server on its path.
           */
          mode: z.enum(['http', 'tcp']).default('http'),
          inter: positive.default(2),
          fall: z.number().int().min(1).max(100).default(3),
          rise: z.number().int().min(1).max(100).default(2),
        })
        .prefault({}),
      /** HAProxy `option redispatch`: a request sent to a dead server still marked UP is retried elsewhere. */
      redispatch: z.boolean().default(false),
      pair: z
        .strictObject({
          mode: z.enum(['auto', 'active-passive', 'active-active']).default('auto'),
          /** VRRP advertisement interval; a backup takes over after 3 missed intervals plus a skew. */
          advertInterval: positive.default(1),
          /** A recovered higher-priority node takes its virtual IP back. */
          preempt: z.boolean().default(true),
        })
        .prefault({}),
    })
    .prefault({}),
  webServer: z
    .strictObject({
      ...station(256, 1024),
      static: distributionSchema.default(exp(0.001)),
      proxy: distributionSchema.default({ kind: 'constant', value: 0.0002 }),
    })
    .prefault({}),
  appServer: z
    .strictObject({
      ...station(16, 256),
      service: distributionSchema.default(exp(0.02)),
      static: distributionSchema.default(exp(0.001)),
    })
    .prefault({}),
  database: z
    .strictObject({
      ...station(32, 256),
      read: distributionSchema.default(exp(0.002)),
      write: distributionSchema.default(exp(0.005)),
      replicationLag: distributionSchema.default(exp(0.1)),
      /**
       * Seconds until an orchestrator promotes a replica after the primary fails. null (the default): promotion is
       * manual, so writes fail until the primary returns or a `promote` failure-timeline entry promotes a replica.
       */
      promotionDelay: positive.nullable().default(null),
    })
    .prefault({}),
  firewall: z
    .strictObject({
      /** Rules of every firewall; `auto` allows exactly the traffic the drawing sends through it. */
      rules: z.union([z.literal('auto'), z.array(firewallRuleSchema)]).default('auto'),
      /** Rules of one firewall, by node id or label. */
      nodes: z.record(z.string(), z.array(firewallRuleSchema)).default({}),
    })
    .prefault({}),
  monitoring: z
    .strictObject({
      scrapeInterval: positive.default(10),
      alerts: z
        .strictObject({
          qps: positive.nullable().default(null),
          errorRate: z.number().min(0).max(1).nullable().default(0.05),
          /** Mean latency at a node, seconds. */
          latency: positive.nullable().default(1),
        })
        .prefault({}),
    })
    .prefault({}),
  /** Per-node overrides, by node id or label. */
  nodes: z
    .record(
      z.string(),
      z.strictObject({
        workers: z.number().int().min(1).max(1e6).optional(),
        queueLimit: z.number().int().min(0).max(1e9).optional(),
        /** Service times are divided by this factor. */
        speed: positive.optional(),
      }),
    )
    .default({}),
  failures: z.array(failureSchema).default([]),
  /** Record the step-by-step trace of the first N requests. */
  trace: z.number().int().min(0).max(10000).default(0),
});

export type Scenario = z.output<typeof scenarioSchema>;
export type ScenarioInput = z.input<typeof scenarioSchema>;
export type FirewallRule = z.output<typeof firewallRuleSchema>;

/** Validates a scenario (missing fields take their defaults); throws a SchemaError naming each problem. */
export function parseScenario(input: unknown, file = 'scenario'): Scenario {
  const result = scenarioSchema.safeParse(input ?? {});
  if (!result.success) throw schemaErrorFromZod(file, result.error, input);
  return result.data;
}
