// An ASCII box's label from its rows: a name over a list, and a name broken over rows after a joining word.
import { describe, expect, it } from 'vitest';
import { boxLabel } from '../../../src/engine/ingest/ascii-box-label.ts';

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
});
