import { spawn } from 'node:child_process';
import { existsSync, rmSync, statSync } from 'node:fs';
import net from 'node:net';
import { fileURLToPath } from 'node:url';
import type { Exercise } from '../catalog/curriculum.ts';
import { DaemonError } from '../errors.ts';
import type { ExerciseOutcome } from '../run/classify.ts';
import type { Budgets } from '../run/spec.ts';
import { type DaemonReply, type DaemonStatus, onMessages, sendMessage, socketPath, workspaceSockets } from './daemon-socket.ts';
import { graderVersion } from './daemon-version.ts';

const daemonBin = fileURLToPath(new URL('../../bin/grade-daemon.mjs', import.meta.url));

/** How long a grade waits for the daemon to take it before grading in-process. */
const ACCEPT_MS = 300;
/** Longest a grade the daemon took may run (its own wall clock is 5 min) before the client gives up. */
const RESULT_MS = 6 * 60_000;

/**
 * Whether `pnpm grade` may use the daemon: `ROADMAP_DAEMON=off` turns it off, and so does `CI`
 * unless `ROADMAP_DAEMON=on`. Not on Windows (no Unix sockets).
 */
export function daemonAllowed(env: NodeJS.ProcessEnv = process.env): boolean {
  if (process.platform === 'win32') return false;
  const v = env.ROADMAP_DAEMON?.trim().toLowerCase();
  if (v === 'off' || v === '0' || v === 'false') return false;
  if (v === 'on' || v === '1' || v === 'true') return true;
  return !env.CI;
}

