// Parses one Mermaid block through the MermaidParser port, trying the common repairs when it is rejected.
import type { MermaidModel, MermaidParser } from './mermaid-port.ts';
import { quoteLabels, renameEndIds, type Repair } from './mermaid-repair.ts';

export interface MermaidParse {
  readonly model: MermaidModel | null;
  /** The text that was finally read (after repairs). */
  readonly text: string;
  /** The first rejection, with diagram-relative line and column, if any. */
  readonly failure: { readonly message: string; readonly line: number; readonly column: number } | null;
  readonly repairs: readonly Repair[];
}

const MAX_ROUNDS = 4;

export async function parseMermaidText(parser: MermaidParser, original: string): Promise<MermaidParse> {
  let outcome = await parser.parse(original);
  if (outcome.ok) return { model: outcome.model, text: original, failure: null, repairs: [] };
  const failure = outcome.failure;
  const repairs: Repair[] = [];
  let text = original;
  for (let round = 0; round < MAX_ROUNDS && !outcome.ok; round += 1) {
    const failingLine = outcome.failure.line;
    const candidates = [quoteLabels(text), renameEndIds(text, failingLine)];
    const fix = candidates.find((c) => c.repairs.length > 0 && c.text !== text);
    if (!fix) break;
    text = fix.text;
    repairs.push(...fix.repairs);
    outcome = await parser.parse(text);
  }
  const where = { message: failure.message, line: failure.line, column: failure.column };
  if (outcome.ok) return { model: outcome.model, text, failure: where, repairs };
  return { model: null, text: original, failure: where, repairs: [] };
}
