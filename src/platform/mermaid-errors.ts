// Turns whatever Mermaid throws (jison hash errors, langium parser errors, unknown types) into a MermaidFailure.
import type { MermaidFailure } from '../engine/ingest/mermaid-port.ts';

interface JisonHash {
  text?: string;
  token?: string;
  loc?: { first_line: number; first_column: number; last_line: number; last_column: number };
  expected?: string[];
}

function jisonFailure(error: Error, hash: JisonHash): MermaidFailure {
  const line = hash.loc?.last_line ?? hash.loc?.first_line ?? 1;
  const column = (hash.loc?.last_column ?? hash.loc?.first_column ?? 0) + 1;
  const expecting = hash.expected?.slice(0, 6).map((e) => e.replace(/'/g, '')) ?? [];
  const got = hash.token === undefined ? '' : ` near '${hash.text ?? hash.token}'`;
  const head = (error.message.split('\n')[0] ?? 'Parse error').replace(/:\s*$/, '');
  const detail = expecting.length > 0 ? `: expecting ${expecting.join(', ')}${got}` : got;
  return {
    message: `${head}${detail}`,
    line: Math.max(1, line),
    column,
    token: hash.token ?? null,
  };
}

/** Langium (architecture-beta) errors say "line N column M" (or "N:M") in their text. */
function textualFailure(message: string): MermaidFailure {
  const m =
    /line[:\s]+(\d+)[,\s]+col(?:umn)?[:\s]+(\d+)/i.exec(message) ?? /\b(\d+):(\d+)\b/.exec(message);
  const first = message.split('\n').find((l) => l.trim() !== '') ?? 'Parse error';
  return {
    message: first.trim(),
    line: m ? Math.max(1, Number(m[1])) : 1,
    column: m ? Math.max(1, Number(m[2])) : 1,
    token: null,
  };
}

export function toFailure(error: unknown): MermaidFailure {
  if (error instanceof Error) {
    const hash = (error as Error & { hash?: JisonHash }).hash;
    if (hash && typeof hash === 'object') return jisonFailure(error, hash);
    if (error.name === 'UnknownDiagramError') {
      return { message: 'Not a diagram type Mermaid knows', line: 1, column: 1, token: null };
    }
    return textualFailure(error.message);
  }
  return textualFailure(String(error));
}
