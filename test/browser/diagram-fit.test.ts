// Lesson diagrams fit the content column: scaled down on a desktop, scrolling in a focusable figure on a phone.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MIN_SCALE } from '../../src/engine/render/svg.ts';
import { lessonPages } from '../site/dist.ts';
import { useServedSite } from './site.ts';

const site = useServedSite();

const TASK_2 = '/tasks/2-secured-and-monitored/';
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };
/** Sub-pixel rounding of scaled boxes. */
const SLACK = 1;

interface DiagramBox {
  readonly id: string;
  readonly column: { readonly left: number; readonly right: number };
  readonly figure: { readonly left: number; readonly right: number };
  readonly svg: { readonly left: number; readonly right: number; readonly width: number };
  /** The SVG's natural width (its viewBox). */
  readonly natural: number;
  readonly scrolls: boolean;
  readonly overflowX: string;
  readonly tabindex: string | null;
  readonly name: string;
}

async function measure(page: Page): Promise<{ diagrams: DiagramBox[]; pageOverflow: number }> {
  return page.evaluate(() => {
    const box = (e: Element) => {
      const r = e.getBoundingClientRect();
      return { left: r.left, right: r.right, width: r.width };
    };
    const diagrams = [...document.querySelectorAll('figure.su-diagram')].map((figure) => {
      const svg = figure.querySelector('svg.su-diagram-svg');
      const column = figure.closest('.sl-markdown-content, main');
      if (svg === null || !(svg instanceof SVGSVGElement) || column === null)
        throw new Error('a diagram figure without its SVG or outside the content column');
      const labelledBy = figure.getAttribute('aria-labelledby') ?? '';
      // A figure is named by aria-label, aria-labelledby, or else its figcaption (HTML-AAM).
      const name =
        figure.getAttribute('aria-label') ??
        (labelledBy === ''
          ? (figure.querySelector(':scope > figcaption')?.textContent ?? '')
          : (document.getElementById(labelledBy)?.textContent ?? ''));
      return {
        id: svg.id,
        column: box(column),
        figure: box(figure),
        svg: box(svg),
        natural: svg.viewBox.baseVal.width,
        scrolls: figure.scrollWidth > figure.clientWidth,
        overflowX: getComputedStyle(figure).overflowX,
        tabindex: figure.getAttribute('tabindex'),
        name: name.trim(),
      };
    });
    return {
      diagrams,
      pageOverflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    };
  });
}

async function open(path: string, viewport: { width: number; height: number }) {
  const context = await site.browser().newContext({ viewport });
  const page = await context.newPage();
  const response = await page.goto(`${site.url()}${path}`, { waitUntil: 'load' });
  expect(response?.status()).toBe(200);
  const measured = await measure(page);
  await context.close();
  return measured;
}

describe('diagram width', () => {
  it('task 2 at 1280x800: every diagram scales down inside the content column, no scrolling', async () => {
    const { diagrams, pageOverflow } = await open(TASK_2, DESKTOP);
    expect(diagrams.length).toBeGreaterThan(0);
    expect(pageOverflow).toBeLessThanOrEqual(0);
    for (const d of diagrams) {
      expect(d.svg.left, d.id).toBeGreaterThanOrEqual(d.column.left - SLACK);
      expect(d.svg.right, d.id).toBeLessThanOrEqual(d.column.right + SLACK);
      expect(d.scrolls, d.id).toBe(false);
      // Never drawn larger than its natural size.
      expect(d.svg.width, d.id).toBeLessThanOrEqual(d.natural + SLACK);
    }
  });

  it('task 2 at 390x844: every diagram fits, or scrolls inside a focusable, named figure that fits', async () => {
    const { diagrams, pageOverflow } = await open(TASK_2, PHONE);
    expect(diagrams.length).toBeGreaterThan(0);
    expect(pageOverflow).toBeLessThanOrEqual(0);
    for (const d of diagrams) {
      expect(d.figure.left, d.id).toBeGreaterThanOrEqual(d.column.left - SLACK);
      expect(d.figure.right, d.id).toBeLessThanOrEqual(d.column.right + SLACK);
      // Shrunk no further than DEFAULT_MIN_SCALE: labels stay legible.
      expect(d.svg.width / d.natural, d.id).toBeGreaterThanOrEqual(DEFAULT_MIN_SCALE - 0.01);
      const fits = d.svg.right <= d.column.right + SLACK && d.svg.left >= d.column.left - SLACK;
      if (fits) continue;
      expect(d.scrolls, d.id).toBe(true);
      expect(['auto', 'scroll'], d.id).toContain(d.overflowX);
      expect(d.tabindex, d.id).toBe('0');
      expect(d.name, d.id).not.toBe('');
    }
  });

  it('every lesson page at 1280x800: no diagram wider than the content column', async () => {
    for (const page of lessonPages()) {
      const path = `/${page.replace(/index\.html$/, '')}`;
      const { diagrams, pageOverflow } = await open(path, DESKTOP);
      expect(pageOverflow, path).toBeLessThanOrEqual(0);
      for (const d of diagrams) {
        expect(d.svg.right, `${path} ${d.id}`).toBeLessThanOrEqual(d.column.right + SLACK);
        expect(d.scrolls, `${path} ${d.id}`).toBe(false);
      }
    }
  });

  it('every lesson page at 390x844: the page never scrolls sideways (simulation forms and checker included)', async () => {
    for (const page of lessonPages()) {
      const path = `/${page.replace(/index\.html$/, '')}`;
      const { pageOverflow } = await open(path, PHONE);
      expect(pageOverflow, path).toBeLessThanOrEqual(0);
    }
  });
});
