import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCurriculum } from '../src/catalog/curriculum.ts';
import { graderWorkspace } from '../src/catalog/workspace.ts';
import { gradeTree } from '../src/grade/grade-tree.ts';
import { WarmRunner } from '../src/run/warm-runner.ts';
import { copyRepo } from './_cli.ts';

// The process `pnpm learn` keeps alive: every save is graded from the file as it is now, and a
// save that loops forever costs one timeout, not the process.
const copy = copyRepo(['exercises/07-algorithms']);
const runner = new WarmRunner(graderWorkspace, { budgets: { testMs: 3000 } });
afterAll(() => {
  runner.close();
  copy.dispose();
});

const tree = path.join(copy.root, 'exercises');
const file = path.join(tree, '07-algorithms', 'src', 'bisect.ts');
const solution = readFileSync(path.join(graderWorkspace, 'solutions', '07-algorithms', 'src', 'bisect.ts'), 'utf8');

describe('a grading process kept alive between saves', () => {
  it('grades each save as the file now is, and survives a save that never ends', async () => {
    const bisect = (await loadCurriculum()).flatMap((s) => s.exercises).find((e) => e.key === '07-algorithms/bisect')!;
    const save = async (text: string) => {
      writeFileSync(file, text);
      const [o] = await gradeTree(tree, [bisect], { warm: { runner, changed: [file] } });
      return o!;
    };
    const stub = readFileSync(file, 'utf8');
    expect((await save(stub)).status).toBe('not-started');
    expect((await save(solution)).status).toBe('passed');
    const off = await save(solution.replace('lo = mid + 1', 'lo = mid'));
    expect(off.status).toMatch(/^(failed|timeout)$/);
    const looping = await save(solution.replaceAll('while (lo < hi)', 'while (lo < hi || lo >= hi)'));
    expect(looping.status).toBe('timeout');
    expect(looping.message).toMatch(/ran longer than 3 s/);
    expect((await save(`export const typo: number = 'one';\n${solution}`)).status).toBe('failed');
    expect((await save(solution)).status).toBe('passed');
  }, 120_000);
});
