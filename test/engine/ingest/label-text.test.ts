// Label cleaning: Mermaid entity placeholders, HTML entities, tags and icons become plain text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanLabel, decodeEntities } from '../../../src/engine/ingest/label-text.ts';

describe('decodeEntities', () => {
  it('decodes Mermaid placeholders and HTML entities', () => {
    expect(decodeEntities('x ﬂ°quot¶ß y ﬂ°°35¶ß')).toBe('x " y #');
    expect(decodeEntities('A &amp; B &#233; &#x41;')).toBe('A & B é A');
    expect(decodeEntities('#quot;quoted#quot;')).toBe('"quoted"');
  });

  it('leaves unknown entities as written', () => {
    expect(decodeEntities('&bogus; ﬂ°bogus¶ß')).toBe('&bogus; ﬂ°bogus¶ß');
  });
});

describe('cleanLabel', () => {
  it('turns tags into spaces and drops icons', () => {
    expect(cleanLabel('fa:fa-user User')).toBe('User');
    expect(cleanLabel('<b>HAProxy</b> LB')).toBe('HAProxy LB');
    expect(cleanLabel('"Quoted label"')).toBe('Quoted label');
  });

  it('reads a name over other lines as the name and, in brackets, what it lists', () => {
    expect(cleanLabel('Load balancer<br/>HAProxy')).toBe('Load balancer (HAProxy)');
    expect(cleanLabel(String.raw`Nginx\nport 80`)).toBe('Nginx (port 80)');
    expect(cleanLabel('Server 1<br/>Nginx<br>App')).toBe('Server 1 (Nginx; App)');
    expect(cleanLabel('`**Server**\n    Nginx\n    MySQL`')).toBe('Server (Nginx; MySQL)');
    expect(cleanLabel('Monitoring<br/>agent')).toBe('Monitoring agent');
    expect(cleanLabel('Application<br>files')).toBe('Application files');
    expect(cleanLabel('Monitoring<br/>Sumo Logic')).toBe('Monitoring (Sumo Logic)');
    expect(cleanLabel(String.raw`Server 8.8.8.8\nNginx\nMySQL`)).toBe(
      'Server 8.8.8.8 (Nginx; MySQL)',
    );
    // A bracketed line loses its own brackets inside the list; empty lines are no items.
    expect(cleanLabel('HAProxy 2<br>passive<br><br>(standby)')).toBe(
      'HAProxy 2 (passive; standby)',
    );
    // A listed line may hold brackets of its own; a name holding brackets keeps the label as written.
    expect(cleanLabel('Server 1<br>Nginx (web)<br>MySQL')).toBe('Server 1 (Nginx (web); MySQL)');
    expect(cleanLabel('HAProxy (active)<br>holds the VIP')).toBe('HAProxy (active) holds the VIP');
  });

  it('never throws and returns a single line', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (s) => {
        const out = cleanLabel(s);
        expect(out).not.toMatch(/[\n\r]/);
      }),
    );
  });
});
