// Marks the failed parts on the lesson diagram above a simulation: a dashed outline and a word, not colour alone.
const SVG = 'http://www.w3.org/2000/svg';
const DOWN = 'su-sim-down';
const CUT = 'su-sim-cut';
const MARK = 'su-sim-mark';

/** The diagram drawn just before the simulation element (a Mermaid source block may sit in between). */
export function diagramBefore(element: Element): SVGSVGElement | null {
  for (let e = element.previousElementSibling; e !== null; e = e.previousElementSibling) {
    if (e.tagName === 'FIGURE') return e.querySelector('svg');
  }
  return null;
}

function mark(svg: SVGSVGElement, x: number, y: number, text: string): void {
  const t = document.createElementNS(SVG, 'text');
  t.setAttribute('class', MARK);
  t.setAttribute('x', String(x));
  t.setAttribute('y', String(y));
  t.setAttribute('text-anchor', 'middle');
  t.textContent = text;
  svg.append(t);
}

export function clearHighlight(svg: SVGSVGElement): void {
  for (const g of svg.querySelectorAll(`.${DOWN}, .${CUT}`)) g.classList.remove(DOWN, CUT);
  for (const t of svg.querySelectorAll(`.${MARK}`)) t.remove();
}

/** Outlines the nodes `ids` as down and the drawn edge between `link[0]` and `link[1]` as cut. */
export function highlight(
  svg: SVGSVGElement,
  ids: readonly string[],
  link: readonly [string, string] | null,
): void {
  clearHighlight(svg);
  for (const g of svg.querySelectorAll<SVGGElement>('g.su-node')) {
    if (!ids.includes(g.dataset['id'] ?? '')) continue;
    g.classList.add(DOWN);
    const rect = g.querySelector('rect');
    const num = (name: string): number => Number(rect?.getAttribute(name) ?? 0);
    mark(svg, num('x') + num('width') / 2, num('y') - 4, '✕ down');
  }
  if (link === null) return;
  for (const g of svg.querySelectorAll<SVGGElement>('g.su-edge')) {
    const ends = [g.dataset['from'], g.dataset['to']];
    if (!(ends.includes(link[0]) && ends.includes(link[1]))) continue;
    g.classList.add(CUT);
    const path = g.querySelector('path');
    if (path && typeof path.getTotalLength === 'function') {
      const p = path.getPointAtLength(path.getTotalLength() / 2);
      mark(svg, p.x, p.y - 6, '✕ cut');
    }
  }
}
