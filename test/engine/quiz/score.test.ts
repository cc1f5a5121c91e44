// Grading an answer as the exact set of right choices, and a quiz's score from saved answers.
import { describe, expect, it } from 'vitest';
import { describeScore, isRight, quizScore } from '../../../src/engine/quiz/score.ts';

describe('isRight', () => {
  const single = [false, true, false];
  const multiple = [true, false, true, true];

  it('accepts the one right choice of a single-choice question and nothing else', () => {
    expect(isRight([1], single)).toBe(true);
    expect(isRight([0], single)).toBe(false);
    expect(isRight([], single)).toBe(false);
  });

  it('wants every right choice and no wrong one in a multiple-choice question, in any order', () => {
    expect(isRight([3, 0, 2], multiple)).toBe(true);
    expect(isRight([0, 2], multiple)).toBe(false);
    expect(isRight([0, 1, 2, 3], multiple)).toBe(false);
  });

  it('refuses repeated or out-of-range picks', () => {
    expect(isRight([1, 1], single)).toBe(false);
    expect(isRight([1, 7], single)).toBe(false);
  });
});

describe('quizScore', () => {
  it('counts answered and right questions, ignoring indices the quiz does not have', () => {
    const score = quizScore(5, {
      '0': { right: true },
      '2': { right: false },
      '4': { right: true },
      '9': { right: true },
    });
    expect(score).toEqual({ answered: 3, right: 2, total: 5 });
    expect(describeScore(score)).toBe('2 of 5 right (3 of 5 answered)');
  });

  it('is zero for a quiz not started', () => {
    expect(quizScore(6, {})).toEqual({ answered: 0, right: 0, total: 6 });
  });
});
