import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** Paths (prefixes) a student copy never holds: answers, hidden tests and the maintainers' tooling. */
export const WITHHELD = [
  'solutions/',
  'grader/suites/',
  'grader/mistakes/',
  'grader/goldens/',
  'grader/test/',
  'grader/bench/',
  '.changeset/',
  '.ci/',
  '.roadmap/',
  'docs/AUTHORING.md',
];

export const withheld = (rel: string) => WITHHELD.some((w) => (w.endsWith('/') ? rel.startsWith(w) : rel === w));

const SKIP_DIRS = new Set(['node_modules', '.git', '.turbo', '.grade', '.roadmap', '.bundle']);

/** The repository's files as relative paths: git's view (tracked and not ignored) when it is a checkout. */
export function repositoryFiles(root: string): string[] {
  if (existsSync(path.join(root, '.git'))) {
    const r = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8', maxBuffer: 256 << 20 });
    if (r.status === 0) return r.stdout.split('\0').filter((f) => f && existsSync(path.join(root, f)) && statSync(path.join(root, f)).isFile()).sort();
  }
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const d of readdirSync(path.join(root, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${d.name}` : d.name;
      if (d.isDirectory()) {
        if (!SKIP_DIRS.has(d.name)) walk(child);
      } else if (d.isFile()) out.push(child);
    }
  };
  walk('');
  return out.sort();
}
