import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { graderWorkspace } from '../src/catalog/workspace.ts';
import { prepareStages } from '../src/run/prepare-stages.ts';
import { bwrapAvailable } from '../src/run/worker-sandbox.ts';
import { cli, copyRepo } from './_cli.ts';
import { readBack } from './_gradebook.ts';

// A stage's set-up step (grader/suites/<stage>/_prepare.ts) runs once, outside the sandbox,
// before a cohort is graded: sandboxed workers can read what it leaves but never write it.
const scratch = mkdtempSync(path.join(os.tmpdir(), 'roadmap-prepare-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe.runIf(bwrapAvailable())('pnpm cohort grade on a machine that never kept the PGlite cluster', () => {
  const stage = '09-sql-databases';
  const copy = copyRepo(['grader', `exercises/${stage}`, `solutions/${stage}`, 'packages', 'pnpm-workspace.yaml', 'pnpm-lock.yaml'], { ownModules: true });
  afterAll(() => copy.dispose());
  const cache = path.join(copy.root, 'node_modules', '.cache', 'roadmap');
  const kept = () => (existsSync(cache) ? readdirSync(cache).filter((f) => f.startsWith('roadmap-pglite-')) : []);

  it('keeps it as grading starts, and grades postgres-features in the sandbox', () => {
    expect(kept()).toEqual([]);
    const subs = path.join(scratch, 'submissions');
    for (const id of ['right', 'wrong']) cpSync(path.join(graderWorkspace, 'solutions', stage), path.join(subs, id, 'exercises', stage), { recursive: true });
    const mistakes = path.join(graderWorkspace, 'grader', 'mistakes', stage, 'postgres-features');
    cpSync(path.join(mistakes, readdirSync(mistakes)[0]!), path.join(subs, 'wrong', 'exercises', stage, 'src', 'postgres-features.ts'));
    writeFileSync(path.join(scratch, 'roster.csv'), 'student_id,name,email\nright,R,r@example.edu\nwrong,W,w@example.edu\n');
    const db = path.join(scratch, 'book.sqlite');
    const r = cli(['cohort', 'grade', '--roster', path.join(scratch, 'roster.csv'), '--submissions', subs, '--db', db, '--stages', `${stage}/postgres-features`], {
      bin: path.join(copy.root, 'grader', 'bin', 'roadmap.mjs'),
      cwd: copy.root,
    });
    expect(r.stderr).not.toMatch(/set-up step/);
    expect(r.code, r.stderr).toBe(0);
    expect(kept()).toHaveLength(1);
    return readBack(db).then((back) => {
      expect(back.right).toMatchObject({ sandbox: 'bwrap', notPassed: [], exercises: 1 });
      expect(back.wrong).toMatchObject({ sandbox: 'bwrap', notPassed: [`${stage}/postgres-features`] });
    });
  });
});

describe('a set-up step that fails', () => {
  it('is reported with its error, and one that hangs is stopped at the time limit', async () => {
    const ws = path.join(scratch, 'ws');
    mkdirSync(ws);
    writeFileSync(path.join(ws, 'package.json'), '{ "type": "module" }\n');
    const step = (stageId: string, body: string) => {
      mkdirSync(path.join(ws, 'grader', 'suites', stageId), { recursive: true });
      writeFileSync(path.join(ws, 'grader', 'suites', stageId, '_prepare.ts'), body);
    };
    step('01-throws', "export default async () => { throw new Error('no disk left'); };\n");
    step('02-hangs', 'export default () => new Promise(() => setInterval(() => {}, 1000));\n');
    step('03-fine', 'export default () => {};\n'); // never reached: the one before it hangs
    const started = Date.now();
    const results = await prepareStages(ws, ['01-throws', '02-hangs', '03-fine', '04-has-none'], { timeoutMs: 4000 });
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(results.map((r) => [r.stage, r.ok])).toEqual([['01-throws', false], ['02-hangs', false], ['03-fine', false]]);
    expect(results[0]!.error).toMatch(/no disk left/);
    expect(results[1]!.error).toMatch(/did not finish within 4 s/);
  });

  it('reports every step that ran', async () => {
    const ws = path.join(scratch, 'ws2');
    mkdirSync(path.join(ws, 'grader', 'suites', '01-fine'), { recursive: true });
    writeFileSync(path.join(ws, 'package.json'), '{ "type": "module" }\n');
    writeFileSync(path.join(ws, 'grader', 'suites', '01-fine', '_prepare.ts'), "import { writeFileSync } from 'node:fs';\nexport default () => writeFileSync(new URL('./done', import.meta.url), 'yes');\n");
    expect(await prepareStages(ws, ['01-fine'])).toMatchObject([{ stage: '01-fine', ok: true }]);
    expect(existsSync(path.join(ws, 'grader', 'suites', '01-fine', 'done'))).toBe(true);
  });
});
