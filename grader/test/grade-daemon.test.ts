import { spawn } from 'node:child_process';
import { appendFileSync, readdirSync, readFileSync, readlinkSync, realpathSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { graderWorkspace } from '../src/catalog/workspace.ts';
import { daemonStatuses } from '../src/daemon/daemon-client.ts';
import type { GradeSummary } from '../src/report/summary.ts';
import { cli, copyRepo } from './_cli.ts';

// The grading daemon `pnpm grade` starts in the background, in a copy of the repository (its own
// workspace, so its own daemon): every grade it serves must see the code as it is now.
const copy = copyRepo(['grader', 'exercises/07-algorithms', 'packages', 'pnpm-workspace.yaml', 'pnpm-lock.yaml']);
const root = realpathSync(copy.root);
const bin = path.join(root, 'grader', 'bin', 'roadmap.mjs');
const env = { ROADMAP_DAEMON: 'on', INIT_CWD: root };
const run = (args: string[], extra: Record<string, string> = {}) => cli(args, { bin, cwd: root, env: { ...env, ...extra } });

const file = path.join(root, 'exercises', '07-algorithms', 'src', 'bisect.ts');
const solution = readFileSync(path.join(graderWorkspace, 'solutions', '07-algorithms', 'src', 'bisect.ts'), 'utf8');
let edits = 0;
/** Saves the file (each save differs, so it is graded again) and grades it as `pnpm grade bisect --json` does. */
const saveAndGrade = (text: string, args: string[] = []) => {
  writeFileSync(file, `${text}\n// save ${++edits}\n`);
  const r = run(['grade', 'bisect', '--json', ...args]);
  expect(r.stderr).toBe('');
  return (JSON.parse(r.stdout) as GradeSummary).stages[0]!.exercises[0]!;
};

const daemons = () => daemonStatuses(root);
async function waitFor<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, ms = 60_000): Promise<T> {
  for (const deadline = Date.now() + ms; Date.now() < deadline; await new Promise((r) => setTimeout(r, 100))) {
    const found = await probe();
    if (found !== undefined && found !== false) return found;
  }
  throw new Error(`timed out waiting for ${what}`);
}
const readyDaemon = () => waitFor('a ready daemon', async () => (await daemons()).find((d) => d.current && d.ready));
const served = async () => (await daemons()).find((d) => d.current)?.served;
const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};
/** Processes running in the copy: the daemon, its Vitest process and the workers. */
const processesInCopy = () =>
  readdirSync('/proc')
    .filter((p) => /^\d+$/.test(p))
    .filter((p) => {
      try {
        return readlinkSync(`/proc/${p}/cwd`) === root;
      } catch {
        return false;
      }
    })
    .map(Number);

afterAll(async () => {
  run(['daemon', 'stop']);
  for (const pid of processesInCopy()) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // gone
    }
  }
  copy.dispose();
});

