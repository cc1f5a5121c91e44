// Articulation points of an undirected graph (Tarjan): the nodes whose loss disconnects it.

export function articulationPoints(
  ids: readonly string[],
  neighbours: (id: string) => readonly string[],
): Set<string> {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const result = new Set<string>();
  let counter = 0;
  const visit = (root: string): void => {
    // Iterative DFS to stay safe on long chains.
    const stack: { id: string; parent: string | null; next: number; children: number }[] = [];
    index.set(root, counter);
    low.set(root, counter);
    counter += 1;
    stack.push({ id: root, parent: null, next: 0, children: 0 });
    while (stack.length > 0) {
      const frame = stack[stack.length - 1];
      if (!frame) break;
      const adj = neighbours(frame.id);
      if (frame.next < adj.length) {
        const to = adj[frame.next] ?? '';
        frame.next += 1;
        if (!index.has(to)) {
          index.set(to, counter);
          low.set(to, counter);
          counter += 1;
          frame.children += 1;
          stack.push({ id: to, parent: frame.id, next: 0, children: 0 });
        } else if (to !== frame.parent) {
          low.set(frame.id, Math.min(low.get(frame.id) ?? 0, index.get(to) ?? 0));
        }
        continue;
      }
      stack.pop();
      const parent = stack[stack.length - 1];
      if (!parent) {
        if (frame.children > 1) result.add(frame.id);
        continue;
      }
      low.set(parent.id, Math.min(low.get(parent.id) ?? 0, low.get(frame.id) ?? 0));
      if (parent.parent !== null && (low.get(frame.id) ?? 0) >= (index.get(parent.id) ?? 0))
        result.add(parent.id);
    }
  };
  for (const id of ids) if (!index.has(id)) visit(id);
  return result;
}
