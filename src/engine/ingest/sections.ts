// Cuts a submission's prose into sections by heading (Markdown `#`, HTML `<h2>`, a bold line), code and diagrams left out.
import { LIST_MARKER } from '../text/list-marker.ts';
import { SOFT_HEADING_LEVEL, SOFT_LEAD_LEVEL, isSoft } from '../prose/section.ts';

export interface Section {
  /** Heading text as written (closing `#`s and HTML tags removed); '' for the prose before any heading. */
  readonly heading: string;
  /**
   * 1 to 6 for Markdown and HTML headings; 7 for a line that is bold alone (`**Firewalls:**`) and 8 for one
   * led by a bold label and a colon (`**Firewalls:** they filter...`), which learners write as headings and
   * which sit under every real heading; 0 for the prose before the first heading.
   */
  readonly level: number;
  /** 1-based line of the heading (of the first prose line for level 0). */
  readonly line: number;
  /** The prose from the heading to the next heading of any level, without code blocks or diagrams (blank runs kept to one line). */
  readonly text: string;
  /** The 1-based file line of each line of `text`, so evidence can point at the very sentence. */
  readonly lines: readonly number[];
}

/** A prose line of the file: its 1-based number and its text. */
export interface ProseLine {
  readonly line: number;
  readonly text: string;
}

const ATX = /^\s{0,3}(#{1,6})(?:[ \t]+(.*?))?[ \t]*$/;
const HTML_HEADING = /^\s*<h([1-6])(?:\s[^>]*)?>(.*?)<\/h\1>\s*$/i;
// A line holding only bold text (perhaps as a bullet, perhaps with a colon): `**Why HTTPS?**`, `- __Firewalls__:`.
const BOLD_LINE = /^\s{0,3}(?:[-*+]\s+)?(\*\*|__)([^*_\n]{2,80}?)\1\s*:?\s*$/;
// A bold label and a colon leading a line of text: `- **SPOF:** the load balancer...`, `**Pare-feu** : ...`.
const BOLD_LEAD =
  /^\s{0,3}(?:[-*+]\s+|\d{1,2}[.)]\s+)?(\*\*|__)([^*_\n]{2,200}?)(?:\s*:\s*\1|\1\s*:)\s*\S/;
/** A bold line longer than this is an emphasised sentence, not a heading. */
const MAX_BOLD_HEADING_WORDS = 12;
/** A bold label closed by a colon may be longer: learners paste the task's question there. */
const MAX_BOLD_LEAD_WORDS = 24;

/** A line that is a short question standing alone (no list marker, no Markdown): "Why HTTPS?". */
const QUESTION_LINE = /^\s{0,3}[\p{L}\d¿][^\n]{0,160}\?\s*$/u;
const MAX_QUESTION_WORDS = 20;

/** A question on a line of its own after a blank line heads the answer under it, as a soft heading would. */
function questionHeading(
  line: string,
  afterBlank: boolean,
): { level: number; text: string } | null {
  if (!afterBlank || LIST_MARKER.test(line) || !QUESTION_LINE.test(line)) return null;
  const text = line.trim();
  return text.split(/\s+/).length <= MAX_QUESTION_WORDS ? { level: SOFT_LEAD_LEVEL, text } : null;
}

/** The level and text of a heading line (a bold line is one at level 7, a bold label at 8), or null. `#Note` (no space) is not a heading. */
export function headingOf(line: string): { level: number; text: string } | null {
  const atx = ATX.exec(line);
  if (atx) {
    const text = (atx[2] ?? '').replace(/(^|[ \t]+)#+$/, '').trim();
    return { level: (atx[1] ?? '').length, text };
  }
  const html = HTML_HEADING.exec(line);
  if (html) return { level: Number(html[1]), text: (html[2] ?? '').replace(/<[^>]*>/g, '').trim() };
  const alone = BOLD_LINE.exec(line);
  const bold = alone ?? BOLD_LEAD.exec(line);
  const text = (bold?.[2] ?? '').trim().replace(/\s*:$/, '');
  if (bold && text.split(/\s+/).length <= (alone ? MAX_BOLD_HEADING_WORDS : MAX_BOLD_LEAD_WORDS))
    return { level: alone ? SOFT_HEADING_LEVEL : SOFT_LEAD_LEVEL, text };
  return null;
}

function joinText(lines: readonly ProseLine[]): { text: string; lines: number[] } {
  let start = 0;
  let end = lines.length;
  while (start < end && (lines[start]?.text ?? '').trim() === '') start += 1;
  while (end > start && (lines[end - 1]?.text ?? '').trim() === '') end -= 1;
  const kept = lines
    .slice(start, end)
    .filter((l, i, all) => l.text.trim() !== '' || (all[i - 1]?.text ?? '').trim() !== '');
  return { text: kept.map((l) => l.text).join('\n'), lines: kept.map((l) => l.line) };
}

/** Sections of the prose lines, in file order. A file without headings gives one level-0 section. */
export function buildSections(prose: readonly ProseLine[]): Section[] {
  const sections: Section[] = [];
  let current: { heading: string; level: number; line: number; body: ProseLine[] } | null = null;
  const lead: ProseLine[] = [];
  const flush = (): void => {
    if (current)
      sections.push({
        heading: current.heading,
        level: current.level,
        line: current.line,
        ...joinText(current.body),
      });
  };
  let previous: ProseLine | undefined;
  for (const p of prose) {
    const afterBlank =
      previous === undefined || previous.line !== p.line - 1 || previous.text.trim() === '';
    previous = p;
    const h = headingOf(p.text) ?? questionHeading(p.text, afterBlank);
    if (h) {
      flush();
      // A bold line stays prose too: it may be the very sentence a criterion asks for.
      const body = isSoft(h.level) ? [p] : [];
      current = { heading: h.text, level: h.level, line: p.line, body };
    } else if (current) {
      current.body.push(p);
    } else {
      lead.push(p);
    }
  }
  flush();
  const leadText = joinText(lead);
  // Soft headings at the top still sit in the prose before the first real heading.
  if (sections.length === 0 || leadText.text !== '' || isSoft(sections[0]?.level ?? 0)) {
    const first = lead.find((p) => p.text.trim() !== '')?.line ?? 1;
    sections.unshift({ heading: '', level: 0, line: first, ...leadText });
  }
  return sections;
}
