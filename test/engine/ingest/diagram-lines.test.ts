// Source lines of ids: tokens are whole ids (not parts of longer ones), found through the word index.
import { describe, expect, it } from 'vitest';
import { DiagramLines, tokenIndex } from '../../../src/engine/ingest/diagram-lines.ts';

describe('tokenIndex', () => {
  it('finds an id only where it is not part of a longer id', () => {
    expect(tokenIndex('web --> web2', 'web')).toBe(0);
    expect(tokenIndex('web2 --> web', 'web')).toBe(9);
    expect(tokenIndex('lb.web --> x-web --> web-x', 'web')).toBe(-1);
    expect(tokenIndex('a-b --> c', 'a-b')).toBe(0);
    expect(tokenIndex('x-a-b --> c', 'a-b')).toBe(-1);
    expect(tokenIndex('anything', '')).toBe(-1);
  });
});

describe('DiagramLines', () => {
  const lines = new DiagramLines(
    [
      'flowchart TD',
      '  a["web server"] --> web',
      '  %% web --> db',
      '  web --> db',
      'web-2 --> db',
    ].join('\n'),
  );

  it('finds ids as tokens outside labels and comments, from a start line', () => {
    expect(lines.find(['web'])).toBe(2);
    expect(lines.find(['web'], 3)).toBe(4);
    expect(lines.find(['db', 'web'])).toBe(4);
    expect(lines.find(['server'])).toBeNull();
    expect(lines.find(['web-2'])).toBe(5);
  });

  it('finds an arrow only where `from` is written before `to`', () => {
    expect(lines.findArrow('web', 'db')).toBe(4);
    expect(lines.findArrow('db', 'web')).toBeNull();
    expect(lines.locateArrow('db', 'web', 1, 9)).toBe(4);
    expect(lines.locateArrow('db', 'zz', 1, 9)).toBe(9);
  });
});
