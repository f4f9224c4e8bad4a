import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openGradebook } from '@roadmap/gradebook';
import { graderWorkspace } from '../src/catalog/workspace.ts';
import { gradeCohort } from '../src/cohort/grade-cohort.ts';
import { bwrapAvailable } from '../src/run/worker-sandbox.ts';
import { readBack, type StoredStudent } from './_gradebook.ts';

// Every file in test/hostile/ is one student's bisect.ts; two honest students sit beside them,
// and one whose bisect has an honest bug (an attack that scored other students' tests would
// turn it into a pass).
const only = ['07-algorithms'];
const hostileDir = path.join(graderWorkspace, 'grader', 'test', 'hostile');
const attacks = readdirSync(hostileDir).filter((f) => f.endsWith('.ts')).map((f) => f.replace(/\.ts$/, ''));
let dir: string;
let db: string;
let results: Record<string, StoredStudent>;
let flags: Record<string, string[]>;
let seconds = 0;
let phoneCalls = 0;
let server: http.Server;
const leftover = () => spawnSync('pgrep', ['-f', 'sleep 613']).stdout.toString().trim();
// Files later runs trust (kept caches, the prebuilt CLI, the suites) that hold plant-cache.ts's mark.
const trusted = ['node_modules/.cache/roadmap', 'grader/.bundle', 'grader/suites/07-algorithms'];
const planted = () =>
  trusted.flatMap((rel) => {
    const dir = path.join(graderWorkspace, rel);
    if (!existsSync(dir)) return [];
    return readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .map((f) => path.join(dir, f))
      .filter((f) => statSync(f).isFile() && readFileSync(f).includes('planted by a student'))
      .map((f) => path.relative(graderWorkspace, f));
  });

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'roadmap-hostile-'));
  db = path.join(dir, 'book', 'gradebook.sqlite');
  server = http.createServer((_req, res) => {
    phoneCalls++;
    res.end('ok');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  const students = [...attacks.map((a) => `h-${a}`), 'honest-1', 'honest-2', 'weak-1'];
  const other = path.join(dir, 'submissions', 'honest-1', 'exercises', '07-algorithms', 'src', 'bisect.ts');
  for (const id of students) {
    const src = path.join(dir, 'submissions', id, 'exercises', '07-algorithms', 'src');
    mkdirSync(src, { recursive: true });
    cpSync(path.join(graderWorkspace, 'solutions', '07-algorithms', 'src'), src, { recursive: true });
    if (id.startsWith('h-')) {
      const attack = readFileSync(path.join(hostileDir, `${id.slice(2)}.ts`), 'utf8').replaceAll('__PORT__', String(port)).replaceAll('__GRADEBOOK__', db).replaceAll('__OTHER__', other);
      writeFileSync(path.join(src, 'bisect.ts'), attack);
    }
    if (id === 'weak-1') writeFileSync(path.join(src, 'bisect.ts'), readFileSync(path.join(src, 'bisect.ts'), 'utf8').replace('lo = mid + 1', 'lo = mid + 2'));
  }
  writeFileSync(path.join(dir, 'roster.csv'), `student_id,name,email\n${students.map((s) => `${s},${s},${s}@example.edu`).join('\n')}\n`);
  const started = Date.now();
  await gradeCohort({ roster: path.join(dir, 'roster.csv'), submissions: path.join(dir, 'submissions'), db, only, testMs: 5000 });
  seconds = (Date.now() - started) / 1000;
  results = await readBack(db);
  const gb = await openGradebook(db);
  flags = Object.fromEntries((await gb.db.selectFrom('runs').select(['student_id', 'flags']).execute()).map((r) => [r.student_id, JSON.parse(r.flags) as string[]]));
  await gb.close();
});

afterAll(() => {
  server?.close();
  spawnSync('pkill', ['-f', 'sleep 613']);
  rmSync(dir, { recursive: true, force: true });
});

describe.runIf(bwrapAvailable())('a class with hostile submissions', () => {
  it('has a corpus of at least ten attacks', () => {
    expect(attacks.length).toBeGreaterThanOrEqual(10);
  });

  it('grades every hostile bisect as not passed, and nothing else of theirs', () => {
    for (const a of attacks) {
      const r = results[`h-${a}`];
      expect(r?.sandbox, a).toBe('bwrap');
      expect(r?.notPassed, a).toEqual(['07-algorithms/bisect']);
    }
  });

  it('leaves the honest students passing everything', () => {
    expect([...(results['honest-1']?.crashed ?? []), ...(results['honest-2']?.crashed ?? [])].slice(0, 1)).toEqual([]);
    expect(results['honest-1']?.notPassed).toEqual([]);
    expect(results['honest-2']?.notPassed).toEqual([]);
  });

  it('lets no attack score the tests of another student', () => {
    expect(results['weak-1']?.notPassed).toEqual(['07-algorithms/bisect']);
  });

  it('lets no code reach the network, leave processes behind, or touch the gradebook or the files later runs trust', () => {
    expect(planted()).toEqual([]);
    expect(phoneCalls).toBe(0);
    expect(leftover()).toBe('');
    expect(readFileSync(db).subarray(0, 15).toString()).toBe('SQLite format 3');
  });

  it('flags the attempts an instructor should look at', () => {
    expect(flags['h-process-exit']).toContainEqual(expect.stringContaining('calls process.exit'));
    expect(flags['h-override-builtins']).toContainEqual(expect.stringContaining('changes built-ins'));
    expect(flags['h-open-socket']).toContainEqual(expect.stringContaining('opens network connections'));
    expect(flags['h-child-processes']).toContainEqual(expect.stringContaining('starts processes'));
    expect(flags['honest-1']).toEqual([]);
  });

  it('ends in bounded time', () => {
    expect(seconds).toBeLessThan(600);
  });
});
