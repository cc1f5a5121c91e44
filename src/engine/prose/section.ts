// A prose section of a submission, as the ingest splitter hands it to the prose grader.

export interface Section {
  /** Heading text without the `#`s; '' for the prose before the first heading. */
  readonly heading: string;
  /** 1 to 6 for headings; SOFT_HEADING_LEVEL for a bold line; 0 for the prose before the first heading. */
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
