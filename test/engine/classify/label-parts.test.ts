// listedRoles: the roles of the components a host label lists in brackets, each piece read on its own.
import { describe, expect, it } from 'vitest';
import { listedRoles } from '../../../src/engine/classify/label-parts.ts';
import { loadVocabulary } from './load-vocabulary.ts';

const vocab = loadVocabulary();

describe('listedRoles', () => {
  it('reads each piece between joiners', () => {
    expect(listedRoles('Server 1 (Nginx, App server, MySQL Primary)', vocab)).toEqual([
      { kind: 'database', role: 'primary' },
    ]);
    expect(listedRoles('Server 2 (Nginx + Gunicorn + MySQL replica)', vocab)).toEqual([
      { kind: 'database', role: 'replica' },
    ]);
    expect(listedRoles('Serveur 2 (Nginx et MySQL esclave)', vocab)).toEqual([
      { kind: 'database', role: 'replica' },
    ]);
  });

  it('cuts a label with no brackets at its joiners', () => {
    expect(listedRoles('Server 2: Nginx, MySQL Replica', vocab)).toEqual([
      { kind: 'database', role: 'replica' },
    ]);
    // Alone, the label is one piece; the topology keeps roles only for hosts that name the kind.
    expect(listedRoles('MySQL Primary', vocab)).toEqual([{ kind: 'database', role: 'primary' }]);
  });

  it('gives nothing for labels without roles', () => {
    expect(listedRoles('Server 1 (Nginx, App server, MySQL)', vocab)).toEqual([]);
    expect(listedRoles('Server 1: Nginx, Gunicorn', vocab)).toEqual([]);
    expect(listedRoles('', vocab)).toEqual([]);
  });
});

describe('listedRoles with brackets inside the list', () => {
  it('reads a role in brackets after the part it qualifies', () => {
    expect(listedRoles('Server 1 (Nginx; App server; MySQL (source))', vocab)).toEqual([
      { kind: 'database', role: 'primary' },
    ]);
    expect(listedRoles('Server 2 (Nginx, MySQL (replica))', vocab)).toEqual([
      { kind: 'database', role: 'replica' },
    ]);
  });
});
