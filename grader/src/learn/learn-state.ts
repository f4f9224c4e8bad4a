import type { Exercise, Stage } from '../catalog/curriculum.ts';
import type { ExerciseOutcome, ExerciseStatus } from '../run/classify.ts';

export type Mode = 'main' | 'list' | 'confirm-reset';

/** Everything the learn screen shows; changed only through the functions below. */
export interface LearnState {
  stages: Stage[];
  order: Exercise[];
  status: Map<string, ExerciseStatus>;
  current: string | undefined;
  /** The last grading of the current exercise, with its failures. */
  result?: ExerciseOutcome;
  hintsShown: Map<string, number>;
  mode: Mode;
  listCursor: number;
  busy: boolean;
  note?: string;
}

export function initialState(stages: Stage[], outcomes: ExerciseOutcome[], hints: Map<string, number>): LearnState {
  const order = stages.flatMap((s) => s.exercises);
  const status = new Map(outcomes.map((o) => [`${o.stage}/${o.exercise}`, o.status]));
  const current = order.find((e) => status.get(e.key) !== 'passed')?.key;
  const result = outcomes.find((o) => `${o.stage}/${o.exercise}` === current);
  return { stages, order, status, current, ...(result ? { result } : {}), hintsShown: hints, mode: 'main', listCursor: Math.max(0, order.findIndex((e) => e.key === current)), busy: false };
}

export const currentExercise = (s: LearnState) => s.order.find((e) => e.key === s.current);

/** Records a grading; when the current exercise newly passes, moves on to the next one not passed. */
export function applyResult(s: LearnState, o: ExerciseOutcome): void {
  const key = `${o.stage}/${o.exercise}`;
  const before = s.status.get(key);
  s.status.set(key, o.status);
  if (key !== s.current) return;
  s.result = o;
  if (o.status === 'passed' && before !== 'passed') {
    const next = nextNotPassed(s, key);
    s.note = next ? `✔ ${key} passed. On to ${next}.` : `✔ ${key} passed. That was the last exercise: well done.`;
    if (next) {
      s.current = next;
      delete s.result;
    }
  } else {
    delete s.note;
  }
}

export function nextNotPassed(s: LearnState, after: string | undefined): string | undefined {
  const i = s.order.findIndex((e) => e.key === after);
  const rest = [...s.order.slice(i + 1), ...s.order.slice(0, Math.max(0, i))];
  return rest.find((e) => s.status.get(e.key) !== 'passed')?.key;
}

/** Moves to the exercise after the current one, passed or not. */
export function skipToNext(s: LearnState): void {
  const i = s.order.findIndex((e) => e.key === s.current);
  const next = s.order[(i + 1) % s.order.length];
  if (next) jumpTo(s, next.key);
}

export function jumpTo(s: LearnState, key: string): void {
  s.current = key;
  delete s.result;
  delete s.note;
  s.mode = 'main';
}

/** Reveals one more hint of the current exercise; returns how many are shown now. */
export function revealHint(s: LearnState): number {
  const ex = currentExercise(s);
  if (!ex) return 0;
  const shown = Math.min(ex.hints.length, (s.hintsShown.get(ex.key) ?? 0) + 1);
  s.hintsShown.set(ex.key, shown);
  return shown;
}
