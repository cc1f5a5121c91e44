// The common Mermaid repairs: quoting labels with parentheses or quotes, renaming a node called `end`.
import { describe, expect, it } from 'vitest';
import { quoteLabels, renameEndIds } from '../../../src/engine/ingest/mermaid-repair.ts';
import { parseMermaidText } from '../../../src/engine/ingest/parse-mermaid.ts';
import { createNodeMermaidParser } from '../../../src/platform/mermaid-node.ts';

const parser = createNodeMermaidParser();

describe('quoteLabels', () => {
  it('quotes square labels holding parentheses, and says which line it changed', () => {
    const out = quoteLabels('graph TD\n  AS1 -->|Queries| DB[Database (MySQL)]');
    expect(out.text).toBe('graph TD\n  AS1 -->|Queries| DB["Database (MySQL)"]');
    expect(out.repairs).toEqual([
      { line: 2, description: expect.stringContaining('DB, [Database (MySQL)]') },
    ]);
  });

  it('escapes quotes inside the label, and leaves quoted or plain labels alone', () => {
    expect(quoteLabels('A[say "hi"] --> B').text).toBe('A["say #quot;hi#quot;"] --> B');
    const untouched = 'A["Database (MySQL)"] --> B[Web server]';
    expect(quoteLabels(untouched)).toEqual({ text: untouched, repairs: [] });
  });

  it('quotes round labels with nested parentheses', () => {
    expect(quoteLabels('LB(Load balancer (HAProxy)) --> W').text).toBe(
      'LB("Load balancer (HAProxy)") --> W',
    );
  });
});

describe('renameEndIds', () => {
  it('renames a node called end on the failing line only', () => {
    expect(renameEndIds('graph TD\n A --> end', 2)).toEqual({
      text: 'graph TD\n A --> end_',
      repairs: [{ line: 2, description: expect.stringContaining('`end`') }],
    });
    expect(renameEndIds('graph TD\n subgraph S\n A\n end', 4).repairs).toEqual([]);
  });
});

describe('parseMermaidText', () => {
  it('reports the original error and reads the diagram after the repair', async () => {
    const parsed = await parseMermaidText(parser, 'graph TD\n A[Web] --> DB[Database (MySQL)]');
    expect(parsed.failure).toMatchObject({ line: 2 });
    expect(parsed.repairs).toHaveLength(1);
    expect(parsed.model?.type).toBe('flowchart');
  });

  it('gives up, keeping the error, when no repair helps', async () => {
    const parsed = await parseMermaidText(parser, 'graph TD\n A --> --> -->');
    expect(parsed.model).toBeNull();
    expect(parsed.failure).toMatchObject({ line: 2 });
    expect(parsed.repairs).toEqual([]);
  });

  it('reads a misspelt header and a %% comment ending a line', async () => {
    const header = await parseMermaidText(parser, 'grpah td\n A[Web] --> B[DB]');
    expect(header.model?.type).toBe('flowchart');
    expect(header.repairs.map((r) => r.line)).toEqual([1]);
    const comment = await parseMermaidText(
      parser,
      'graph TD\n A[Web] --> B[DB] %% the database\n%% a note',
    );
    expect(comment.model?.type).toBe('flowchart');
  });

  it('changes nothing in a diagram Mermaid accepts', async () => {
    const parsed = await parseMermaidText(parser, 'graph TD\n A --> B');
    expect(parsed).toMatchObject({ failure: null, repairs: [] });
  });
});
