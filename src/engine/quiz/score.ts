// Grading one answer (exact set of right choices) and summing a quiz's score from saved answers.

/** Right only when the picked set equals the set of correct choices (indices into the data's choices). */
export function isRight(picked: readonly number[], correct: readonly boolean[]): boolean {
  const set = new Set(picked);
  if (set.size !== picked.length) return false;
  return correct.every((c, i) => c === set.has(i)) && picked.every((i) => i < correct.length);
}

export interface QuizScore {
  readonly answered: number;
  readonly right: number;
  readonly total: number;
}

/** Score of one quiz from its saved answers (question index -> right?), ignoring indices past the quiz's length. */
export function quizScore(
  total: number,
  answers: Readonly<Record<string, { right: boolean }>>,
): QuizScore {
  let answered = 0;
  let right = 0;
  for (const [key, answer] of Object.entries(answers)) {
    const index = Number(key);
    if (!Number.isInteger(index) || index < 0 || index >= total) continue;
    answered += 1;
    if (answer.right) right += 1;
  }
  return { answered, right, total };
}

/** "3 of 5 right (5 answered)" */
export function describeScore(score: QuizScore): string {
  return `${score.right} of ${score.total} right (${score.answered} of ${score.total} answered)`;
}
