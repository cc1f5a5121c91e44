// The diagram rules a rubric can name, each with the zod schema of its parameters.
import type { z } from 'zod';
import type { DiagramGraph } from '../analyze/graph.ts';
import type { RuleContext, RuleOutcome } from './rule.ts';
import * as cluster from './rules/cluster.ts';
import * as connected from './rules/connected.ts';
import * as count from './rules/count-kind.ts';
import * as encryptedEntry from './rules/encrypted-entry.ts';
import * as fanOut from './rules/fan-out.ts';
import * as flowOrder from './rules/flow-order.ts';
import * as guards from './rules/guards.ts';
import * as labelPattern from './rules/label-pattern.ts';
import * as monitored from './rules/monitored.ts';
import * as oneHost from './rules/one-host.ts';
import * as ownHost from './rules/own-host.ts';
import * as replicated from './rules/replicated.ts';

export interface DiagramRule<S extends z.ZodType = z.ZodType> {
  readonly params: S;
  readonly evaluate: (graph: DiagramGraph, params: z.infer<S>, ctx: RuleContext) => RuleOutcome;
}

function rule<S extends z.ZodType>(m: DiagramRule<S>): DiagramRule {
  return m;
}

export const DIAGRAM_RULES: Readonly<Record<string, DiagramRule>> = {
  count: rule(count),
  'one-host': rule(oneHost),
  'label-pattern': rule(labelPattern),
  connected: rule(connected),
  'fan-out': rule(fanOut),
  replicated: rule(replicated),
  guards: rule(guards),
  'encrypted-entry': rule(encryptedEntry),
  monitored: rule(monitored),
  'flow-order': rule(flowOrder),
  'own-host': rule(ownHost),
  cluster: rule(cluster),
};

export const DIAGRAM_RULE_NAMES = Object.keys(DIAGRAM_RULES);
