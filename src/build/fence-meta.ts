// Reads a Mermaid fence's meta string: ```mermaid title="Task 1: the distributed stack" source.

export interface FenceMeta {
  /** Shown as the figure's caption and used as the diagram's accessible name. */
  readonly title: string | null;
  /** `source` in the meta: show the Mermaid text under the drawing, in a collapsed <details>. */
  readonly showSource: boolean;
  /** `simulate` in the meta: a live simulation of the design follows the drawing. */
  readonly simulate: boolean;
}

const TITLE = /(?:^|\s)title=(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|(\S+))/;

export function parseFenceMeta(meta: string | null | undefined): FenceMeta {
  const text = meta ?? '';
  const match = TITLE.exec(text);
  const raw = match?.[1] ?? match?.[2] ?? match?.[3] ?? null;
  const title = raw === null ? null : raw.replace(/\\(.)/g, '$1').trim();
  const rest = match ? text.replace(match[0], ' ') : text;
  return {
    title: title === '' ? null : title,
    showSource: /(?:^|\s)source(?:\s|$)/.test(rest),
    simulate: /(?:^|\s)simulate(?:\s|$)/.test(rest),
  };
}
