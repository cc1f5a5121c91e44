// The JSON shape that `scaleup inspect --json` prints: what the engine read, with lines.
import type { IngestResult } from '../engine/ingest/ingest.ts';

export function inspectJson(result: IngestResult): unknown {
  return {
    diagrams: result.diagrams,
    repairs: result.repairs,
    nodes: result.nodes.map((n) => ({
      id: n.id,
      label: n.label,
      kind: n.kind,
      role: n.role,
      host: n.host,
      line: n.line,
      ...(n.members === undefined ? {} : { members: n.members }),
    })),
    edges: result.edges.map((e) => ({
      from: e.from,
      to: e.to,
      label: e.label,
      protocol: e.protocol,
      encrypted: e.encrypted,
      line: e.line,
    })),
    groups: result.groups,
    hosts: result.hosts,
    images: result.images,
    sections: result.sections.map((s) => ({
      heading: s.heading,
      level: s.level,
      line: s.line,
      words: wordCount(s.text),
      text: s.text,
    })),
    errors: result.errors.map((e) => e.toJSON()),
  };
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => w !== '').length;
}
