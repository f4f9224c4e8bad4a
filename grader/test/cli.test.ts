import { describe, expect, it } from 'vitest';
import type { GradeSummary } from '../src/report/summary.ts';
import { cli } from './_cli.ts';

describe('pnpm grade', () => {
  it('exits 2 and lists the valid names for an unknown stage', () => {
    const r = cli(['grade', 'no-such-stage']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Unknown stage or exercise "no-such-stage"');
    expect(r.stderr).toMatch(/Stages: .*07-algorithms/);
  });

  it('exits 2 for a target that is not a copy of the repository', () => {
    const r = cli(['grade', '--target', '/nonexistent/place']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('there is no exercises/ folder');
  });

  it('prints one JSON document with the documented shape for the solutions', () => {
    const r = cli(['grade', '07-algorithms', '--target', 'solutions', '--json']);
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout) as GradeSummary;
    expect(s).toMatchObject({ target: 'solutions', failed: 0 });
    expect(s.total).toBe(s.passed);
    const stage = s.stages[0]!;
    expect(stage).toMatchObject({ id: '07-algorithms', status: 'passed', failed: 0 });
    for (const e of stage.exercises) expect(e).toMatchObject({ status: 'passed', failed: 0, total: e.passed });
    expect(stage.exercises.map((e) => e.id)).toContain('bisect');
  });

  it('reports the untouched stubs as not-started and exits 0', () => {
    const r = cli(['grade', 'bisect', '--target', 'exercises', '--json']);
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout) as GradeSummary;
    expect(s.stages[0]!.exercises[0]).toMatchObject({ id: 'bisect', status: 'not-started', passed: 0 });
    expect(s.next).toMatchObject({ stage: '07-algorithms', exercise: 'bisect' });
  });

  it('prints a table that fits in 80 columns and names the next exercise', () => {
    const r = cli(['grade', '07']);
    for (const line of r.stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
    expect(r.stdout).toContain('bisect');
    expect(r.stdout).toMatch(/Next: 07-algorithms\/bisect/);
  });
});
