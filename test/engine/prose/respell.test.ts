// Learners' spellings: misspellings read as the word meant (respell), compounds joined, -ing forms of e-verbs.
import { describe, expect, it } from 'vitest';
import { withGerunds, withJoined } from '../../../src/engine/prose/compile.ts';
import { tokenize } from '../../../src/engine/prose/normalize.ts';
import { respell } from '../../../src/engine/prose/respell.ts';

describe('respell', () => {
  it('replaces listed misspellings word for word, keeping positions and the other words', () => {
    const tokens = tokenize('No firewal and no Databse.');
    const out = respell(tokens, { firewal: 'firewall', databse: 'database' });
    expect(out.map((t) => t.norm)).toEqual(['no', 'firewall', 'and', 'no', 'database']);
    expect(out.map((t) => t.at)).toEqual(tokens.map((t) => t.at));
  });

  it('returns the same tokens when nothing is misspelled', () => {
    const tokens = tokenize('No firewall.');
    expect(respell(tokens, { firewal: 'firewall' })).toBe(tokens);
  });
});

describe('withJoined', () => {
  it('adds each phrasing with two neighbouring plain words written as one', () => {
    expect(withJoined(['load balancer*', 'web server'])).toEqual([
      'load balancer*',
      'loadbalancer*',
      'web server',
      'webserver',
    ]);
  });

  it('leaves cased words, prefixes, gaps and short words apart', () => {
    expect(withJoined(['=A record', 'monitor* agent', 'single point ~ failure', 'no tls'])).toEqual(
      ['=A record', 'monitor* agent', 'single point ~ failure', 'singlepoint ~ failure', 'no tls'],
    );
  });
});

describe('withGerunds', () => {
  it('adds the -ing form of a prefix word that ends in e, and nothing for other words', () => {
    expect(withGerunds(['provide*', 'update* ~ data', 'serve', 'fail*'])).toEqual([
      'provide*',
      'providing*',
      'update* ~ data',
      'updating* ~ data',
      'serve',
      'fail*',
    ]);
  });
});
