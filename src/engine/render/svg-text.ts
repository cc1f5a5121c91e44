// Text helpers for the SVG writer: untrusted labels escaped as XML, stable number formatting, line stacks.
import { escapeAttribute, escapeMarkup } from '../report/escape.ts';

/** Label text (untrusted) as XML element content: `<script>` becomes `&lt;script&gt;`. */
export function xmlText(text: string): string {
  return escapeMarkup(text);
}

/** Text for a double-quoted XML attribute. */
export function xmlAttr(text: string): string {
  return escapeAttribute(text);
}

/** A coordinate with at most two decimals and no `-0`, so output is byte-stable. */
export function num(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

/**
 * Lines of text centred on (cx, top + first baseline): one `<text>` with a `<tspan>` per line, so the
 * label reads as one phrase to assistive technology and to a search of the page.
 */
export function textLines(
  lines: readonly string[],
  x: number,
  firstBaseline: number,
  lineHeight: number,
  attrs: string,
): string {
  const spans = lines
    .map(
      (line, i) =>
        `<tspan x="${num(x)}" y="${num(firstBaseline + i * lineHeight)}">${xmlText(line)}</tspan>`,
    )
    .join('');
  return `<text ${attrs}>${spans}</text>`;
}
