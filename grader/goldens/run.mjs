#!/usr/bin/env node
// Maintainers only: regenerates the goldens of the named stages (all when none) with Debian's
// Python stack (apt-get install python3-sklearn python3-pandas). Tests and CI never run this.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const python = process.env.GOLDENS_PYTHON ?? '/usr/bin/python3';
if (!existsSync(python)) {
  console.error(`${python} not found. Install Debian's python3-sklearn and python3-pandas, or set GOLDENS_PYTHON.`);
  process.exit(1);
}
const wanted = process.argv.slice(2);
const scripts = readdirSync(here).filter((f) => f.endsWith('.py') && (wanted.length === 0 || wanted.some((w) => f.startsWith(w))));
if (scripts.length === 0) {
  console.error(`No generator matches ${wanted.join(' ')}; generators: ${readdirSync(here).filter((f) => f.endsWith('.py')).join(', ')}`);
  process.exit(2);
}
for (const s of scripts) {
  const out = path.join(here, '..', 'suites', s.replace(/\.py$/, ''), 'goldens');
  console.log(`${s} -> ${path.relative(process.cwd(), out)}`);
  const r = spawnSync(python, [path.join(here, s), out], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
