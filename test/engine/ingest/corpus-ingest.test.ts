// Every real submission and seed is ingested without an exception, and each seed's census is what it draws.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { IngestResult } from '../../../src/engine/ingest/ingest.ts';
import { census, countRole } from '../../../src/engine/topology/census.ts';
import { ingestText } from '../../../src/platform/node-ingest.ts';
import {
  corpusFiles,
  corpusPath,
  manifest,
  readSeed,
  seedNames,
  type CorpusFormat,
} from '../../fixtures/shared.ts';

describe('ingest over the whole corpus', () => {
  it.each(corpusFiles())(
    'reads %s without an exception, every line inside the file',
    async (file) => {
      const text = readFileSync(corpusPath(file), 'utf8');
      const result = await ingestText(text);
      const lineCount = text.split('\n').length;
      for (const n of result.nodes) expect(n.line).toBeGreaterThanOrEqual(1);
      for (const n of result.nodes) expect(n.line).toBeLessThanOrEqual(lineCount);
      for (const e of result.edges) expect(e.line).toBeLessThanOrEqual(lineCount);
    },
  );
});

/** What each format of the manifest must yield: the diagrams it names, read, with components and links. */
function expectFormat(format: CorpusFormat, r: IngestResult): void {
  const readable = r.diagrams.filter((d) => d.readable && d.nodes > 0);
  const known = new Set(r.nodes.map((n) => n.kind).filter((k) => k !== 'unknown'));
  const ids = new Set(r.nodes.map((n) => n.id));
  for (const e of r.edges)
    expect(ids.has(e.from) && ids.has(e.to), `${e.from}->${e.to}`).toBe(true);
  switch (format) {
    case 'mermaid-flowchart':
    case 'mermaid-sequence':
    case 'mermaid-other': {
      const want = format.slice('mermaid-'.length);
      const mermaid = readable.filter((d) => d.syntax === 'mermaid');
      expect(mermaid.length).toBeGreaterThanOrEqual(1);
      const ofKind = mermaid.filter((d) =>
        want === 'other' ? d.kind !== 'flowchart' && d.kind !== 'sequence' : d.kind === want,
      );
      expect(ofKind.length, `a readable ${want} diagram`).toBeGreaterThanOrEqual(1);
      expect(r.nodes.length).toBeGreaterThanOrEqual(5);
      expect(r.edges.length).toBeGreaterThanOrEqual(4);
      expect(known.size).toBeGreaterThanOrEqual(4);
      break;
    }
    case 'ascii':
      expect(readable.some((d) => d.syntax === 'ascii')).toBe(true);
      expect(r.nodes.length).toBeGreaterThanOrEqual(5);
      expect(r.edges.length).toBeGreaterThanOrEqual(4);
      expect(known.size).toBeGreaterThanOrEqual(4);
      break;
    case 'mixed':
      // Two ways of drawing: two diagrams, or a diagram and an image.
      expect(readable.length + Math.min(1, r.images.length)).toBeGreaterThanOrEqual(2);
      expect(known.size).toBeGreaterThanOrEqual(4);
      break;
    case 'url-only':
      expect(r.diagrams).toEqual([]);
      expect(r.nodes).toEqual([]);
      expect(r.images.length).toBeGreaterThanOrEqual(1);
      break;
    case 'prose-only':
      expect(r.diagrams).toEqual([]);
      expect(r.nodes).toEqual([]);
      expect(r.images).toEqual([]);
      expect(r.sections.length).toBeGreaterThanOrEqual(1);
      break;
    case 'empty':
      expect(r.diagrams).toEqual([]);
      expect(r.nodes).toEqual([]);
      expect(r.images).toEqual([]);
      break;
  }
}

describe('ingest reads what each manifest format holds', () => {
  const entries = manifest();

  it('covers every format of the manifest', () => {
    expect(new Set(entries.map((e) => e.format)).size).toBe(8);
  });

  it.each(entries.map((e) => [`${e.id} (${e.format})`, e] as const))('%s', async (_, e) => {
    const r = await ingestText(readFileSync(corpusPath(e.file), 'utf8'));
    expectFormat(e.format, r);
  });
});

async function seed(prefix: string): Promise<IngestResult> {
  const name = seedNames().find((f) => f.startsWith(prefix));
  if (!name) throw new Error(`no seed ${prefix}`);
  return ingestText(readSeed(name));
}

describe('seed census', () => {
  it('seed 000: two LBs, two firewalls, two web, two app, primary and replica, two agents, one service', async () => {
    const r = await seed('000_');
    const c = census(r, 0);
    expect(r.diagrams[0]).toMatchObject({ kind: 'flowchart', readable: true });
    expect(c['load-balancer']).toBe(2);
    expect(c.firewall).toBe(2);
    expect(c['web-server']).toBe(2);
    expect(c['app-server']).toBe(2);
    expect(countRole(r, 'database', 'primary', 0)).toBe(1);
    expect(countRole(r, 'database', 'replica', 0)).toBe(1);
    expect(c['monitoring-agent']).toBe(2);
    expect(c['monitoring-service']).toBe(1);
  });

  it('seed 001: a cluster node with its two members counts two load balancers; four firewalls; two replicas', async () => {
    const r = await seed('001_');
    const c = census(r, 0);
    expect(c['load-balancer']).toBe(2);
    expect(c.firewall).toBe(4);
    expect(countRole(r, 'database', 'primary', 0)).toBe(1);
    expect(countRole(r, 'database', 'replica', 0)).toBe(2);
    expect(c['monitoring-agent']).toBe(4);
  });

  it('seed 002: the ASCII whiteboard holds an HAProxy pair linked to each other', async () => {
    const r = await seed('002_');
    expect(r.diagrams.some((d) => d.syntax === 'ascii' && d.readable)).toBe(true);
    const lbs = r.nodes.filter((n) => n.kind === 'load-balancer');
    expect(census(r)['load-balancer']).toBeGreaterThanOrEqual(2);
    const ids = new Set(lbs.map((n) => n.id));
    expect(r.edges.some((e) => ids.has(e.from) && ids.has(e.to))).toBe(true);
  });

  it('seed 003: one LB, three firewalls, an SSL certificate, two web, two app, primary and replica', async () => {
    const r = await seed('003_');
    const c = census(r, 0);
    expect(c['load-balancer']).toBe(1);
    expect(c.firewall).toBe(3);
    expect(c.certificate).toBe(1);
    expect(c['web-server']).toBe(2);
    expect(c['app-server']).toBe(2);
    expect(countRole(r, 'database', 'primary', 0)).toBe(1);
    expect(countRole(r, 'database', 'replica', 0)).toBe(1);
  });

  it('seed 004: the broken `(MySQL)` label is repaired and reported at its line', async () => {
    const text = readSeed(seedNames().find((f) => f.startsWith('004_')) ?? '');
    const r = await ingestText(text);
    const line = text.split('\n').findIndex((l) => l.includes('DB[Database (MySQL)]')) + 1;
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ line, repaired: true });
    expect(r.repairs).toEqual([
      expect.objectContaining({ line, description: expect.stringContaining('Database (MySQL)') }),
    ]);
    const flow = r.diagrams.find((d) => d.kind === 'flowchart');
    expect(flow?.readable).toBe(true);
    const db = r.nodes.find((n) => n.label === 'Database (MySQL)');
    expect(db).toMatchObject({ kind: 'database', line });
  });
});
