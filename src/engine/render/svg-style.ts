// The stylesheet inside every diagram: custom properties per theme, following Starlight's theme switch.
import { NODE_KINDS } from '../topology/model.ts';
import { DARK, LIGHT, type Theme } from './palette.ts';

const ROOT = '.su-diagram-svg';

function variables(theme: Theme): string {
  const kinds = NODE_KINDS.map((k) => `--su-k-${k}:${theme.kinds[k]};`).join('');
  return (
    `--su-bg:${theme.bg};--su-text:${theme.text};--su-muted:${theme.muted};--su-node-bg:${theme.nodeBg};` +
    `--su-group-bg:${theme.groupBg};--su-group-border:${theme.groupBorder};--su-enc:${theme.encrypted};` +
    `--su-plain:${theme.plaintext};--su-unspec:${theme.unspecified};${kinds}`
  );
}

const RULES = [
  // Scaled to the column (never past its natural size); too wide to stay legible, it scrolls in its figure.
  `.su-diagram{overflow-x:auto;max-width:100%}`,
  `.su-diagram>${ROOT}{min-width:var(--su-min-width,0)}`,
  `.su-diagram>figcaption{font-size:.875em;margin-top:.5em}`,
  `${ROOT}{max-width:100%;height:auto;font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Helvetica Neue',Arial,sans-serif}`,
  `${ROOT} .su-bg{fill:var(--su-bg)}`,
  `${ROOT} .su-node>rect{fill:var(--su-node-bg);stroke:var(--su-kind);stroke-width:1.5}`,
  `${ROOT} .su-node>text,${ROOT} .su-participant>text{fill:var(--su-text);font-size:13px}`,
  `${ROOT} .su-icon path{fill:none;stroke:var(--su-kind);stroke-width:1.8;stroke-linecap:round;stroke-linejoin:round}`,
  `${ROOT} .su-group>rect{fill:var(--su-group-bg);stroke:var(--su-group-border);stroke-width:1}`,
  `${ROOT} .su-group-title{fill:var(--su-muted);font-size:12px;font-weight:600;paint-order:stroke;stroke:var(--su-group-bg);stroke-width:5px;stroke-linejoin:round}`,
  `${ROOT} .su-edge>path,${ROOT} .su-message>path{fill:none;stroke:var(--su-line);stroke-width:1.5}`,
  `${ROOT} .su-encrypted{--su-line:var(--su-enc)}`,
  `${ROOT} .su-plaintext{--su-line:var(--su-plain)}`,
  `${ROOT} .su-unspecified{--su-line:var(--su-unspec)}`,
  `${ROOT} .su-edge.su-encrypted>path{stroke-width:2.25}`,
  `${ROOT} .su-edge.su-plaintext>path,${ROOT} .su-legend .su-plaintext>path,${ROOT} .su-dashed>path{stroke-dasharray:7 4}`,
  `${ROOT} .su-edge.su-dotted>path,${ROOT} .su-legend .su-dotted>path{stroke-dasharray:1.5 4.5;stroke-linecap:round}`,
  `${ROOT} .su-edge.su-thick>path{stroke-width:3.5}`,
  `${ROOT} .su-arrowhead{fill:var(--su-line)}`,
  `${ROOT} .su-label>rect{fill:var(--su-bg);opacity:.94}`,
  `${ROOT} .su-label>text,${ROOT} .su-legend text{fill:var(--su-muted);font-size:12px}`,
  `${ROOT} .su-legend path{fill:none;stroke:var(--su-line);stroke-width:2}`,
  `${ROOT} .su-message text{paint-order:stroke;stroke:var(--su-bg);stroke-width:4px;stroke-linejoin:round}`,
  `${ROOT} .su-lifeline{stroke:var(--su-group-border);stroke-width:1}`,
  ...NODE_KINDS.map((k) => `${ROOT} .su-kind-${k}{--su-kind:var(--su-k-${k})}`),
];

/** In forced-colours mode (Windows high contrast) use the system colours throughout. */
const FORCED =
  `@media (forced-colors:active){${ROOT}{--su-bg:Canvas;--su-text:CanvasText;--su-muted:CanvasText;` +
  `--su-node-bg:Canvas;--su-group-bg:Canvas;--su-group-border:CanvasText;--su-enc:CanvasText;` +
  `--su-plain:CanvasText;--su-unspec:CanvasText}${ROOT} .su-node,${ROOT} .su-participant{--su-kind:CanvasText}}`;

/**
 * The `<style>` body. Light by default; dark when Starlight's switch says so (`:root[data-theme='dark']`),
 * or when the system prefers dark and the page has not chosen light (this also covers the SVG opened alone).
 */
export function diagramStyle(): string {
  const dark = variables(DARK);
  return [
    `${ROOT}{${variables(LIGHT)}}`,
    `:root[data-theme='dark'] ${ROOT}{${dark}}`,
    `@media (prefers-color-scheme:dark){:root:not([data-theme='light']) ${ROOT},svg${ROOT}:root{${dark}}}`,
    ...RULES,
    FORCED,
  ].join('\n');
}
