import { existsSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateFileHash } from 'vitest/node';

/** What one sandboxed worker may ask of the grading process. */
export interface GuardScope {
  workspace: string;
  /** The test files the worker was given. */
  files: string[];
  /** The entries those files grade. */
  entries: Set<number>;
  /** The tree of the submission they grade (`<submission>/exercises`). */
  implRoot: string | undefined;
  /** Other places those entries name: the folders of their suites (visible tests and their helpers live in the tree), overrides. */
  named?: string[];
}

type Rpc = { t?: string; m?: string; a?: unknown[]; i?: string; r?: unknown; e?: unknown };

export type Verdict = { allow: true } | { allow: false; reply?: Rpc };

/**
 * Checks the requests a worker makes of the grading process (Vitest's birpc calls) and the
 * modules sent back to it. A worker may report on its own tests only, and receive the code of
 * its own submission, the suites it grades, the grading setup and the dependencies; anything
 * else (another student's file, the gradebook, a suite bound to another student's entry) is
 * refused with an error, so a student's code can neither read nor score another's.
 */
export interface RpcGuard {
  /** A message from the worker. */
  request(message: unknown): Verdict;
  /** A message to the worker: the reply to a module request is checked before it leaves. */
  reply(message: unknown): unknown;
}

/** Calls passed through unchanged: they carry no task ids and return no file content. */
const harmless = new Set(['onUserConsoleLog', 'onUnhandledError', 'onAsyncLeaks', 'getCountOfFailedTests']);
/** Calls whose reply names or carries a module: checked on the way back. */
const moduleCalls = new Set(['fetch', 'resolve', 'transform']);

const under = (p: string, dir: string) => p === dir || p.startsWith(dir + path.sep);

export function rpcGuard(scope: GuardScope): RpcGuard {
  const ws = scope.workspace;
  const real = (p: string) => (existsSync(p) ? realpathSync(p) : p);
  const roots = [
    path.join(ws, 'node_modules'),
    // Installed packages may live elsewhere behind a symlink (a shared install); Vite asks for them by their real path.
    real(path.join(ws, 'node_modules')),
    real(path.join(ws, 'node_modules', '.pnpm')),
    path.join(ws, 'packages'),
    path.join(ws, 'grader', 'suites'),
    path.join(ws, 'grader', 'src', 'run'),
    ...scope.files,
    ...(scope.named ?? []),
    ...(scope.implRoot ? [scope.implRoot] : []),
  ];
  const fileIds = scope.files.map((f) => generateFileHash(path.relative(ws, f).split(path.sep).join('/'), ''));
  const ownTask = (id: unknown) => typeof id === 'string' && fileIds.some((f) => id === f || id.startsWith(`${f}_`));
  const ownFile = (f: unknown) => typeof f === 'string' && scope.files.includes(f);
  const pending = new Map<string, string>();

  const refuse = (m: Rpc, why: string): Verdict => ({ allow: false, ...(m.i ? { reply: { t: 's', i: m.i, e: new Error(`Refused by the grader: ${why}`) } } : {}) });

  /** A module id, URL or path the worker may receive: its own files, the suites for its entries. */
  const moduleAllowed = (ref: unknown): boolean => {
    if (ref === undefined || ref === null) return true;
    if (typeof ref !== 'string') return false;
    // A plugin's virtual module (a runtime helper such as `usingCtx`) names a package, not a path.
    const virtual = ref.startsWith('/@id/__x00__') ? ref.slice('/@id/__x00__'.length) : ref.startsWith('\0') ? ref.slice(1) : undefined;
    if (virtual !== undefined) return /^[a-z@][\w@+.-]*(\/[\w@+.-]+)*$/i.test(virtual) && !virtual.includes('..');
    if (ref.startsWith('/@id/')) return moduleAllowed(ref.slice('/@id'.length));
    if (ref.startsWith('node:') || /^[a-z@][\w@./-]*$/i.test(ref) && !ref.includes('..') && !ref.startsWith('/')) return !/[?&]e=/.test(ref) || entryQueryAllowed(ref);
    if (!entryQueryAllowed(ref)) return false;
    const bare = ref.replace(/[?#].*$/, '');
    // A root-relative URL may also be read as an absolute path: one reading must be allowed, and
    // the other either allowed too or naming nothing at all.
    const candidates = bare.startsWith('/@fs/') ? [bare.slice(4)] : bare.startsWith('file://') ? [fileURLToPath(bare)] : bare.startsWith('/') ? [bare, path.join(ws, bare)] : [];
    const allowed = (c: string) => roots.some((r) => under(path.resolve(c), r));
    return candidates.some(allowed) && candidates.every((c) => allowed(c) || !existsSync(c));
  };
  const entryQueryAllowed = (ref: string) => [...ref.matchAll(/[?&]e=(\d+)/g)].every((m) => scope.entries.has(Number(m[1])));

  const tasksOwned = (m: Rpc): boolean => {
    const a = m.a ?? [];
    switch (m.m) {
      case 'onQueued':
        return ownFile((a[0] as { filepath?: unknown })?.filepath) && ownTask((a[0] as { id?: unknown })?.id);
      case 'onCollected':
        return Array.isArray(a[0]) && (a[0] as unknown[]).every(function owned(t): boolean {
          const task = t as { id?: unknown; tasks?: unknown[] };
          return ownTask(task?.id) && (task.tasks ?? []).every(owned);
        });
      case 'onTaskUpdate':
        return [a[0], a[1]].every((list) => list === undefined || (Array.isArray(list) && list.every((pack) => Array.isArray(pack) && ownTask(pack[0]))));
      case 'onTaskArtifactRecord':
        return ownTask(a[0]);
      case 'resolveSnapshotPath':
        return ownFile(a[0]);
      case 'snapshotSaved':
        return ownFile((a[0] as { filepath?: unknown })?.filepath);
      default:
        return false;
    }
  };

  return {
    request(message) {
      const m = message as Rpc;
      if (!m || typeof m !== 'object' || m.t !== 'q' || typeof m.m !== 'string') return { allow: false };
      if (harmless.has(m.m)) return { allow: true };
      if (moduleCalls.has(m.m)) {
        if (!moduleAllowed(m.a?.[0])) return refuse(m, `${m.m} ${String(m.a?.[0])} is outside this submission.`);
        if (m.i) pending.set(m.i, m.m);
        return { allow: true };
      }
      return tasksOwned(m) ? { allow: true } : refuse(m, `${m.m} names tests of another file.`);
    },
    reply(message) {
      const m = message as Rpc;
      if (!m || typeof m !== 'object' || m.t !== 's' || !m.i || !pending.has(m.i)) return message;
      const method = pending.get(m.i)!;
      pending.delete(m.i);
      if (m.e !== undefined || m.r === null || m.r === undefined) return message;
      const r = m.r as { file?: unknown; id?: unknown; url?: unknown; externalize?: unknown; code?: unknown };
      const refs = [r.file, r.id, r.url, r.externalize];
      return refs.every(moduleAllowed) ? message : { t: 's', i: m.i, e: new Error(`Refused by the grader: ${method} resolved outside this submission.`) };
    },
  };
}
