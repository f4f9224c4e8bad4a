import { type ChildProcess, spawn } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { PoolOptions, PoolRunnerInitializer, PoolWorker, WorkerRequest } from 'vitest/node';
import { type RpcGuard, rpcGuard } from './rpc-guard.ts';
import { entriesOfFile, type RunEntry } from './spec.ts';
import { workerSandboxArgv } from './worker-sandbox.ts';

/** What the pool needs to know to give each test file a sandbox of its own. */
export interface Isolation {
  workspace: string;
  scratch: string;
  /** Every entry of the process so far (a warm process appends to it). */
  entries: RunEntry[];
  /** Folders no worker may see (every submission, the solutions, the gradebook). */
  hide: string[];
  /** Start each worker in bubblewrap; without it only the requests are confined. */
  bwrap: boolean;
}

type Message = { __vitest_worker_request__?: boolean; __vitest_worker_response__?: boolean; type?: string; context?: { files?: { filepath: string }[] } };

/**
 * Vitest's `forks` pool, with each worker started inside its own bubblewrap sandbox once its test
 * file is known: it sees only the submission that file grades, and every request it makes of
 * this process is checked by `rpcGuard` (its own files only, its own tests only). One Vitest
 * process can then grade many students' files while no student's code reaches another's.
 */
export function sandboxedPool(isolation: Isolation): PoolRunnerInitializer {
  return { name: POOL_NAME, createPoolWorker: (options) => new SandboxedWorker(options, isolation) };
}

export const POOL_NAME = 'roadmap-sandboxed';

class SandboxedWorker implements PoolWorker {
  readonly name = POOL_NAME;
  readonly cacheFs = false; // modules travel in the reply, not through files the worker could not see
  readonly #options: PoolOptions;
  readonly #isolation: Isolation;
  readonly #events = new EventEmitter();
  #child: ChildProcess | undefined;
  #start: Message | undefined;
  #guard: RpcGuard | undefined;
  #awaitingStarted = false;
  /** Requests held until the worker has answered its start request. */
  #held: WorkerRequest[] = [];

  constructor(options: PoolOptions, isolation: Isolation) {
    this.#options = options;
    this.#isolation = isolation;
  }

  on(event: string, callback: (arg: unknown) => void): void {
    this.#events.on(event, callback);
  }

  off(event: string, callback: (arg: unknown) => void): void {
    this.#events.off(event, callback);
  }

  /** The process starts with the first run request, when the file (and so the student) is known. */
  async start(): Promise<void> {}

  send(message: WorkerRequest): void {
    const m = message as Message;
    if (this.#child) {
      const checked = this.#guard!.reply(message) as WorkerRequest;
      if (this.#awaitingStarted) this.#held.push(checked);
      else this.#child.send(checked);
      return;
    }
    if (m.__vitest_worker_request__ && m.type === 'start') {
      this.#start = m;
      queueMicrotask(() => this.#events.emit('message', { __vitest_worker_response__: true, type: 'started' }));
    } else if (m.__vitest_worker_request__ && m.type === 'stop') {
      queueMicrotask(() => this.#events.emit('message', { __vitest_worker_response__: true, type: 'stopped' }));
    } else if (m.__vitest_worker_request__ && (m.type === 'run' || m.type === 'collect')) {
      this.#spawn((m.context?.files ?? []).map((f) => f.filepath));
      this.#awaitingStarted = true;
      this.#held.push(message);
      this.#child!.send(this.#start as WorkerRequest);
    }
    // Anything else before the process exists is an event for a worker that never ran: dropped.
  }

  #spawn(files: string[]): void {
    const { scratch, entries } = this.#isolation;
    const ranges = files.map(entriesOfFile);
    const indices = ranges.flatMap(([a, b]) => (a < 0 ? [] : Array.from({ length: b - a + 1 }, (_, i) => a + i)));
    const roots = new Set(indices.map((i) => entries[i]?.implRoot));
    // A worker is for one submission: a request that mixes them (or names no entry) is given none,
    // so every module of a submission is refused and its tests fail.
    const implRoot = roots.size === 1 ? [...roots][0] : undefined;
    const first = Math.min(...indices);
    const last = Math.max(...indices);
    const watchdog = path.join(scratch, 'watchdog', `${first}-${last}`);
    mkdirSync(watchdog, { recursive: true });
    const own = implRoot ? indices.map((i) => entries[i]!) : [];
    const named = own.flatMap((e) => [path.dirname(e.suite.replace(/[?#].*$/, '')), ...(e.redirect ? [e.redirect.to] : []), ...Object.values(e.overrides ?? {})]);
    this.#guard = rpcGuard({ workspace: this.#isolation.workspace, files, entries: new Set(own.length ? indices : []), implRoot, named });
    const argv = [process.execPath, ...this.#options.execArgv, path.join(this.#options.distPath, 'workers/forks.js')];
    const [cmd, ...args] = this.#isolation.bwrap ? workerSandboxArgv({ ...this.#isolation, submission: implRoot ? path.dirname(implRoot) : undefined, watchdog }, argv) : argv;
    const child = spawn(cmd!, args, {
      env: { ...this.#options.env, ROADMAP_WATCHDOG_DIR: watchdog } as NodeJS.ProcessEnv,
      stdio: ['ignore', 'ignore', 'ignore', 'ipc'], // what the code prints is dropped, as in any graded run
      serialization: 'advanced',
    });
    child.on('message', (data: unknown) => this.#fromWorker(data));
    child.on('exit', (code, signal) => this.#events.emit('exit', code ?? signal));
    child.on('error', (error) => this.#events.emit('error', error));
    this.#child = child;
  }

  #fromWorker(data: unknown): void {
    const m = data as Message & { error?: unknown };
    if (m?.__vitest_worker_response__) {
      if (this.#awaitingStarted && m.type === 'started') {
        this.#awaitingStarted = false;
        if (m.error) this.#events.emit('error', m.error);
        for (const held of this.#held.splice(0)) this.#child?.send(held);
        return; // Vitest was told it started when it asked
      }
      this.#events.emit('message', data);
      return;
    }
    const verdict = this.#guard!.request(data);
    if (verdict.allow) this.#events.emit('message', data);
    else if (verdict.reply) this.#child?.send(verdict.reply);
  }

  async stop(): Promise<void> {
    const child = this.#child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    const kill = setTimeout(() => child.kill('SIGKILL'), 1000);
    child.kill('SIGTERM');
    await exited;
    clearTimeout(kill);
  }

  deserialize(data: unknown): unknown {
    return data;
  }
}
