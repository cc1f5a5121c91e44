// Text measurement without a DOM: a character-width table for a sans-serif font, and word wrapping.

/** Advance widths in em for common characters of a sans-serif face (Arial metrics, rounded up). */
// prettier-ignore
const WIDTHS: Readonly<Record<string, number>> = {
  ' ': 0.28, '!': 0.28, '"': 0.36, '#': 0.56, $: 0.56, '%': 0.89, '&': 0.67, "'": 0.19,
  '(': 0.33, ')': 0.33, '*': 0.39, '+': 0.58, ',': 0.28, '-': 0.33, '.': 0.28, '/': 0.28,
  ':': 0.28, ';': 0.28, '<': 0.58, '=': 0.58, '>': 0.58, '?': 0.56, '@': 1.02, '[': 0.28,
  '\\': 0.28, ']': 0.28, '^': 0.47, _: 0.56, '`': 0.33, '{': 0.33, '|': 0.26, '}': 0.33, '~': 0.58,
  A: 0.67, B: 0.67, C: 0.72, D: 0.72, E: 0.67, F: 0.61, G: 0.78, H: 0.72, I: 0.28, J: 0.5,
  K: 0.67, L: 0.56, M: 0.83, N: 0.72, O: 0.78, P: 0.67, Q: 0.78, R: 0.72, S: 0.67, T: 0.61,
  U: 0.72, V: 0.67, W: 0.94, X: 0.67, Y: 0.67, Z: 0.61,
  a: 0.56, b: 0.56, c: 0.5, d: 0.56, e: 0.56, f: 0.28, g: 0.56, h: 0.56, i: 0.22, j: 0.22,
  k: 0.5, l: 0.22, m: 0.83, n: 0.56, o: 0.56, p: 0.56, q: 0.56, r: 0.33, s: 0.5, t: 0.28,
  u: 0.56, v: 0.5, w: 0.72, x: 0.5, y: 0.5, z: 0.5,
};

const DIGIT = 0.56;
/** Characters outside the table (accents, CJK, symbols): a wide default keeps boxes from being too small. */
const OTHER = 0.72;
/** Fallback faces (DejaVu Sans, Segoe UI, Roboto) run wider than Arial: measure generously. */
const SAFETY = 1.12;

function charWidth(ch: string): number {
  if (ch >= '0' && ch <= '9') return DIGIT;
  const known = WIDTHS[ch];
  if (known !== undefined) return known;
  const base = ch.normalize('NFD').charAt(0);
  return WIDTHS[base] ?? OTHER;
}

/** Estimated width in pixels of one line of text at a font size, optionally bold. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const ch of text) em += charWidth(ch);
  return Math.ceil(em * fontSize * SAFETY * (bold ? 1.07 : 1));
}

/** Splits text into lines no wider than `maxWidth` at word boundaries; a single long word keeps its own line. */
export function wrapText(text: string, fontSize: number, maxWidth: number): string[] {
  const words = text.split(/\s+/).filter((w) => w !== '');
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    const candidate = current === '' ? word : `${current} ${word}`;
    if (current !== '' && textWidth(candidate, fontSize) > maxWidth) {
      lines.push(current);
      current = word;
    } else {
      current = candidate;
    }
  }
  if (current !== '') lines.push(current);
  return lines;
}

/** Width of the widest line. */
export function linesWidth(lines: readonly string[], fontSize: number, bold = false): number {
  return lines.reduce((max, line) => Math.max(max, textWidth(line, fontSize, bold)), 0);
}