/** Connects to a socket, or rejects with the error's code (`ENOENT`, `ECONNREFUSED`, `ETIMEDOUT`). */
function connectTo(sock: string, timeoutMs: number): Promise<net.Socket> {
  return new Promise((resolve, reject) => {
    const conn = net.createConnection(sock);
    const timer = setTimeout(() => {
      conn.destroy();
      reject(Object.assign(new Error(`no answer from ${sock}`), { code: 'ETIMEDOUT' }));
    }, timeoutMs);
    conn.once('connect', () => {
      clearTimeout(timer);
      resolve(conn);
    });
    conn.once('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
  });
}

/** Sends one request and resolves with the first reply, or undefined (closed, timed out). */
async function ask(sock: string, request: { op: 'status' } | { op: 'stop' }, timeoutMs: number): Promise<DaemonReply | undefined> {
  let conn: net.Socket;
  try {
    conn = await connectTo(sock, timeoutMs);
  } catch (e) {
    // Nobody listens there any more: the socket is left over from a daemon that died.
    if ((e as NodeJS.ErrnoException).code === 'ECONNREFUSED') rmSync(sock, { force: true });
    return undefined;
  }
  return new Promise((resolve) => {
    const done = (r: DaemonReply | undefined) => {
      clearTimeout(timer);
      conn.destroy();
      resolve(r);
    };
    const timer = setTimeout(() => done(undefined), timeoutMs);
    conn.on('error', () => done(undefined));
    conn.on('close', () => done(undefined));
    onMessages(conn, (m) => done(m as DaemonReply));
    sendMessage(conn, request);
  });
}

/** Whether `sock` is missing or belongs to this user (only then is it ours to talk to or remove). */
const ownSocket = (sock: string) => {
  try {
    return process.getuid === undefined || statSync(sock).uid === process.getuid();
  } catch {
    return true;
  }
};

const sameExercises = (outcomes: unknown, exercises: Exercise[]): outcomes is ExerciseOutcome[] =>
  Array.isArray(outcomes) &&
  outcomes.length === exercises.length &&
  outcomes.every((o: ExerciseOutcome, i) => o && o.stage === exercises[i]!.stage && o.exercise === exercises[i]!.id && typeof o.status === 'string');

/** `pnpm grade`'s side of the daemon of one workspace. */
export class DaemonClient {
  readonly #workspace: string;
  #version: string | undefined;
  /** What the last grade found: a daemon that answered, none, or not asked. */
  #found: 'alive' | 'absent' | undefined;

  constructor(workspace: string) {
    this.#workspace = workspace;
  }

  get #socket(): string {
    this.#version ??= graderVersion(this.#workspace);
    return socketPath(this.#workspace, this.#version);
  }

  /**
   * The outcomes of these exercises of the workspace's own tree, graded by its daemon; undefined
   * when no daemon serves them now (none, starting, busy past a short wait, out of date, crashed):
   * then grade in-process. Never a partial result.
   */
  async grade(exercises: Exercise[], budgets: Partial<Budgets> = {}): Promise<ExerciseOutcome[] | undefined> {
    const sock = this.#socket;
    const started = Date.now();
    // A socket another user made at this path is not our daemon: grade in-process.
    if (!ownSocket(sock)) {
      this.#found = 'alive'; // and do not start one beside it
      return undefined;
    }
    let conn: net.Socket;
    try {
      conn = await connectTo(sock, ACCEPT_MS);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ECONNREFUSED') rmSync(sock, { force: true });
      this.#found = code === 'ENOENT' || code === 'ECONNREFUSED' ? 'absent' : 'alive';
      return undefined;
    }
    this.#found = 'alive';
    return new Promise((resolve) => {
      let accepted = false;
      let timer = setTimeout(() => done(undefined), Math.max(1, ACCEPT_MS - (Date.now() - started)));
      const done = (r: ExerciseOutcome[] | undefined) => {
        clearTimeout(timer);
        conn.destroy();
        resolve(r);
      };
      conn.on('error', () => done(undefined));
      conn.on('close', () => done(undefined));
      onMessages(conn, (m) => {
        const reply = m as DaemonReply;
        if (!accepted && reply.ok && 'accepted' in reply) {
          accepted = true;
          clearTimeout(timer);
          timer = setTimeout(() => done(undefined), RESULT_MS);
          return;
        }
        // An out-of-date daemon stops itself: the next one starts after this grade.
        if (!reply.ok && reply.code === 'E_DAEMON_OUTDATED') this.#found = 'absent';
        done(accepted && reply.ok && 'outcomes' in reply && sameExercises(reply.outcomes, exercises) ? reply.outcomes : undefined);
      });
      sendMessage(conn, { op: 'grade', version: this.#version!, exercises, ...(budgets.testMs ? { testMs: budgets.testMs } : {}) });
    });
  }

  /**
   * Starts a daemon in the background when this grade found none (or, not having asked, sees no
   * socket), so that the next grade finds it warm; `warmUp` is graded once to warm it. Returns at once.
   */
  startIfWanted(warmUp?: Exercise): void {
    if (this.#found === 'alive') return;
    if (this.#found === undefined && existsSync(this.#socket)) return;
    startDaemon(this.#workspace, warmUp);
  }
}

/** Starts the daemon of this workspace, detached; it exits at once if one already serves its version. */
export function startDaemon(workspace: string, warmUp?: Exercise): void {
  const child = spawn(process.execPath, [daemonBin, ...(warmUp ? ['--warm-up', warmUp.key] : [])], {
    cwd: workspace,
    detached: true,
    stdio: 'ignore',
  });
  child.on('error', () => undefined);
  child.unref();
}

/** The status of each daemon of this workspace; `current` is the one of this grader version. */
export async function daemonStatuses(workspace: string): Promise<(DaemonStatus & { current: boolean })[]> {
  const current = socketPath(workspace, graderVersion(workspace));
  const found: (DaemonStatus & { current: boolean })[] = [];
  for (const sock of workspaceSockets(workspace)) {
    const r = await ask(sock, { op: 'status' }, 2000);
    if (r?.ok && 'status' in r) found.push({ ...r.status, current: sock === current });
  }
  return found.sort((a, b) => Number(b.current) - Number(a.current));
}

const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * Stops the daemon listening on `sock` and, unless `wait` is false, waits until its process is
 * gone (killing it if it does not stop). Returns its pid, or undefined when none was there.
 */
export async function stopDaemonAt(sock: string, wait = true): Promise<number | undefined> {
  const r = await ask(sock, { op: 'stop' }, 10_000);
  const pid = r?.ok && 'stopping' in r ? r.stopping : undefined;
  if (!pid || !wait) return pid;
  const exited = async (ms: number) => {
    for (const deadline = Date.now() + ms; isRunning(pid) && Date.now() < deadline; ) await new Promise((res) => setTimeout(res, 50));
    return !isRunning(pid);
  };
  if (await exited(5000)) return pid;
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // not ours to kill: reported below
  }
  if (await exited(2000)) return pid;
  throw new DaemonError('E_DAEMON_STOP', `The grading daemon (pid ${pid}) did not stop. End it with \`kill -9 ${pid}\`, then run the command again.`);
}

/** Stops every daemon of this workspace, whatever its version; returns their pids. */
export async function stopDaemons(workspace: string): Promise<number[]> {
  const pids: number[] = [];
  for (const sock of workspaceSockets(workspace)) {
    const pid = await stopDaemonAt(sock);
    if (pid) pids.push(pid);
  }
  return pids;
}
