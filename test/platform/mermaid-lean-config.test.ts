// The lean configuration is a pure speed-up: every Mermaid diagram of the corpus and seeds gives the same model.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitSubmission } from '../../src/engine/ingest/blocks.ts';
import { createNodeMermaidParser, leanConfigAvailable } from '../../src/platform/mermaid-node.ts';
import { corpusFiles, corpusPath, readSeed, seedNames } from '../fixtures/shared.ts';

function allMermaidTexts(): string[] {
  const texts = [
    ...corpusFiles().map((f) => readFileSync(corpusPath(f), 'utf8')),
    ...seedNames().map((f) => readSeed(f)),
  ];
  return texts.flatMap((t) => splitSubmission(t).mermaid.map((b) => b.text));
}

describe('lean Mermaid configuration', () => {
  it('is found in the pinned Mermaid build', async () => {
    expect(await leanConfigAvailable()).toBe(true);
  });

  it('gives identical models (vertices, edges, subgraphs, actors, messages, errors) on every real diagram', async () => {
    const lean = createNodeMermaidParser({ lean: true });
    const full = createNodeMermaidParser({ lean: false });
    const texts = allMermaidTexts();
    expect(texts.length).toBeGreaterThan(25);
    for (const text of texts) {
      expect(await lean.parse(text)).toEqual(await full.parse(text));
    }
  });
});
