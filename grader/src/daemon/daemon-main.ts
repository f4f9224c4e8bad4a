// The grading daemon (bin/grade-daemon.mjs): one per workspace and grader version, started in
// the background by `pnpm grade`. It keeps a Vitest process and the TypeScript compiler loaded,
// grades the exercises its clients send, one request at a time, over a Unix socket, and exits
// after an idle period or once the grader's files change.
import { chmodSync, rmSync, statSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import type { Exercise } from '../catalog/curriculum.ts';
import { graderWorkspace, stageFolderPattern } from '../catalog/workspace.ts';
import { DaemonError } from '../errors.ts';
import type { ExerciseOutcome } from '../run/classify.ts';
import { stopDaemonAt } from './daemon-client.ts';
import { type DaemonReply, type DaemonRequest, type DaemonStatus, onMessages, sendMessage, socketPath, workspaceSockets } from './daemon-socket.ts';
import { graderVersion } from './daemon-version.ts';
import { changedFiles } from './changed-files.ts';

const workspace = graderWorkspace;
// Taken before the grading modules load, so that they are at least as new as the version.
const version = graderVersion(workspace);
const sock = socketPath(workspace, version);
const tree = path.join(workspace, 'exercises');
const idleMs = Number(process.env.ROADMAP_DAEMON_IDLE_MS) > 0 ? Number(process.env.ROADMAP_DAEMON_IDLE_MS) : 10 * 60_000;

const { gradeTree } = await import('../grade/grade-tree.ts');
const { WarmRunner } = await import('../run/warm-runner.ts');
const { defaultBudgets } = await import('../run/spec.ts');
const { typecheckFiles } = await import('../typecheck/typecheck-files.ts');

type Runner = InstanceType<typeof WarmRunner>;
/** One warm process per test time budget (`--timeout`); the two used last are kept. */
const runners = new Map<number, Runner>();
const runnerFor = (testMs = defaultBudgets.testMs): Runner => {
  let runner = runners.get(testMs);
  if (runner) runners.delete(testMs);
  else runner = new WarmRunner(workspace, { budgets: { testMs, runMs: defaultBudgets.runMs } });
  runners.set(testMs, runner);
  for (const [ms, old] of runners) {
    if (runners.size <= 2) break;
    old.close();
    runners.delete(ms);
  }
  return runner;
};

const status: DaemonStatus = { pid: process.pid, workspace, version, ready: false, busy: false, queued: 0, served: 0, startedAt: new Date().toISOString(), idleExitMs: idleMs };
let stopping = false;
let inode: number | undefined;

function shutdown(code = 0): never {
  stopping = true;
  server.close();
  try {
    if (statSync(sock).ino === inode) rmSync(sock, { force: true });
  } catch {
    // already gone
  }
  for (const r of runners.values()) r.close();
  process.exit(code);
}

/** Answers with the error; `then` runs once the answer is sent (or could not be). */
const refuse = (conn: net.Socket, e: DaemonError, then?: () => void) => {
  if (conn.destroyed) then?.();
  else conn.end(`${JSON.stringify({ ok: false, code: e.code, message: e.message } satisfies DaemonReply)}\n`, then);
};

const validExercises = (xs: unknown): xs is Exercise[] =>
  Array.isArray(xs) &&
  xs.length > 0 &&
  xs.every((e: Exercise) => e && typeof e.stage === 'string' && stageFolderPattern.test(e.stage) && typeof e.id === 'string' && /^[a-z0-9][a-z0-9-]*$/.test(e.id) && e.key === `${e.stage}/${e.id}`);

// An exercise the run did not finish because the grading process itself stopped: the client
// grades in-process rather than report it.
const cutShort = (o: ExerciseOutcome) => o.unfinished === true || (o.status === 'error' && /^The grader stopped before/.test(o.message ?? ''));

let queue = Promise.resolve();
let idleTimer: NodeJS.Timeout | undefined;
const armIdle = () => {
  clearTimeout(idleTimer);
  idleTimer = setTimeout(() => (status.busy || status.queued > 0 ? armIdle() : shutdown()), idleMs);
};

async function serve(conn: net.Socket, req: Extract<DaemonRequest, { op: 'grade' }>): Promise<void> {
  if (conn.destroyed) return; // its client stopped waiting and grades in-process
  sendMessage(conn, { ok: true, accepted: true });
  if (graderVersion(workspace) !== version) {
    refuse(conn, new DaemonError('E_DAEMON_OUTDATED', 'The grader changed since this daemon started: it stops, and the next grade starts a new one.'), () => shutdown());
    return new Promise(() => undefined); // nothing else is served
  }
  let outcomes: ExerciseOutcome[];
  try {
    const changed = changedFiles(workspace, tree, req.exercises);
    outcomes = await gradeTree(tree, req.exercises, { warm: { runner: runnerFor(req.testMs), changed }, batch: 'crashed', budgets: req.testMs ? { testMs: req.testMs } : {} });
  } catch (e) {
    refuse(conn, new DaemonError('E_DAEMON_FAILED', `The daemon could not grade: ${(e as Error).message}`));
    return;
  }
  if (outcomes.some(cutShort)) {
    refuse(conn, new DaemonError('E_DAEMON_RUNNER', 'The daemon\'s grading process stopped before it finished: grade in-process.'));
    return;
  }
  status.served++;
  if (!conn.destroyed) conn.end(`${JSON.stringify({ ok: true, outcomes } satisfies DaemonReply)}\n`);
}

function handle(conn: net.Socket, req: DaemonRequest): void {
  switch (req?.op) {
    case 'status':
      conn.end(`${JSON.stringify({ ok: true, status } satisfies DaemonReply)}\n`);
      return;
    case 'stop':
      conn.end(`${JSON.stringify({ ok: true, stopping: process.pid } satisfies DaemonReply)}\n`, () => shutdown());
      return;
    case 'grade': {
      if (!status.ready) return refuse(conn, new DaemonError('E_DAEMON_STARTING', 'The daemon is still starting: grade in-process this time.'));
      if (req.version !== version) {
        const outdated = graderVersion(workspace) !== version;
        refuse(conn, new DaemonError('E_DAEMON_OUTDATED', 'This daemon runs another version of the grader: grade in-process, and start a daemon of this version.'), () => outdated && shutdown());
        return;
      }
      if (!validExercises(req.exercises)) return refuse(conn, new DaemonError('E_DAEMON_REQUEST', 'A grade request names its exercises as { stage, id, key } of this workspace.'));
      status.queued++;
      armIdle();
      queue = queue.then(async () => {
        status.queued--;
        status.busy = true;
        try {
          await serve(conn, req);
        } finally {
          status.busy = false;
          armIdle();
        }
      });
      return;
    }
    default:
      refuse(conn, new DaemonError('E_DAEMON_REQUEST', 'Unknown request: send { "op": "grade" | "status" | "stop" }.'));
  }
}

const server = net.createServer((conn) => {
  conn.on('error', () => undefined);
  let asked = false;
  onMessages(
    conn,
    (m) => {
      if (asked) return;
      asked = true;
      handle(conn, m as DaemonRequest);
    },
    1 << 20,
  );
});

/** Listens on the socket; false when another daemon of this version already does. */
async function listen(): Promise<boolean> {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(sock, () => {
          server.off('error', reject);
          resolve();
        });
      });
      chmodSync(sock, 0o600);
      inode = statSync(sock).ino;
      return true;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw e;
      const alive = await new Promise<boolean>((resolve) => {
        const c = net.createConnection(sock);
        c.once('connect', () => (c.destroy(), resolve(true)));
        c.once('error', (err: NodeJS.ErrnoException) => resolve(err.code !== 'ECONNREFUSED'));
      });
      if (alive) return false;
      rmSync(sock, { force: true }); // left by a daemon that died
    }
  }
  return false;
}

