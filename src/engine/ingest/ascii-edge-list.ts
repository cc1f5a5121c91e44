// A drawing written as a list of bracketed chains ("[LB] --> [Server 1]" line after line) names each part once.
import type { RawGraph } from './raw-graph.ts';

/** One line of names in brackets joined by arrows: `[A] --> [B]`, `[A] --label--> [B] --> [C]`. */
const CHAIN = /^\s*\[[^\][]+\](?:\s*[^\][]*?[-=.]>\s*\[[^\][]+\])+\s*$/;

/**
 * When every line of the drawing is such a chain, a name written on several lines is one part: the
 * vertices with the same label merge into the first, and the edges follow. Other drawings are unchanged
 * (two boxes named "Nginx" in a drawing are two web servers).
 */
export function mergeListedNames(graph: RawGraph, text: string): RawGraph {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  if (lines.length < 2 || !lines.every((l) => CHAIN.test(l)) || graph.groups.length > 0)
    return graph;
  const firstOf = new Map<string, string>();
  const alias = new Map<string, string>();
  for (const v of graph.vertices) {
    const key = v.label.trim().toLowerCase();
    const first = firstOf.get(key);
    if (first === undefined) firstOf.set(key, v.id);
    else alias.set(v.id, first);
  }
  if (alias.size === 0) return graph;
  const to = (id: string): string => alias.get(id) ?? id;
  const seen = new Set<string>();
  const edges = graph.edges
    .map((e) => ({ ...e, from: to(e.from), to: to(e.to) }))
    .filter((e) => {
      const key = `${e.from}>${e.to}>${e.label}`;
      if (e.from === e.to || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  return { ...graph, vertices: graph.vertices.filter((v) => !alias.has(v.id)), edges };
}
