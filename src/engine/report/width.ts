// Display width of terminal text (wide East Asian and emoji take two cells), padding and truncation.

const ZERO_WIDTH = /^[\p{Mn}\p{Me}\p{Cf}]$/u;
const EMOJI = /^\p{Emoji_Presentation}$/u;

/** Code point ranges a terminal draws two cells wide (East Asian Wide and Fullwidth). */
const WIDE: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x20000, 0x2fffd],
  [0x30000, 0x3fffd],
];

/** Cells one character (code point) takes. */
export function charWidth(char: string): number {
  if (ZERO_WIDTH.test(char)) return 0;
  if (EMOJI.test(char)) return 2;
  const cp = char.codePointAt(0) ?? 0;
  return WIDE.some(([lo, hi]) => cp >= lo && cp <= hi) ? 2 : 1;
}

/** Cells a single-line string takes. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += charWidth(char);
  return width;
}

/** Keeps the end of `text` (where a path's file name is), with `ellipsis` in front, within `max` cells. */
export function truncateStart(text: string, max: number, ellipsis = '…'): string {
  if (displayWidth(text) <= max) return text;
  const room = max - displayWidth(ellipsis);
  const chars = Array.from(text);
  let kept = '';
  let width = 0;
  for (let i = chars.length - 1; i >= 0; i--) {
    const char = chars[i] ?? '';
    const w = charWidth(char);
    if (width + w > room) break;
    kept = char + kept;
    width += w;
  }
  return ellipsis + kept;
}

/** Pads `text` with spaces to `width` cells, on the right (left-aligned) or on the left. */
export function pad(text: string, width: number, align: 'left' | 'right' = 'left'): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return align === 'left' ? text + fill : fill + text;
}
