// Plain-text tables: read as tables by the prose and kept out of drawings; a drawing's `----+----` junction is none.
import { describe, expect, it } from 'vitest';
import { tableLines } from '../../../src/engine/ingest/ascii-detect.ts';
import { toSentences } from '../../../src/engine/prose/sentences.ts';
import { plainTableEnd } from '../../../src/engine/text/plain-table.ts';

const TABLE = [
  'Component            | Role',
  '---------------------+----------------------------------------',
  'server               | a computer that provides services to other',
  '                     | computers (clients) over a network',
  'www DNS record       | an A record (hostname -> IPv4 8.8.8.8)',
  '',
  'Issues',
];

describe('plain-text tables', () => {
  it('ends at the first line without a | on the rule’s columns', () => {
    expect(plainTableEnd(TABLE, 0)).toBe(5);
    expect(tableLines(TABLE)).toEqual([true, true, true, true, true, false, false]);
  });

  it('reads each row with its headers, a row with an empty first cell going on with the one above', () => {
    expect(toSentences(TABLE.join('\n')).map((s) => s.text)).toEqual([
      'Component : Role',
      'Component server : Role a computer that provides services to other computers (clients) over a network .',
      'Component www DNS record : Role an A record (hostname -> IPv4 8.8.8.8) .',
      'Issues',
    ]);
  });

  it('is not a drawing’s junction under a bare line', () => {
    const drawing = ['        |', '   -----+-----', '   |         |', '  Web 1     Web 2'];
    expect(plainTableEnd(drawing, 0)).toBeNull();
    expect(tableLines(drawing).some(Boolean)).toBe(false);
  });
});
