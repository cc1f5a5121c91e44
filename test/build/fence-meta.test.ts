// Fence meta of a lesson diagram: the caption (title="...") and the show-source flag.
import { describe, expect, it } from 'vitest';
import { parseFenceMeta } from '../../src/build/fence-meta.ts';

describe('parseFenceMeta', () => {
  it('reads a quoted, single-quoted or bare title, and the source flag', () => {
    expect(parseFenceMeta('title="Task 1: two servers"')).toEqual({
      title: 'Task 1: two servers',
      showSource: false,
      simulate: false,
    });
    expect(parseFenceMeta("source title='It\\'s \"one\" server'")).toEqual({
      title: 'It\'s "one" server',
      showSource: true,
      simulate: false,
    });
    expect(parseFenceMeta('title=Overview')).toEqual({
      title: 'Overview',
      showSource: false,
      simulate: false,
    });
    expect(parseFenceMeta('title="the source of truth"')).toEqual({
      title: 'the source of truth',
      showSource: false,
      simulate: false,
    });
  });

  it('reads the simulate flag, not inside a title', () => {
    expect(parseFenceMeta('title="Two balancers" simulate')).toEqual({
      title: 'Two balancers',
      showSource: false,
      simulate: true,
    });
    expect(parseFenceMeta('title="simulate this"').simulate).toBe(false);
  });

  it('has no title without one', () => {
    expect(parseFenceMeta(null)).toEqual({ title: null, showSource: false, simulate: false });
    expect(parseFenceMeta('title=""')).toEqual({ title: null, showSource: false, simulate: false });
  });
});
