// A prose section of a submission, as the ingest splitter hands it to the prose grader.

export interface Section {
  /** Heading text without the `#`s; '' for the prose before the first heading. */
  readonly heading: string;
  /**
   * 1 to 6 for headings; SOFT_HEADING_LEVEL for a bold line, SOFT_LEAD_LEVEL for a line led by a bold label;
   * 0 for the prose before the first heading.
   */
  readonly level: number;
  /** 1-based file line of the heading (of the first prose line for level 0). */
  readonly line: number;
  /** The prose under the heading, code blocks and diagrams removed. */
  readonly text: string;
  /** Optional 1-based file line of each line of `text`, when the splitter knows them. */
  readonly lines?: readonly number[];
}

/**
 * The level of a soft heading: a line in bold alone (`**Why HTTPS?**`), which learners write as a heading.
 * It sits under every real heading, and the region of the section above it runs on through it unbroken.
 */
export const SOFT_HEADING_LEVEL = 7;

/**
 * The level of a line led by a bold label and a colon (`- **SPOF:** the load balancer`): a soft heading under
 * the bold lines too, so `**Why it is added**` followed by such bullets still holds them all.
 */
export const SOFT_LEAD_LEVEL = 8;

/** Whether a level is a soft heading's (a bold line or a bold label). */
export function isSoft(level: number): boolean {
  return level === SOFT_HEADING_LEVEL || level === SOFT_LEAD_LEVEL;
}
