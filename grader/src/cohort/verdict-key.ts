import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const relativeImport = /(?:import|export)\s[^'"]*?from\s*['"](\.{1,2}\/[^'"]+)['"]|import\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g;

/** The exercise file and every file of its stage it imports, directly or not. */
export function exerciseClosure(stageSrc: string, exercise: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    for (const m of readFileSync(file, 'utf8').matchAll(relativeImport)) {
      const spec = m[1] ?? m[2]!;
      const base = path.resolve(path.dirname(file), spec);
      for (const c of [base, `${base}.ts`, base.replace(/\.js$/, '.ts'), path.join(base, 'index.ts')]) {
        if (c.startsWith(stageSrc) && existsSync(c) && c.endsWith('.ts')) {
          visit(c);
          break;
        }
      }
    }
  };
  visit(path.join(stageSrc, `${exercise}.ts`));
  return [...seen].sort();
}

/**
 * The content address of grading one exercise of one copy: same suites version, same exercise,
 * same code (the file and what it imports) give the same verdict, so it is graded once.
 */
export function verdictKey(suitesVersion: string, tree: string, stage: string, exercise: string): string {
  const src = path.join(tree, stage, 'src');
  const h = createHash('sha256').update(`${suitesVersion}\0${stage}/${exercise}\0`);
  for (const f of exerciseClosure(src, exercise)) h.update(`${path.relative(src, f)}\0`).update(readFileSync(f)).update('\0');
  return h.digest('hex');
}
