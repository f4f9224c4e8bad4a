import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { emitKeypressEvents } from 'node:readline';
import chokidar from 'chokidar';
import { defineCommand } from 'citty';
import pc from 'picocolors';
import { loadCurriculum } from '../catalog/curriculum.ts';
import { selectExercises } from '../catalog/select.ts';
import { exercisePath, resolveTarget } from '../catalog/target.ts';
import { graderWorkspace } from '../catalog/workspace.ts';
import { gradeTarget } from '../grade/grade-target.ts';
import { gradeTree } from '../grade/grade-tree.ts';
import { renderLearn } from '../learn/learn-screen.ts';
import { applyResult, currentExercise, initialState, jumpTo, type LearnState, revealHint, skipToNext } from '../learn/learn-state.ts';
import { pristineStub } from '../progress/pristine-stub.ts';
import { WarmRunner } from '../run/warm-runner.ts';
import { typecheckFiles } from '../typecheck/typecheck-files.ts';
import { entryOf, readProgress, recordGrade, writeProgress } from '../progress/progress-store.ts';
import { targetArg } from './grade-command.ts';
import { fail } from './fail.ts';

export const learnCommand = defineCommand({
  meta: { name: 'learn', description: 'Work through the exercises: re-graded on every save, with hints, a list and reset.' },
  args: {
    selectors: { type: 'positional', required: false, description: 'Stages or exercises to work on (07, 07-algorithms, bisect); all when none.' },
    target: targetArg,
    poll: { type: 'boolean', default: false, description: 'Poll for saves instead of file events (network drives, some VMs).' },
  },
  async run({ args }) {
    try {
      await learn(args.target, args.poll, (args._ as string[]) ?? []);
    } catch (e) {
      fail(e);
    }
  },
});

async function learn(targetName: string, poll: boolean, selectors: string[]): Promise<void> {
  const all = await loadCurriculum();
  const chosen = new Set(selectExercises(all, selectors).map((e) => e.key));
  const stages = all.map((s) => ({ ...s, exercises: s.exercises.filter((e) => chosen.has(e.key)) })).filter((s) => s.exercises.length > 0);
  const target = resolveTarget(targetName);
  const out = process.stdout;
  out.write('Grading your exercises…\n');
  const { outcomes } = await gradeTarget(target, stages.flatMap((s) => s.exercises), all);
  const { progress } = readProgress(target.copyRoot);
  const hints = new Map(Object.entries(progress.exercises).map(([k, v]) => [k, v.hintsShown]));
  const state = initialState(stages, outcomes, hints);
  // Kept alive for the whole session: a save is graded without starting Vitest again.
  const runner = new WarmRunner(graderWorkspace);
  runner.start();
  const colors = pc.isColorSupported;
  const fileOf = (stage: string, id: string) => path.relative(process.cwd(), exercisePath(target, stage, id));
  const draw = () => {
    const screen = renderLearn(state, { colors, width: out.columns, fileOf, poll });
    out.write(out.isTTY ? `\x1b[2J\x1b[3J\x1b[H${screen}\n` : `${screen}\n${'-'.repeat(40)}\n`);
  };

  let pending = false;
  const regrade = async () => {
    const ex = currentExercise(state);
    if (!ex) return;
    if (state.busy) {
      pending = true;
      return;
    }
    state.busy = true;
    draw();
    const src = path.join(target.tree, ex.stage, 'src');
    const changed = readdirSync(src).filter((f) => f.endsWith('.ts')).map((f) => path.join(src, f));
    const [o] = await gradeTree(target.tree, [ex], { warm: { runner, changed } });
    const p = readProgress(target.copyRoot).progress;
    const file = exercisePath(target, ex.stage, ex.id);
    recordGrade(p, ex.key, o!.status, readFileSync(file, 'utf8'));
    writeProgress(target.copyRoot, p);
    state.busy = false;
    applyResult(state, o!);
    draw();
    if (pending) {
      pending = false;
      await regrade();
    }
  };

  const watcher = chokidar.watch(target.tree, {
    ignoreInitial: true,
    usePolling: poll,
    interval: 500,
    ignored: (p, stats) => p.includes('node_modules') || p.includes(`${path.sep}.grade`) || (stats?.isFile() === true && !p.endsWith('.ts')),
  });
  watcher.on('change', (file) => {
    const ex = currentExercise(state);
    if (ex && file.startsWith(path.join(target.tree, ex.stage, 'src'))) void regrade();
  });

  const quit = async () => {
    await watcher.close();
    runner.close();
    if (process.stdin.isTTY) process.stdin.setRawMode(false);
    out.write('Bye. `pnpm learn` picks up where you left off.\n');
    process.exit(0);
  };

  const onKey = (name: string) => {
    if (state.mode === 'confirm-reset') {
      const ex = currentExercise(state)!;
      state.mode = 'main';
      if (name === 'y') {
        const file = exercisePath(target, ex.stage, ex.id);
        try {
          writeFileSync(file, pristineStub(target.copyRoot, path.relative(target.copyRoot, file)));
          state.note = `${ex.id} is the pristine stub again.`;
        } catch (e) {
          state.note = (e as Error).message;
        }
        void regrade();
      }
      draw();
      return;
    }
    if (state.mode === 'list') {
      if (name === 'up' || name === 'k') state.listCursor = Math.max(0, state.listCursor - 1);
      else if (name === 'down' || name === 'j') state.listCursor = Math.min(state.order.length - 1, state.listCursor + 1);
      else if (name === 'return' || name === 'enter') {
        jumpTo(state, state.order[state.listCursor]!.key);
        void regrade();
      } else if (name === 'escape' || name === 'l' || name === 'q') state.mode = 'main';
      draw();
      return;
    }
    switch (name) {
      case 'q':
        void quit();
        return;
      case 'n':
        skipToNext(state);
        void regrade();
        break;
      case 'h': {
        revealHint(state);
        const p = readProgress(target.copyRoot).progress;
        const ex = currentExercise(state);
        if (ex) entryOf(p, ex.key).hintsShown = state.hintsShown.get(ex.key) ?? 0;
        writeProgress(target.copyRoot, p);
        break;
      }
      case 'l':
        state.mode = 'list';
        state.listCursor = Math.max(0, state.order.findIndex((e) => e.key === state.current));
        break;
      case 'r':
        state.mode = 'confirm-reset';
        break;
      case 'c':
        void regrade();
        break;
      default:
        return;
    }
    draw();
  };

  if (process.stdin.isTTY) {
    emitKeypressEvents(process.stdin);
    process.stdin.setRawMode(true);
    process.stdin.on('keypress', (_s: string, key: { name?: string; ctrl?: boolean }) => {
      if (key?.ctrl && key.name === 'c') void quit();
      else if (key?.name) onKey(key.name);
    });
  } else {
    // Piped input: one key per line, so scripts and editors can drive the loop.
    process.stdin.setEncoding('utf8');
    process.stdin.on('data', (d: string) => {
      for (const k of d.split('\n').map((x) => x.trim()).filter(Boolean)) onKey(k);
    });
  }
  draw();
  // Load the compiler and Node's declarations while the learner reads, not on their first save.
  setTimeout(() => {
    const ex = currentExercise(state);
    if (ex && !state.busy) typecheckFiles([exercisePath(target, ex.stage, ex.id)], { base: target.copyRoot, workspace: graderWorkspace, withNode: true });
  }, 200);
}
