// Ingest: a submission's text becomes diagrams, a classified topology, image links, prose sections, errors.
import type { Vocabulary } from '../classify/vocabulary-schema.ts';
import { buildTopology, type DiagramGraph } from '../topology/build.ts';
import type { Host } from '../topology/hosts.ts';
import type { DiagramKind, Topology } from '../topology/model.ts';
import { parseAscii } from './ascii.ts';
import { splitSubmission, type ImageLink, type Section, type SubmissionBlocks } from './blocks.ts';
import { separateGroupIds } from './group-ids.ts';
import { headerKind } from './header-kind.ts';
import { toRawGraph } from './mermaid-graph.ts';
import type { MermaidParser } from './mermaid-port.ts';
import { checkFileBudget } from './complexity.ts';
import { DiagramParseError } from './parse-error.ts';
import { blockGraph } from './block-graph.ts';
import { mergeListedNames } from './ascii-edge-list.ts';
import { c4Graph } from './c4-graph.ts';
import { parseMermaidText } from './parse-mermaid.ts';

export interface DiagramInfo {
  readonly index: number;
  readonly kind: DiagramKind;
  readonly syntax: 'mermaid' | 'ascii';
  /** File line of the diagram's first line. */
  readonly line: number;
  /** False when no parser could read it (its nodes are not in the topology). */
  readonly readable: boolean;
  readonly nodes: number;
  readonly edges: number;
}

export interface FileRepair {
  readonly line: number;
  readonly diagram: number;
  readonly description: string;
}

export interface IngestResult extends Topology {
  readonly diagrams: readonly DiagramInfo[];
  readonly hosts: readonly Host[];
  readonly images: readonly ImageLink[];
  readonly sections: readonly Section[];
  readonly errors: readonly DiagramParseError[];
  readonly repairs: readonly FileRepair[];
}

export interface IngestDeps {
  readonly mermaid: MermaidParser;
  readonly vocabulary: Vocabulary;
}

/** Throws a TooComplexError (before any parsing) when the file's diagrams are over the complexity budget. */
export async function ingest(text: string, deps: IngestDeps): Promise<IngestResult> {
  return ingestBlocks(splitSubmission(text), deps);
}

/** `ingest` on a submission already split (the caller wanted its prose sections first). */
export async function ingestBlocks(
  blocks: SubmissionBlocks,
  deps: IngestDeps,
): Promise<IngestResult> {
  checkFileBudget(blocks.mermaid, blocks.ascii);
  const ordered = [
    ...blocks.mermaid.map((b) => ({
      syntax: 'mermaid' as const,
      line: b.line,
      text: b.text,
      block: b,
    })),
    ...blocks.ascii.map((b) => ({
      syntax: 'ascii' as const,
      line: b.line,
      text: b.text,
      block: b,
    })),
  ].sort((a, b) => a.line - b.line);
  const diagrams: DiagramInfo[] = [];
  const graphs: DiagramGraph[] = [];
  const errors: DiagramParseError[] = [];
  const repairs: FileRepair[] = [];
  for (const [index, item] of ordered.entries()) {
    let graph = null;
    if (item.syntax === 'ascii') {
      graph = mergeListedNames(parseAscii(item.block), item.block.text);
    } else if (headerKind(item.text) === 'c4') {
      // Mermaid's C4 and block grammars are read here without it (the lean Mermaid build has neither).
      graph = c4Graph(item.text, item.line);
    } else if (headerKind(item.text) === 'block') {
      graph = blockGraph(item.text, item.line);
    } else {
      const parsed = await parseMermaidText(deps.mermaid, item.text);
      const at = (rel: number): number => item.line + rel - 1;
      if (parsed.failure) {
        const where = {
          line: at(parsed.failure.line),
          column: parsed.failure.column,
          diagram: index,
        };
        errors.push(
          new DiagramParseError(parsed.failure.message, {
            ...where,
            repaired: parsed.model !== null,
          }),
        );
      }
      for (const r of parsed.repairs)
        repairs.push({ line: at(r.line), diagram: index, description: r.description });
      if (parsed.model) {
        const separated = separateGroupIds(toRawGraph(parsed.model, parsed.text, item.line));
        graph = separated.graph;
        for (const r of separated.repairs)
          repairs.push({ line: r.line, diagram: index, description: r.description });
      }
    }
    const kind = graph?.kind ?? headerKind(item.text);
    diagrams.push({
      index,
      kind: item.syntax === 'ascii' ? 'ascii' : kind,
      syntax: item.syntax,
      line: item.line,
      readable: graph !== null,
      nodes: graph?.vertices.length ?? 0,
      edges: graph?.edges.length ?? 0,
    });
    if (graph && graph.vertices.length > 0) graphs.push({ diagram: index, graph });
  }
  const topology = buildTopology(graphs, deps.vocabulary);
  return {
    ...topology,
    diagrams,
    images: blocks.images,
    sections: blocks.sections,
    errors,
    repairs,
  };
}
