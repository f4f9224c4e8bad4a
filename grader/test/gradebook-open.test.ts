import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { graderWorkspace } from '../src/catalog/workspace.ts';

// A grading run and a report (or two runs) may open a gradebook file that does not exist yet at
// the same moment: both create and migrate it, and neither may fail.
const dir = mkdtempSync(path.join(os.tmpdir(), 'roadmap-open-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const script = path.join(graderWorkspace, 'grader', 'test', '_open-gradebook.ts');
const open = (file: string) =>
  new Promise<string>((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, file], { cwd: path.join(graderWorkspace, 'grader'), stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (b: Buffer) => (out += b.toString()));
    child.on('close', () => resolve(out.trim()));
  });

describe('a new SQLite gradebook opened by several processes at once', () => {
  it('is created and migrated once, and every process opens it', async () => {
    const results: string[] = [];
    for (let round = 0; round < 12; round++) {
      const file = path.join(dir, `book-${round}.sqlite`);
      results.push(...(await Promise.all([open(file), open(file), open(file)])));
    }
    expect(results.filter((r) => r !== 'ok')).toEqual([]);
  }, 120_000);
});
