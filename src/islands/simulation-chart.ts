// A time-series chart for the lesson simulation: bars or a line over time, labelled axes, a text alternative.
const SVG = 'http://www.w3.org/2000/svg';
const W = 480;
const H = 170;
const LEFT = 52;
const RIGHT = 10;
const TOP = 10;
const BOTTOM = 40;
const PW = W - LEFT - RIGHT;
const PH = H - TOP - BOTTOM;

export interface ChartSpec {
  /** One value per bin (null: no request in that bin). */
  readonly values: readonly (number | null)[];
  readonly bin: number;
  readonly duration: number;
  readonly yMax: number;
  /** Axis title and tick format of the y axis. */
  readonly yTitle: string;
  readonly yTick: (v: number) => string;
  /** The text alternative (the chart is role="img"). */
  readonly label: string;
  readonly kind: 'bars' | 'line';
  /** Bars drawn as "low" (a second style, with a pattern so it does not rely on colour). */
  readonly low?: (v: number) => boolean;
  readonly threshold?: number;
}

function el<K extends keyof SVGElementTagNameMap>(
  name: K,
  attrs: Record<string, string | number>,
  text?: string,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

const x = (t: number, duration: number): number => LEFT + (t / duration) * PW;
const y = (v: number, max: number): number => TOP + PH - (Math.min(v, max) / max) * PH;

function axes(svg: SVGSVGElement, spec: ChartSpec): void {
  const base = TOP + PH;
  svg.append(el('line', { class: 'su-sim-axis', x1: LEFT, y1: base, x2: LEFT + PW, y2: base }));
  svg.append(el('line', { class: 'su-sim-axis', x1: LEFT, y1: TOP, x2: LEFT, y2: base }));
  const step = spec.duration / 4;
  for (let t = 0; t <= spec.duration + 1e-9; t += step) {
    const cx = x(t, spec.duration);
    svg.append(el('line', { class: 'su-sim-axis', x1: cx, y1: base, x2: cx, y2: base + 4 }));
    const anchor = t === 0 ? 'start' : t >= spec.duration ? 'end' : 'middle';
    svg.append(el('text', { x: cx, y: base + 15, 'text-anchor': anchor }, String(Math.round(t))));
  }
  svg.append(el('text', { x: LEFT + PW / 2, y: H - 4, 'text-anchor': 'middle' }, 'time (s)'));
  for (const v of [0, spec.yMax / 2, spec.yMax]) {
    const cy = y(v, spec.yMax);
    svg.append(el('line', { class: 'su-sim-grid', x1: LEFT, y1: cy, x2: LEFT + PW, y2: cy }));
    svg.append(el('text', { x: LEFT - 4, y: cy + 4, 'text-anchor': 'end' }, spec.yTick(v)));
  }
  const mid = TOP + PH / 2;
  svg.append(
    el(
      'text',
      { x: 12, y: mid, 'text-anchor': 'middle', transform: `rotate(-90 12 ${mid})` },
      spec.yTitle,
    ),
  );
}

function bars(svg: SVGSVGElement, spec: ChartSpec): void {
  const width = (spec.bin / spec.duration) * PW;
  spec.values.forEach((v, i) => {
    if (v === null || i * spec.bin >= spec.duration) return;
    const top = y(v, spec.yMax);
    const low = spec.low?.(v) === true;
    svg.append(
      el('rect', {
        class: low ? 'su-sim-bar su-sim-bar--low' : 'su-sim-bar',
        x: x(i * spec.bin, spec.duration) + 0.5,
        y: Math.min(top, TOP + PH - 1),
        width: Math.max(width - 1, 0.5),
        height: Math.max(TOP + PH - top, 1),
      }),
    );
  });
}

function line(svg: SVGSVGElement, spec: ChartSpec): void {
  const points = spec.values
    .map((v, i) =>
      v === null ? '' : `${x((i + 0.5) * spec.bin, spec.duration)},${y(v, spec.yMax)}`,
    )
    .filter((p) => p !== '');
  svg.append(el('polyline', { class: 'su-sim-line', points: points.join(' ') }));
}

export function timeChart(spec: ChartSpec): SVGSVGElement {
  const svg = el('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': spec.label });
  axes(svg, spec);
  if (spec.kind === 'bars') bars(svg, spec);
  else line(svg, spec);
  if (spec.threshold !== undefined) {
    const cy = y(spec.threshold, spec.yMax);
    svg.append(el('line', { class: 'su-sim-threshold', x1: LEFT, y1: cy, x2: LEFT + PW, y2: cy }));
    svg.append(el('text', { x: LEFT + PW - 2, y: cy - 4, 'text-anchor': 'end' }, 'threshold'));
  }
  return svg;
}
