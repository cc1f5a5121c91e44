// Reads a Mermaid C4 diagram (C4Context, C4Container, C4Deployment...) line by line into a RawGraph.
import type { RawEdge, RawGraph, RawGroup, RawVertex } from './raw-graph.ts';
import { cleanLabel } from './label-text.ts';

/** `Name(args)` with an optional `{` opening a boundary; args are read by splitArgs. */
const CALL = /^\s*(\w+)\s*\((.*)\)\s*(\{)?\s*$/;
const RELATION = /^(Bi)?Rel(Index)?(_(U|Up|D|Down|L|Left|R|Right|Back|Neighbor))?$/;
const ELEMENT =
  /^(Person|System|SystemDb|SystemQueue|Container|ContainerDb|ContainerQueue|Component|ComponentDb|ComponentQueue)(_Ext)?$/;
const BOUNDARY = /^(\w+_)?Boundary$|^(Deployment_)?Node(_L|_R)?$/;

/** The arguments of a call, split at commas outside quotes, unquoted; named `$tags=...` ones dropped. */
export function splitArgs(text: string): string[] {
  const args: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (ch === ',' && !quoted) {
      args.push(current.trim());
      current = '';
    } else current += ch;
  }
  args.push(current.trim());
  return args.filter((a) => !a.startsWith('$'));
}

/** "Nginx (Web server; serves static files)": the name, then what the element's other fields say. */
function labelOf(name: string, details: readonly string[]): string {
  const rest = details.map(cleanLabel).filter((d) => d !== '');
  const head = cleanLabel(name);
  return rest.length === 0 ? head : `${head} (${rest.join('; ')})`;
}

/** `firstLine` is the file line of the diagram's first line; the graph's lines are file lines. */
export function c4Graph(text: string, firstLine: number): RawGraph {
  const vertices: RawVertex[] = [];
  const edges: RawEdge[] = [];
  const groups: (RawGroup & { members: string[] })[] = [];
  const open: (RawGroup & { members: string[] })[] = [];
  text.split('\n').forEach((raw, index) => {
    const line = firstLine + index;
    if (/^\s*\}\s*$/.test(raw)) {
      open.pop();
      return;
    }
    const call = CALL.exec(raw);
    if (!call) return;
    const [, name = '', body = '', brace] = call;
    const args = splitArgs(body);
    const parent = open.at(-1);
    if (RELATION.test(name)) {
      const [from = '', to = '', label = '', tech = ''] = name.includes('Index')
        ? args.slice(1)
        : args;
      const back = name.endsWith('_Back');
      edges.push({
        from: back ? to : from,
        to: back ? from : to,
        label: labelOf(label, [tech]),
        bidirectional: name.startsWith('Bi'),
        dotted: false,
        line,
      });
      return;
    }
    const [id = '', label = '', ...details] = args;
    if (id === '') return;
    if (BOUNDARY.test(name) || brace !== undefined) {
      const group = { id, label: labelOf(label || id, details), members: [], line };
      parent?.members.push(id);
      groups.push(group);
      open.push(group);
      return;
    }
    if (!ELEMENT.test(name)) return;
    vertices.push({ id, label: labelOf(label || id, details), line });
    parent?.members.push(id);
  });
  return { kind: 'c4', vertices, edges, groups };
}
