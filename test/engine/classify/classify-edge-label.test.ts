// Edge labels: protocol and encryption from real corpus edge labels and from the words of each protocol.
import { describe, expect, it } from 'vitest';
import { classifyEdgeLabel } from '../../../src/engine/classify/classify-label.ts';
import { CORPUS_EDGE_LABELS } from '../../fixtures/corpus-labels.ts';
import type { EdgeCase } from '../../fixtures/corpus-labels.ts';
import { loadVocabulary } from './load-vocabulary.ts';

const vocab = loadVocabulary();

describe('classifyEdgeLabel on real corpus edge labels', () => {
  it.each(CORPUS_EDGE_LABELS.map((c) => [c[0], c] as const))(
    '%j',
    (label, [, protocol, encrypted]) => {
      expect(classifyEdgeLabel(label, vocab)).toEqual({ protocol, encrypted });
    },
  );
});

const WORDS: readonly EdgeCase[] = [
  ['https', 'https', true],
  ['SSL', 'https', true],
  ['TLS 1.3', 'https', true],
  ['port 443', 'https', true],
  ['http', 'http', false],
  ['Port 80', 'http', false],
  ['plaintext', 'http', false],
  ['unencrypted traffic', 'http', false],
  ['SQL queries', 'mysql', null],
  ['MySQL (3306)', 'mysql', null],
  ['query', 'mysql', null],
  ['replication', 'replication', null],
  ['replicates to', 'replication', null],
  ['binlog', 'replication', null],
  ['MySQL replication', 'replication', null],
  ['metrics', 'metrics', null],
  ['logs', 'metrics', null],
  ['monitoring', 'metrics', null],
  ['Monitoring data over HTTPS', 'metrics', true],
  ['heartbeat', 'heartbeat', null],
  ['VRRP', 'heartbeat', null],
  ['failover', 'heartbeat', null],
  ['keepalived', 'heartbeat', null],
  ['dns', 'dns', null],
  ['resolve', 'dns', null],
  ['lookup', 'dns', null],
  ['tcp', 'tcp', null],
  ['TCP/IP', 'tcp', null],
  ['SQL over TLS', 'mysql', true],
  ['encrypted', null, true],
  ['', null, null],
  ['Forward request', null, null],
  // French and Spanish
  ['réplication', 'replication', null],
  ['replicación asíncrona', 'replication', null],
  ['métriques', 'metrics', null],
  ['métricas y registros', 'metrics', null],
  ['requête SQL', 'mysql', null],
  ['consultas SQL', 'mysql', null],
  ['latido', 'heartbeat', null],
  ['résolution DNS', 'dns', null],
  ['HTTP non chiffré', 'http', false],
  ['en clair', 'http', false],
  ['tráfico cifrado', null, true],
  ['sin cifrar', 'http', false],
  ['chiffré (TLS)', 'https', true],
];

describe('classifyEdgeLabel words', () => {
  it.each(WORDS.map((c) => [c[0], c] as const))('%j', (label, [, protocol, encrypted]) => {
    expect(classifyEdgeLabel(label, vocab)).toEqual({ protocol, encrypted });
  });
});
