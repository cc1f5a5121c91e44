// Ingest as Node runs it: the Mermaid adapter plus the project's vocabulary, shared by the CLI and tests.
import { ingest, type IngestResult } from '../engine/ingest/ingest.ts';
import type { MermaidParser } from '../engine/ingest/mermaid-port.ts';
import { createNodeMermaidParser } from './mermaid-node.ts';
import { loadVocabulary } from './node-data.ts';

let parser: MermaidParser | null = null;

export function nodeMermaidParser(): MermaidParser {
  parser ??= createNodeMermaidParser();
  return parser;
}

export function ingestText(text: string): Promise<IngestResult> {
  return ingest(text, { mermaid: nodeMermaidParser(), vocabulary: loadVocabulary() });
}
