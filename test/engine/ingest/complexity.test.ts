// The complexity budget: each kind of over-budget diagram is refused with its typed error; real work never is.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitSubmission } from '../../../src/engine/ingest/blocks.ts';
import { COMPLEXITY_LIMITS as LIMITS } from '../../../src/engine/ingest/complexity-limits.ts';
import {
  checkDiagramBudget,
  checkFileBudget,
  measureDiagram,
  TooComplexError,
} from '../../../src/engine/ingest/complexity.ts';
import { ingestText } from '../../../src/platform/node-ingest.ts';
import { corpusFiles, readCorpus, readSeed, seedNames } from '../../fixtures/shared.ts';

const lines = (n: number, line: (i: number) => string): string =>
  Array.from({ length: n }, (_, i) => line(i)).join('\n');

/** One over-budget diagram per measure: header line, then the body; the limit is passed on `line`. */
const OVER: Record<Exclude<keyof typeof LIMITS, 'diagrams'>, { text: string; line: number }> = {
  subgraphDepth: {
    text: `flowchart TD\n${lines(LIMITS.subgraphDepth + 1, (i) => `subgraph g${String(i)}`)}`,
    line: LIMITS.subgraphDepth + 2,
  },
  subgraphs: {
    text: `flowchart TD\n${lines(LIMITS.subgraphs + 1, (i) => `subgraph g${String(i)}\nend`)}`,
    line: 2 * LIMITS.subgraphs + 2,
  },
  statements: {
    text: `flowchart TD\n${lines(LIMITS.statements, (i) => `n${String(i)}[Nginx]`)}`,
    line: LIMITS.statements + 1,
  },
  arrows: {
    text: `flowchart TD\n${lines(LIMITS.arrows / 2 + 1, (i) => `a${String(i)} --> b & c --> d`)}`,
    line: LIMITS.arrows / 2 + 2,
  },
  lineLength: {
    text: `flowchart TD\n  a["${'x'.repeat(LIMITS.lineLength)}"] --> b`,
    line: 2,
  },
};

function caught(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return null;
}

describe('complexity budget', () => {
  for (const [measure, over] of Object.entries(OVER)) {
    it(`refuses a diagram over the ${measure} limit with a TooComplexError naming it`, () => {
      const error = caught(() => {
        checkDiagramBudget(over.text, 10);
      });
      expect(error).toBeInstanceOf(TooComplexError);
      const e = error as TooComplexError;
      expect(e.measure).toBe(measure);
      expect(e.limit).toBe(LIMITS[measure as keyof typeof LIMITS]);
      expect(e.value).toBeGreaterThan(e.limit);
      expect(e.line).toBe(10 + over.line - 1);
      expect(e.message).toMatch(/^too complex: [a-z ]+ \(\d+ > \d+\)$/);
      expect(e.message.endsWith(`(${String(e.value)} > ${String(e.limit)})`)).toBe(true);
      expect(e.toJSON()).toEqual({ measure, value: e.value, limit: e.limit, line: e.line });
    });
  }

  it('refuses a file with more diagrams than the limit, at the first one over', () => {
    const block = '```mermaid\nflowchart TD\n  a --> b\n```\n\n';
    const text = `# Design\n\n${block.repeat(LIMITS.diagrams)}\`\`\`\n+---+\n| A |--->\n+---+\n\`\`\`\n`;
    const blocks = splitSubmission(text);
    expect(blocks.ascii).toHaveLength(1);
    const error = caught(() => checkFileBudget(blocks.mermaid, blocks.ascii));
    expect(error).toBeInstanceOf(TooComplexError);
    expect((error as TooComplexError).toJSON()).toEqual({
      measure: 'diagrams',
      value: LIMITS.diagrams + 1,
      limit: LIMITS.diagrams,
      line: blocks.ascii[0]?.line,
    });
  });

  it('adds statements up over the diagrams of a file', () => {
    const half = `flowchart TD\n${lines(Math.ceil(LIMITS.statements / 2), (i) => `n${String(i)}`)}`;
    const one = [{ text: half, line: 1 }];
    expect(checkFileBudget(one, []).statements).toBeLessThanOrEqual(LIMITS.statements);
    const error = caught(() => checkFileBudget([...one, { text: half, line: 9000 }], []));
    expect(error).toMatchObject({ measure: 'statements', limit: LIMITS.statements });
    expect((error as TooComplexError).line).toBeGreaterThan(9000);
  });

  it('counts statements joined with `;` on one line', () => {
    const text = `flowchart LR;${'a-->b;'.repeat(LIMITS.statements)}`;
    expect(measureDiagram(text).statements).toBe(LIMITS.statements + 1);
  });

  it('ingest refuses an over-budget diagram before parsing it, at its file line', async () => {
    const text = `# Design\n\nSome words.\n\n\`\`\`mermaid\n${OVER.subgraphDepth.text}\n\`\`\`\n`;
    await expect(ingestText(text)).rejects.toMatchObject({
      name: 'TooComplexError',
      measure: 'subgraphDepth',
      value: LIMITS.subgraphDepth + 1,
      limit: LIMITS.subgraphDepth,
      line: 6 + OVER.subgraphDepth.line - 1,
    });
  });

  it('keeps every corpus file and seed, and each of their diagrams, under a tenth of each limit', () => {
    const texts = [...corpusFiles().map(readCorpus), ...seedNames().map(readSeed)];
    let diagrams = 0;
    for (const text of texts) {
      const blocks = splitSubmission(text);
      const file = checkFileBudget(blocks.mermaid, blocks.ascii);
      for (const key of Object.keys(LIMITS) as (keyof typeof LIMITS)[])
        expect(file[key]).toBeLessThanOrEqual(LIMITS[key] / 10);
      for (const block of splitSubmission(text).mermaid) {
        diagrams += 1;
        expect(() => {
          checkDiagramBudget(block.text, block.line);
        }).not.toThrow();
        const m = measureDiagram(block.text);
        for (const key of Object.keys(LIMITS) as (keyof typeof LIMITS)[])
          expect(m[key]).toBeLessThanOrEqual(LIMITS[key] / 10);
      }
    }
    expect(diagrams).toBeGreaterThan(30);
  });

  it('never throws anything but a TooComplexError on random text', () => {
    const pieces = fc.constantFrom(
      'subgraph S\n',
      'end\n',
      'end;\n',
      'a --> b;',
      '%% note\n',
      ';',
      '-.->',
      '\n',
      'x'.repeat(700),
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'grapheme', maxLength: 500 }),
          fc.array(pieces, { maxLength: 80 }).map((a) => a.join('')),
        ),
        (text) => {
          const error = caught(() => measureDiagram(text, 1));
          expect(error === null || error instanceof TooComplexError).toBe(true);
        },
      ),
      { seed: 42, numRuns: 300 },
    );
  });
});
