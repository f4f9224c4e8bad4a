import { describe, expect, it } from 'vitest';
import type { Stage } from '../src/catalog/curriculum.ts';
import { selectExercises } from '../src/catalog/select.ts';
import { UsageError } from '../src/errors.ts';

const ex = (stage: string, id: string) => ({ id, stage, key: `${stage}/${id}`, title: id, hints: ['a', 'b'], points: 10 });
const stages: Stage[] = [
  { id: '01-basics', title: 'Basics', roadmap: 'x', exercises: [ex('01-basics', 'alpha'), ex('01-basics', 'shared')] },
  { id: '07-algorithms', title: 'Algorithms', roadmap: 'x', exercises: [ex('07-algorithms', 'bisect'), ex('07-algorithms', 'shared')] },
];
const keys = (sel: string[]) => selectExercises(stages, sel).map((e) => e.key);

describe('selectExercises', () => {
  it('selects everything when no selector is given', () => {
    expect(keys([])).toEqual(['01-basics/alpha', '01-basics/shared', '07-algorithms/bisect', '07-algorithms/shared']);
  });
  it('accepts a stage folder, its number with or without the leading zero', () => {
    expect(keys(['07-algorithms'])).toEqual(keys(['07']));
    expect(keys(['7'])).toEqual(['07-algorithms/bisect', '07-algorithms/shared']);
  });
  it('accepts an exercise id and the stage/exercise form, in curriculum order', () => {
    expect(keys(['bisect', '01-basics/shared'])).toEqual(['01-basics/shared', '07-algorithms/bisect']);
  });
  it('refuses an ambiguous exercise id and names the qualified forms', () => {
    expect(() => keys(['shared'])).toThrow(/01-basics\/shared, 07-algorithms\/shared/);
  });
  it('refuses an unknown name with a usage error listing the valid stages and exercises', () => {
    const err = (() => {
      try {
        keys(['nope']);
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(UsageError);
    expect((err as Error).message).toContain('Stages: 01-basics, 07-algorithms');
    expect((err as Error).message).toContain('Exercises: alpha, shared, bisect, shared');
  });
});
