// Classifies an edge label ("HTTPS", "Decrypted HTTP", "SQL queries", "Replication") into a protocol and encryption.

import type { Protocol } from '../topology/model.ts';
import { compileVocabulary } from './compile-vocabulary.ts';
import { tokenize } from './normalize.ts';
import { findMatches } from './term-matcher.ts';
import type { Vocabulary } from './vocabulary-schema.ts';

export interface EdgeClass {
  readonly protocol: Protocol | null;
  /** true for HTTPS/TLS, false for plain HTTP or "decrypted", null when the label does not say. */
  readonly encrypted: boolean | null;
}

const UNSAID: EdgeClass = { protocol: null, encrypted: null };

/** Total on any string: a label that names nothing gives { protocol: null, encrypted: null }. */
export function classifyEdgeLabel(label: string, vocab: Vocabulary): EdgeClass {
  const c = compileVocabulary(vocab);
  const matches = findMatches(tokenize(label), c.edges);
  const strong = matches.filter((m) => !m.weak);
  const used = strong.length > 0 ? strong : matches;
  if (used.length === 0) return UNSAID;
  // Entries are in priority order: the lowest index that says something wins, separately for each field.
  const indexes = [...new Set(used.map((m) => m.value))].sort((a, b) => a - b);
  let protocol: Protocol | null = null;
  let encrypted: boolean | null = null;
  for (const index of indexes) {
    const entry = vocab.edges[index];
    if (entry === undefined) continue;
    if (protocol === null && entry.protocol !== null) protocol = entry.protocol;
    if (encrypted === null && entry.encrypted !== null) encrypted = entry.encrypted;
  }
  return { protocol, encrypted };
}
