// The result of grading: a verdict per criterion with evidence, findings beyond the rubric, a score.

export type Verdict = 'pass' | 'fail' | 'review';

export interface Evidence {
  /** 1-based lines of the submission that the verdict rests on. */
  readonly lines: readonly number[];
  /** Ids of the nodes involved (diagram criteria). */
  readonly nodes: readonly string[];
  /** Short quotes from the prose (explanation criteria). */
  readonly quotes: readonly string[];
}

export interface CriterionResult {
  readonly id: string;
  readonly title: string;
  readonly kind: 'diagram' | 'prose';
  readonly verdict: Verdict;
  /** Points earned: maxPoints on pass, 0 on fail or review. */
  readonly points: number;
  readonly maxPoints: number;
  /** What the learner reads: the rubric's feedback for this verdict, with the rule's specifics. */
  readonly message: string;
  readonly evidence: Evidence;
}

export interface Finding {
  /** single-point-of-failure, unprotected-database, plaintext-after-tls, replica-without-replication, orphan-node, idle-monitoring-agent */
  readonly id: string;
  readonly message: string;
  readonly evidence: Evidence;
}

export type SubmissionStatus = 'graded' | 'not-gradable';

export interface SubmissionResult {
  /** Path as given or discovered, relative to the graded root where possible. */
  readonly path: string;
  /** Rubric id (e.g. "2-secured_and_monitored_web_infrastructure") or null when not gradable. */
  readonly task: string | null;
  readonly status: SubmissionStatus;
  /** Why it could not be graded (binary, too large, ...), or null. */
  readonly reason: string | null;
  readonly score: number;
  readonly maxScore: number;
  readonly criteria: readonly CriterionResult[];
  readonly findings: readonly Finding[];
}

export interface GradeReport {
  readonly engine: string;
  /** Hash of each rubric used, by rubric id. */
  readonly rubrics: Readonly<Record<string, string>>;
  readonly submissions: readonly SubmissionResult[];
}
