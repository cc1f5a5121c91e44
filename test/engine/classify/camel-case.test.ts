// classifyCamel: a label written as one CamelCase word is read word by word when its words name a kind.
import { describe, expect, it } from 'vitest';
import { classifyCamel, splitCamel } from '../../../src/engine/classify/camel-case.ts';
import { classifyLabel } from '../../../src/engine/classify/classify-label.ts';
import { loadVocabulary } from './load-vocabulary.ts';

const vocab = loadVocabulary();
const read = (label: string): [string, string | null] => {
  const c = classifyCamel(label, vocab);
  return [c.kind, c.role];
};

describe('splitCamel', () => {
  it('splits where a new capitalised word starts (product names may split: the class is checked)', () => {
    expect(splitCamel('MySQLPrimary')).toBe('MySQL Primary');
    expect(splitCamel('DbReplica1')).toBe('Db Replica1');
    expect(splitCamel('PrimaryDB')).toBe('Primary DB');
    expect(splitCamel('MySQL')).toBe('MySQL');
    expect(splitCamel('PostgreSQL')).toBe('Postgre SQL');
    expect(splitCamel('web server 1')).toBe('web server 1');
  });
});

describe('classifyCamel', () => {
  it('finds the role a CamelCase database name carries', () => {
    expect(read('MySQLPrimary')).toEqual(['database', 'primary']);
    expect(read('MySQLReplica')).toEqual(['database', 'replica']);
    expect(read('ReplicaDB')).toEqual(['database', 'replica']);
    // Read whole, the first word's prefix names the kind and the role is lost.
    expect(classifyLabel('MySQLPrimary', vocab).role).toBeNull();
  });

  it('reads an agent as an agent, not as the service its first word names', () => {
    expect(read('MonitoringAgent')[0]).toBe('monitoring-agent');
    expect(classifyLabel('MonitoringAgent', vocab).kind).toBe('monitoring-service');
  });

  it('keeps the whole reading when the words apart name nothing, and reads plain labels as before', () => {
    expect(read('HAProxy1')[0]).toBe('load-balancer');
    expect(read('PostgreSQL')[0]).toBe('database');
    expect(read('Client')).toEqual(['user', null]);
    expect(read('MySQL Primary')).toEqual(['database', 'primary']);
  });
});
