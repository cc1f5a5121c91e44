// A drawing written as a list of bracketed chains ("[LB] --> [Server 1]" line after line) names each part once.
import type { RawGraph } from './raw-graph.ts';

/** A name in brackets (it may hold anything but brackets). */
const BRACKETED = /\[[^\][]+\]/g;
/** An arrow, maybe with a label inside it: `-->`, `->`, `==>`, `-.->`, `--replication-->`. */
const ARROW = /[-=.]+(?:[^-=.<>[\]]+[-=.]+)?>/g;

/**
 * One line of names joined by arrows: `[A] --> [B]`, `[A] --label--> [B] --> [C]`, `User --> DNS --> [LB]`;
 * at least one name in brackets, and no box wall (`|` or `+`) outside them.
 */
function isChain(line: string): boolean {
  if (!line.includes('[')) return false;
  const parts = line.replace(BRACKETED, 'N').split(ARROW);
  return parts.length >= 2 && parts.every((p) => p.trim() !== '' && !/[|+[\]<>]/.test(p));
}

/**
 * When every line of the drawing is such a chain, a name written on several lines is one part: the
 * vertices with the same label merge into the first, and the edges follow. Other drawings are unchanged
 * (two boxes named "Nginx" in a drawing are two web servers).
 */
export function mergeListedNames(graph: RawGraph, text: string): RawGraph {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  if (lines.length < 2 || !lines.every(isChain) || graph.groups.length > 0) return graph;
  // Only names written in brackets merge: a plain word such as "agent" on each line is one agent per line.
  const bracketed = new Set(
    [...text.matchAll(BRACKETED)].map((m) => m[0].slice(1, -1).trim().toLowerCase()),
  );
  const firstOf = new Map<string, string>();
  const alias = new Map<string, string>();
  for (const v of graph.vertices) {
    const key = v.label.trim().toLowerCase();
    if (!bracketed.has(key)) continue;
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
