import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graderWorkspace } from '../src/catalog/workspace.ts';

// Drives `pnpm learn` in a real terminal (tmux): solve an exercise in the editor's place, see it
// pass and the loop move on, ask for a hint, jump back through the list, reset, quit.
const session = `learn-test-${process.pid}`;
const tmux = (...args: string[]) => spawnSync('tmux', args, { encoding: 'utf8' });
const screen = () => tmux('capture-pane', '-p', '-J', '-t', session).stdout;
const key = (...keys: string[]) => tmux('send-keys', '-t', session, ...keys);

async function waitFor(re: RegExp, ms = 90_000): Promise<string> {
  const until = Date.now() + ms;
  for (;;) {
    const s = screen();
    if (re.test(s)) return s;
    if (Date.now() > until) throw new Error(`the screen never showed ${re}:\n${s}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

let copy: string;
const hasTmux = spawnSync('tmux', ['-V']).status === 0;
const stub = () => readFileSync(path.join(copy, 'exercises/07-algorithms/src/bisect.ts'), 'utf8');

beforeAll(() => {
  copy = mkdtempSync(path.join(os.tmpdir(), 'roadmap-learn-'));
  cpSync(path.join(graderWorkspace, 'exercises', '07-algorithms'), path.join(copy, 'exercises', '07-algorithms'), { recursive: true, filter: (f) => !f.includes('node_modules') && !f.includes('.grade') });
  const git = (...a: string[]) => spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...a], { cwd: copy });
  git('init', '-q');
  git('add', '-A');
  git('commit', '-qm', 'curriculum');
  // The pane outlives the loop for a while, so its last words can still be read after it quits.
  const cmd = `cd ${graderWorkspace} && NO_COLOR=1 pnpm -s learn 07-algorithms/bisect 07-algorithms/sorting --target ${copy}; sleep 60`;
  tmux('new-session', '-d', '-s', session, '-x', '100', '-y', '45', cmd);
});

afterAll(() => {
  tmux('kill-session', '-t', session);
  rmSync(copy, { recursive: true, force: true });
});

describe.runIf(hasTmux)('pnpm learn in a terminal', () => {
  it('starts on the first exercise not passed', async () => {
    const s = await waitFor(/Not started: edit the file/);
    expect(s).toContain('▶ 07-algorithms/bisect');
    expect(s).toMatch(/\[n\] next {2}\[h\] hint {2}\[l\] list {2}\[r\] reset {2}\[c\] check now {2}\[q\] quit/);
  });

  it('marks the exercise passed on save and moves on to the next', async () => {
    writeFileSync(path.join(copy, 'exercises/07-algorithms/src/bisect.ts'), readFileSync(path.join(graderWorkspace, 'solutions/07-algorithms/src/bisect.ts'), 'utf8'));
    const s = await waitFor(/bisect passed\. On to 07-algorithms\/sorting/);
    expect(s).toContain('▶ 07-algorithms/sorting');
    expect(s).toContain('1/2');
  });

  it('reveals one more hint on each press of h', async () => {
    key('h');
    await waitFor(/Hint 1\/\d/);
    expect(screen()).not.toMatch(/Hint 2\//);
    key('h');
    await waitFor(/Hint 2\/\d/);
  });

  it('jumps through the list and resets an exercise to its stub after a confirmation', async () => {
    key('l');
    await waitFor(/enter jumps there/);
    key('Up');
    key('Enter');
    await waitFor(/▶ 07-algorithms\/bisect/);
    await waitFor(/passed: \d+\/\d+ tests/);
    key('r');
    await waitFor(/Reset bisect to its stub\? Your changes are lost\. \[y\/N\]/);
    key('y');
    await waitFor(/Not started: edit the file/);
    expect(stub()).toContain('// TODO:');
  });

  it('quits on q', async () => {
    key('q');
    await waitFor(/Bye\./);
  });
});
