// Reads labels written as one CamelCase word ("MySQLPrimary", "MonitoringAgent") word by word.
import { classifyLabel, type LabelClass } from './classify-label.ts';
import type { Vocabulary } from './vocabulary-schema.ts';

/** "MySQLPrimary" → "MySQL Primary", "DbReplica1" → "Db Replica1", "PrimaryDB" → "Primary DB". */
export function splitCamel(label: string): string {
  return label
    .replace(/(?<=\p{Lu}{2})(?=\p{Lu}\p{Ll})/gu, ' ')
    .replace(/(?<=\p{Ll})(?=\p{Lu}\p{Ll})/gu, ' ')
    .replace(/(?<=\p{Ll}{2})(?=\p{Lu}{2,}(?!\p{Ll}))/gu, ' ');
}

/**
 * The label's class, read from its words apart when it is written in CamelCase and they name a kind:
 * "MonitoringAgent" is an agent and not the monitoring service its first word alone would make it,
 * "MySQLPrimary" is the primary database. A label whose words apart name nothing keeps its own class.
 */
export function classifyCamel(label: string, vocab: Vocabulary): LabelClass {
  const whole = classifyLabel(label, vocab);
  const split = splitCamel(label);
  if (split === label) return whole;
  const parts = classifyLabel(split, vocab);
  return parts.kind === 'unknown' ? whole : parts;
}
