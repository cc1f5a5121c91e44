// An ASCII box's label from its rows: a name over a list, a name broken after a joining word or inside brackets.
import { describe, expect, it } from 'vitest';
import { boxLabel, unbracketRows } from '../../../src/engine/ingest/ascii-box-label.ts';

describe('boxLabel', () => {
  it('reads a name over a list as a host listing what it runs', () => {
    expect(boxLabel(['Server 1', '- Nginx', '- MySQL'])).toBe('Server 1 (Nginx, MySQL)');
  });

  it('joins a name broken after a joining word before reading the rest as its list', () => {
    expect(boxLabel(['Servidor de', 'aplicaciones', '+ código base'])).toBe(
      'Servidor de aplicaciones (código base)',
    );
    expect(boxLabel(["Serveur d'", 'application'])).toBe("Serveur d' application");
    expect(boxLabel(['Application server', 'code base'])).toBe('Application server (code base)');
    // The break may come in a row of the list, under the box's name.
    expect(boxLabel(['Servidor 2', 'Servidor de', 'aplicaciones + código'])).toBe(
      'Servidor 2 (Servidor de aplicaciones + código)',
    );
  });

  it('joins a bracketed name wrapped over rows, then drops the brackets', () => {
    expect(unbracketRows(['Server 1', 'Nginx', '[Monitoring', '  client 1]'])).toEqual([
      'Server 1',
      'Nginx',
      'Monitoring client 1',
    ]);
    // A bracket that no row near closes joins nothing.
    expect(unbracketRows(['[Nginx', 'MySQL', 'Agent', 'x]'])).toEqual([
      'Nginx',
      'MySQL',
      'Agent',
      'x',
    ]);
  });
});
