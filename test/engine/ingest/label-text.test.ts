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
  it('turns line breaks and tags into spaces and drops icons', () => {
    expect(cleanLabel('Server 1<br/>Nginx<br>App')).toBe('Server 1 Nginx App');
    expect(cleanLabel('fa:fa-user User')).toBe('User');
    expect(cleanLabel('<b>HAProxy</b> LB')).toBe('HAProxy LB');
    expect(cleanLabel('"Quoted label"')).toBe('Quoted label');
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
