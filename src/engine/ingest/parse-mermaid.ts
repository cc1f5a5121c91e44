// Parses one Mermaid block through the MermaidParser port, trying the common repairs when it is rejected.
import { lengthenArrows, quoteEdgeLabels } from './mermaid-edge-repair.ts';
import { readFlowchartSubset } from './flowchart-subset.ts';
import type { MermaidModel, MermaidOutcome, MermaidParser } from './mermaid-port.ts';
import {
  fixHeaderAndComments,
  quoteLabels,
  renameEndIds,
  swapArchitectureBrackets,
  type Repair,
} from './mermaid-repair.ts';

export interface MermaidParse {
  readonly model: MermaidModel | null;
  /** The text that was finally read (after repairs). */
  readonly text: string;
  /** The first rejection, with diagram-relative line and column, if any. */
  readonly failure: {
    readonly message: string;
    readonly line: number;
    readonly column: number;
  } | null;
  readonly repairs: readonly Repair[];
}

const MAX_ROUNDS = 5;

/**
 * Mermaid deletes `%%` comment lines before parsing and its lexer miscounts some blank lines, so its line
 * numbers drift. We hand it only the lines that matter and map its line back to ours.
 */
export function compact(text: string): { text: string; lines: number[] } {
  const kept: string[] = [];
  const lines: number[] = [];
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '' || /^\s*%%(?!\{)/.test(line)) return;
    // Spaces at the end of a line mean nothing to a reader, but Mermaid rejects them after a subgraph title.
    kept.push(line.trimEnd());
    lines.push(index + 1);
  });
  return { text: kept.join('\n'), lines };
}

async function parseKeepingLines(parser: MermaidParser, text: string): Promise<MermaidOutcome> {
  const compacted = compact(text);
  // The plainest flowcharts are read here, with the model Mermaid would give (flowchart-subset.ts), much faster.
  const plain = readFlowchartSubset(compacted.text);
  if (plain) return { ok: true, model: plain };
  const outcome = await parser.parse(compacted.text);
  if (outcome.ok) return outcome;
  const line = compacted.lines[outcome.failure.line - 1] ?? compacted.lines.at(-1) ?? 1;
  // Mermaid's own message names its line in the compacted text: drop that, the failure carries ours.
  const message = outcome.failure.message.replace(
    /^Parse error on line \d+:?\s*/,
    'Mermaid cannot parse this line: ',
  );
  return { ok: false, failure: { ...outcome.failure, line, message } };
}

export async function parseMermaidText(
  parser: MermaidParser,
  original: string,
): Promise<MermaidParse> {
  let outcome = await parseKeepingLines(parser, original);
  if (outcome.ok) return { model: outcome.model, text: original, failure: null, repairs: [] };
  const failure = outcome.failure;
  const repairs: Repair[] = [];
  let text = original;
  for (let round = 0; round < MAX_ROUNDS && !outcome.ok; round += 1) {
    const failingLine = outcome.failure.line;
    const candidates = [
      fixHeaderAndComments(text),
      swapArchitectureBrackets(text),
      quoteLabels(text),
      quoteEdgeLabels(text),
      lengthenArrows(text),
      renameEndIds(text, failingLine),
    ];
    const fix = candidates.find((c) => c.repairs.length > 0 && c.text !== text);
    if (!fix) break;
    text = fix.text;
    repairs.push(...fix.repairs);
    outcome = await parseKeepingLines(parser, text);
  }
  const where = { message: failure.message, line: failure.line, column: failure.column };
  if (outcome.ok) return { model: outcome.model, text, failure: where, repairs };
  return { model: null, text: original, failure: where, repairs: [] };
}
