// The learner id and the saved quiz progress in localStorage; unreadable or old data is ignored, never thrown.
import { emptyProgress, readProgressText } from '../engine/quiz/progress-schema.ts';
import type { Progress } from '../engine/quiz/progress-schema.ts';

export const LEARNER_KEY = 'scaleup.learner';
export const PROGRESS_KEY = 'scaleup.quiz.v1';

function getItem(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function setItem(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Storage full or disabled: the quiz still works for this visit.
  }
}

function newLearnerId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The learner id made once and kept; it seeds the order of choices. */
export function learnerId(): string {
  const saved = getItem(LEARNER_KEY);
  if (saved !== null && /^[\w-]{8,100}$/.test(saved)) return saved;
  const id = newLearnerId();
  setItem(LEARNER_KEY, id);
  return id;
}

/** The saved progress of this learner, or an empty one when nothing valid is saved. */
export function loadProgress(): Progress {
  const learner = learnerId();
  const saved = readProgressText(getItem(PROGRESS_KEY));
  return saved?.learner === learner ? saved : emptyProgress(learner);
}

export function saveProgress(progress: Progress): void {
  setItem(LEARNER_KEY, progress.learner);
  setItem(PROGRESS_KEY, JSON.stringify(progress));
}
