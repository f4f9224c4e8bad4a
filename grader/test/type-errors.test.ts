import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { graderWorkspace } from '../src/catalog/workspace.ts';
import type { GradeSummary } from '../src/report/summary.ts';
import { cli, copyRepo } from './_cli.ts';

// A correct solution with one type error: its tests pass, but it must not count as passed.
const copy = copyRepo([]);
afterAll(() => copy.dispose());

describe('type errors', () => {
  it('keep an otherwise passing exercise from passing and are shown with path:line:column', () => {
    const dir = path.join(copy.root, 'exercises', '07-algorithms');
    cpSync(path.join(graderWorkspace, 'solutions', '07-algorithms'), dir, { recursive: true, filter: (f) => !f.includes('node_modules') });
    const file = path.join(dir, 'src', 'bisect.ts');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\nexport const answer: number = 'forty-two';\n`);
    const json = cli(['grade', 'bisect', '--target', copy.root, '--json']);
    const e = (JSON.parse(json.stdout) as GradeSummary).stages[0]!.exercises[0]!;
    expect(json.code).toBe(1);
    expect(e.status).toBe('failed');
    expect(e.message).toMatch(/^All \d+ tests pass, but the file has \d+ type error\(s\)/);
    expect(e.typeErrors?.[0]).toMatchObject({ at: expect.stringMatching(/^exercises\/07-algorithms\/src\/bisect\.ts:\d+:\d+$/), code: expect.stringMatching(/^TS\d+$/) });
    const table = cli(['grade', 'bisect', '--target', copy.root]);
    expect(table.stdout).toMatch(/type exercises\/07-algorithms\/src\/bisect\.ts:\d+:\d+ TS\d+/);
  });
});