describe('the grading daemon', () => {
  it('is started by a grade, serves the next ones from the files as they are now, and survives a loop', async () => {
    const first = run(['grade', '07', '--json']);
    expect(first.code).toBe(0);
    expect((JSON.parse(first.stdout) as GradeSummary).stages[0]!.exercises.every((e) => e.status === 'not-started')).toBe(true);
    const daemon = await readyDaemon();
    expect(daemon).toMatchObject({ workspace: root, served: 0, idleExitMs: 600_000 });

    expect(await saveAndGrade(solution)).toMatchObject({ status: 'passed', failed: 0 });
    expect(await served()).toBe(1);
    // Nothing changed: the stored verdict is replayed, the daemon is not asked.
    expect(run(['grade', 'bisect', '--json']).code).toBe(0);
    expect(await served()).toBe(1);

    // Served from the code now in the file, not from what the daemon loaded before.
    const offByOne = saveAndGrade(solution.replace('return lo;', 'return lo + 1;'));
    expect(offByOne.status).toBe('failed');
    expect(offByOne.failed).toBeGreaterThan(0);
    expect(await served()).toBe(2);
    const typeError = saveAndGrade(`export const typo: number = 'one';\n${solution}`);
    expect(typeError).toMatchObject({ status: 'failed', message: expect.stringMatching(/type error/) });
    expect(typeError.typeErrors?.[0]).toMatchObject({ code: 'TS2322' });
    expect(await served()).toBe(3);
    const looping = saveAndGrade(solution.replaceAll('while (lo < hi)', 'while (lo < hi || lo >= hi)'), ['--timeout', '2000']);
    expect(looping).toMatchObject({ status: 'timeout', message: expect.stringMatching(/ran longer than 2 s/) });
    expect(await served()).toBe(4);
    expect(saveAndGrade(solution).status).toBe('passed');
    expect(await served()).toBe(5);
    expect((await daemons()).map((d) => d.pid)).toEqual([daemon.pid]);

    // Two changed exercises share a test file; the one that throws at import is graded again alone.
    const sorting = path.join(path.dirname(file), 'sorting.ts');
    writeFileSync(sorting, `throw new Error('boom at import');\n${readFileSync(sorting, 'utf8')}`);
    writeFileSync(file, `${solution}\n// save ${++edits}\n`);
    const both = (JSON.parse(run(['grade', '07', '--json']).stdout) as GradeSummary).stages[0]!.exercises;
    expect(both.find((e) => e.id === 'bisect')).toMatchObject({ status: 'passed' });
    expect(both.find((e) => e.id === 'sorting')).toMatchObject({ status: 'error', message: expect.stringContaining('boom at import') });
    expect(await served()).toBe(6);
  }, 300_000);

  it('lets the grade fall back to in-process grading when it dies mid-request, and is replaced', async () => {
    const before = await readyDaemon();
    // A file whose import takes 3 s: the daemon is killed while it grades it.
    writeFileSync(file, `const until = Date.now() + 3000;\nwhile (Date.now() < until) {}\n${solution}\n// save ${++edits}\n`);
    const grading = spawn(process.execPath, [bin, 'grade', 'bisect', '--json'], { cwd: root, env: { ...process.env, NO_COLOR: '1', ...env } });
    let stdout = '';
    grading.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    const exited = new Promise<number | null>((resolve) => grading.on('close', resolve));
    await waitFor('the daemon busy', async () => (await daemons()).some((d) => d.busy), 30_000);
    process.kill(before.pid, 'SIGKILL');
    expect(await exited).toBe(0);
    expect((JSON.parse(stdout) as GradeSummary).stages[0]!.exercises[0]!.status).toBe('passed');
    // Its socket is left behind: the next grade removes it, grades in-process and starts a new daemon.
    expect(saveAndGrade(solution).status).toBe('passed');
    const after = await readyDaemon();
    expect(after.pid).not.toBe(before.pid);
    expect(saveAndGrade(solution.replace('return lo;', 'return lo + 1;')).status).toBe('failed');
    expect(await served()).toBe(1);
  }, 300_000);

  it('is replaced when the grader changes', async () => {
    const old = await readyDaemon();
    appendFileSync(path.join(root, 'grader', 'src', 'errors.ts'), '\n// another grader version\n');
    expect(saveAndGrade(solution).status).toBe('passed'); // in-process: no daemon of this version yet
    const fresh = await readyDaemon();
    expect(fresh.version).not.toBe(old.version);
    await waitFor('the old daemon to exit', () => !isRunning(old.pid), 20_000);
    expect((await daemons()).map((d) => d.pid)).toEqual([fresh.pid]);
    expect(saveAndGrade(solution).status).toBe('passed');
    expect(await served()).toBe(1);
  }, 300_000);

  it('stops on request, leaving no process behind', async () => {
    const { pid } = await readyDaemon();
    const stopped = run(['daemon', 'stop']);
    expect(stopped.stdout).toContain(`pid ${pid}`);
    expect(isRunning(pid)).toBe(false);
    await waitFor('every process of the copy to exit', () => processesInCopy().length === 0, 10_000);
    expect(run(['daemon', 'status']).stdout).toContain('No grading daemon is running');
  }, 60_000);

  it('exits by itself after its idle time', async () => {
    writeFileSync(file, `${solution}\n// save ${++edits}\n`);
    expect(run(['grade', 'bisect', '--json'], { ROADMAP_DAEMON_IDLE_MS: '3000' }).code).toBe(0);
    const { pid, idleExitMs } = await readyDaemon();
    expect(idleExitMs).toBe(3000);
    await waitFor('the idle daemon to exit', () => !isRunning(pid), 20_000);
    await waitFor('every process of the copy to exit', () => processesInCopy().length === 0, 10_000);
  }, 120_000);
});
