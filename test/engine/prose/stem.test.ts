// The light stemmer: inflections share a stem, short words and acronyms stay, and stemming twice changes nothing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/engine/prose/normalize.ts';
import { stem } from '../../../src/engine/prose/stem.ts';
import { compileTerm, termEnd } from '../../../src/engine/prose/terms.ts';

const same = (...words: string[]): void => {
  const stems = new Set(words.map(stem));
  expect([...stems], words.join(' ')).toHaveLength(1);
};

describe('stem', () => {
  it('gives inflections of a word one stem', () => {
    same('replicate', 'replicates', 'replicated', 'replicating', 'replication');
    same('query', 'queries', 'queried', 'querying');
    same('proxy', 'proxies', 'proxied');
    same('deploy', 'deploys', 'deployed', 'deploying');
    same('process', 'processes', 'processed', 'processing');
    same('cache', 'caches', 'cached', 'caching');
    same('ship', 'ships', 'shipped', 'shipping');
    same('install', 'installs', 'installed', 'installing');
    same('encrypt', 'encrypts', 'encrypted', 'encrypting', 'encryption');
    same('balance', 'balances', 'balanced', 'balancing');
    same('fail', 'fails', 'failed', 'failing');
    same('alternate', 'alternately', 'alternating', 'alternates');
    same('equal', 'equally');
  });

  it('keeps words of four letters or fewer as written', () => {
    for (const w of ['ms', 'lbs', 'dns', 'uses', 'used', 'does', 'dies', 'base', 'case', 'is'])
      expect(stem(w)).toBe(w);
  });

  it('keeps the words a suffix would leave without a vowel or too short', () => {
    expect(stem('https')).toBe('https');
    expect(stem('rdbms')).toBe('rdbms');
    expect(stem('string')).toBe('string');
    expect(stem('using')).toBe('using');
  });

  it('strips -ly only from longer adverbs, not from apply, assembly, anomaly or early', () => {
    for (const w of ['apply', 'reply', 'supply', 'assembly', 'anomaly', 'early', 'family', 'only'])
      expect(stem(w)).toBe(w);
  });

  it('does not strip -er: a server is not what serves', () => {
    expect(stem('server')).not.toBe(stem('serves'));
    expect(stem('servers')).toBe(stem('server'));
  });

  it('keeps -ss, -us and -is endings, and words with digits or other letters', () => {
    for (const w of ['access', 'status', 'analysis', 'redis', 'mysql8s', 'réplicas'])
      expect(stem(w)).toBe(w);
  });

  it('is idempotent, never empty and never longer than the word', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{1,14}$/), (w) => {
        const s = stem(w);
        expect(s.length).toBeGreaterThan(0);
        expect(s.length).toBeLessThanOrEqual(w.length);
        expect(stem(s)).toBe(s);
        if (w.length <= 4) expect(s).toBe(w);
      }),
    );
  });

  it('is idempotent on words built from stems and suffixes', () => {
    const suffix = fc.constantFrom(
      '',
      's',
      'es',
      'ies',
      'ed',
      'ied',
      'ing',
      'e',
      'ion',
      'sses',
      'ly',
    );
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{1,9}$/), suffix, suffix, (w, a, b) => {
        const s = stem(w + a + b);
        expect(s.length).toBeGreaterThan(0);
        expect(stem(s)).toBe(s);
      }),
    );
  });
});

describe('phrasings match by stem', () => {
  const matches = (phrase: string, text: string): boolean => {
    const term = compileTerm(phrase);
    const tokens = tokenize(text);
    return tokens.some((_, i) => termEnd(tokens, i, term) > i);
  };

  it('matches a plain word in its inflections, both ways', () => {
    expect(matches('replicate', 'the data is replicated to the replica')).toBe(true);
    expect(matches('replicates', 'replication copies the data')).toBe(true);
    expect(matches('copy ~ data', 'it copies the data')).toBe(true);
  });

  it('keeps prefixes and cased words as written', () => {
    expect(matches('=A record', 'an A record')).toBe(true);
    expect(matches('=A record', 'a record')).toBe(false);
    expect(matches('=Records', 'records')).toBe(false);
    expect(matches('=Records', 'Record')).toBe(false);
    expect(matches('encrypt*', 'encryption')).toBe(true);
    expect(matches('encryption*', 'encrypted')).toBe(false);
  });

  it('does not let short words collide', () => {
    expect(matches('ms', 'MS SQL Server')).toBe(true);
    expect(matches('ms', 'msg')).toBe(false);
    expect(matches('http', 'https')).toBe(false);
    expect(matches('lb', 'lbs')).toBe(false);
  });
});
