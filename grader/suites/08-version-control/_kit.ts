// Shared by the 08-version-control hidden suites: a throw-away repository driven by the real
// `git` binary with a fixed, config-free environment, and the committed goldens.
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const AUTHOR = 'Ada Lovelace <ada@example.com> 1700000000 +0100';
export const COMMITTER = 'Grace Hopper <grace@example.com> 1700000100 -0530';
export const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';

/** A fresh environment: no user or system config, fixed identities and dates. */
export function gitEnv(home: string): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin',
    HOME: home,
    LC_ALL: 'C',
    TZ: 'UTC',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_TERMINAL_PROMPT: '0',
    GIT_AUTHOR_NAME: 'Ada Lovelace',
    GIT_AUTHOR_EMAIL: 'ada@example.com',
    GIT_AUTHOR_DATE: '1700000000 +0100',
    GIT_COMMITTER_NAME: 'Grace Hopper',
    GIT_COMMITTER_EMAIL: 'grace@example.com',
    GIT_COMMITTER_DATE: '1700000100 -0530',
  };
}

export interface Run {
  status: number;
  stdout: Buffer;
  stderr: string;
}

export interface BatchCommand {
  /** Arguments after `git`. */
  args: string[];
  input?: string | Uint8Array;
  /** Extra environment for this command only. */
  env?: Record<string, string>;
}

const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/** A temporary repository (`git init` with main as the initial branch, no auto gc). */
export class TempRepo {
  readonly root: string;
  readonly work: string;
  readonly gitDir: string;
  readonly env: Record<string, string>;
  private batches = 0;

  constructor(opts: { bare?: boolean } = {}) {
    this.root = mkdtempSync(path.join(os.tmpdir(), 'vc-'));
    this.work = path.join(this.root, 'work');
    this.env = gitEnv(this.root);
    const init = spawnSync('sh', ['-c', `git -c init.defaultBranch=main init -q ${opts.bare ? '--bare ' : ''}work && cd work && git config gc.auto 0 && git config core.autocrlf false`], {
      cwd: this.root,
      env: this.env,
      encoding: 'utf8',
    });
    if (init.status !== 0) throw new Error(`git init failed: ${init.stderr}`);
    this.gitDir = opts.bare ? this.work : path.join(this.work, '.git');
  }

  /** Runs one git command; never throws. */
  run(args: string[], input?: string | Uint8Array): Run {
    const r = spawnSync('git', args, { cwd: this.work, env: this.env, input, maxBuffer: 64 << 20 });
    return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr.toString('utf8') };
  }

  /** Runs one git command and returns its stdout as text; throws with stderr when it fails. */
  git(args: string[], input?: string | Uint8Array): string {
    const r = this.run(args, input);
    if (r.status !== 0) throw new Error(`git ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
    return r.stdout.toString('utf8');
  }

  /**
   * Runs several git commands from ONE shell process (spawning is the slow part), in order.
   * Results come back in the same order.
   */
  batch(commands: BatchCommand[]): Run[] {
    const dir = path.join(this.root, `batch-${this.batches++}`);
    mkdirSync(dir);
    const lines = commands.map((c, i) => {
      writeFileSync(path.join(dir, `${i}.in`), c.input ?? '');
      const env = Object.entries(c.env ?? {}).map(([k, v]) => `${k}=${quote(v)} `).join('');
      return `${env}git ${c.args.map(quote).join(' ')} <${quote(path.join(dir, `${i}.in`))} >${quote(path.join(dir, `${i}.out`))} 2>${quote(path.join(dir, `${i}.err`))}; echo $? >${quote(path.join(dir, `${i}.rc`))}`;
    });
    // No `set -e` here: a non-zero exit is a result to report, not a failure of the batch.
    const r = spawnSync('sh', ['-c', lines.join('\n')], { cwd: this.work, env: this.env, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`batch failed (${r.status}): ${r.stderr}`);
    return commands.map((_, i) => ({
      status: Number(readFileSync(path.join(dir, `${i}.rc`), 'utf8')),
      stdout: readFileSync(path.join(dir, `${i}.out`)),
      stderr: readFileSync(path.join(dir, `${i}.err`), 'utf8'),
    }));
  }

  /** Runs a shell script in the working tree (set -e); returns stdout. */
  sh(script: string): string {
    const r = spawnSync('sh', ['-c', `set -e\n${script}`], { cwd: this.work, env: this.env, encoding: 'utf8', maxBuffer: 64 << 20 });
    if (r.status !== 0) throw new Error(`script failed (${r.status}): ${r.stderr}\n${script}`);
    return r.stdout;
  }

  /** Writes a file under the working tree, creating folders. */
  write(rel: string, content: string | Uint8Array): string {
    const file = path.join(this.work, rel);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
    return file;
  }

  dispose(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}

/** Parses `git cat-file --batch` output: `<oid> <type> <size>\n<content>\n` per object. */
export function parseCatFileBatch(out: Buffer): { oid: string; type: string; size: number; content: Buffer }[] {
  const objects = [];
  let at = 0;
  while (at < out.length) {
    const nl = out.indexOf(0x0a, at);
    const [oid, type, size] = out.subarray(at, nl).toString('utf8').split(' ');
    if (type === 'missing') throw new Error(`cat-file: ${oid} missing`);
    const n = Number(size);
    objects.push({ oid: oid!, type: type!, size: n, content: out.subarray(nl + 1, nl + 1 + n) });
    at = nl + 1 + n + 1;
  }
  return objects;
}

/** SHA-1 of `"<type> <len>\0" + body`, computed here as the definition says (a model, not the learner's). */
export function modelOid(type: string, body: Uint8Array | string): string {
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : Buffer.from(body);
  return createHash('sha1').update(Buffer.concat([Buffer.from(`${type} ${bytes.length}\0`), bytes])).digest('hex');
}

/** Hex of some bytes, for failure messages that show every byte. */
export const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');

/** A committed golden file, written by grader/goldens/08-version-control.py from real git. */
export function golden<T>(name: string): T {
  const here = path.dirname(fileURLToPath(import.meta.url));
  return JSON.parse(readFileSync(path.join(here, 'goldens', name), 'utf8')) as T;
}

/** Materialises a snapshot `{ relative path: base64 bytes }` (from the goldens) in a new folder. */
export function materialise(files: Record<string, string>): { dir: string; dispose: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'vc-golden-'));
  for (const [rel, b64] of Object.entries(files)) {
    const file = path.join(dir, rel);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, Buffer.from(b64, 'base64'));
  }
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}
