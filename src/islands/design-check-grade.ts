// The design checker's grading, platform-free: the learner's text read by ingest with an injected Mermaid parser,
// graded by the engine against the task's rubric, exactly as `scaleup check` grades a file.
import { gradeIngested, type Graded } from '../engine/grade/grade.ts';
import { ingest, type IngestResult } from '../engine/ingest/ingest.ts';
import type { MermaidParser } from '../engine/ingest/mermaid-port.ts';
import type { DesignCheckData } from './design-check-data.ts';

export interface Checked {
  readonly ingest: IngestResult;
  readonly graded: Graded;
}

/** A byte-order mark is dropped as the CLI drops it when it reads a file. */
export async function checkDesign(
  text: string,
  data: DesignCheckData,
  parser: MermaidParser,
): Promise<Checked> {
  const read = await ingest(text.replace(/^\uFEFF/, ''), {
    mermaid: parser,
    vocabulary: data.vocabulary,
  });
  const graded = gradeIngested(read, data.rubric, {
    vocabulary: data.vocabulary,
    concepts: data.concepts,
  });
  return { ingest: read, graded };
}