process.on('SIGTERM', () => shutdown());
process.on('SIGINT', () => shutdown());
process.on('SIGHUP', () => shutdown());
process.on('uncaughtException', () => shutdown(1));
process.on('unhandledRejection', () => shutdown(1));

if (!(await listen())) process.exit(0);
// Daemons of other versions of this workspace are out of date: this one replaces them.
for (const other of workspaceSockets(workspace)) if (other !== sock) void stopDaemonAt(other, false);
// A daemon whose socket was removed or taken over, or whose grader changed, is no use.
setInterval(() => {
  let ours = false;
  try {
    ours = statSync(sock).ino === inode;
  } catch {
    // removed
  }
  if (!stopping && !status.busy && (!ours || graderVersion(workspace) !== version)) shutdown();
}, 30_000).unref();

// Warm up: start Vitest and grade one exercise (transforms the setup and shared packages), and
// load the compiler with Node's declarations, before saying it is ready.
try {
  const [stage, id] = (process.argv[process.argv.indexOf('--warm-up') + 1] ?? '').split('/');
  const warmUp = { stage, id, key: `${stage}/${id}`, title: id, hints: [], points: 0 } as unknown as Exercise;
  if (process.argv.includes('--warm-up') && validExercises([warmUp])) {
    await gradeTree(tree, [warmUp], { warm: { runner: runnerFor(), changed: [] } });
    typecheckFiles([path.join(tree, warmUp.stage, 'src', `${warmUp.id}.ts`)], { base: workspace, workspace, withNode: true });
  } else {
    await runnerFor().grade([]);
  }
} catch {
  // the first grade starts whatever is missing
}
status.ready = true;
armIdle();
