import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import type { RunEntry } from './spec.ts';

/** Packages a learner's file may not import: the grading machinery itself. */
const forbidden = /^(vitest|@vitest\/|vite$|chai$|tinyspy$|@roadmap\/grader|expect-type$)/;

const entryOfImporter = (importer: string | undefined): number | undefined => {
  const m = importer && /[?&]e=(\d+)/.exec(importer);
  return m ? Number(m[1]) : undefined;
};

const tsCandidates = (p: string) => [p, `${p}.ts`, `${p}/index.ts`, p.replace(/\.js$/, '.ts')];

/**
 * Resolves `@impl/<stage>/<exercise>` in a hidden suite to the file of the tree being graded
 * (chosen by the `?e=N` query of the importing suite), lets files outside this workspace use
 * its dependencies, and refuses imports of the test framework from learner code.
 */
export function implResolver(workspace: string, entries: RunEntry[]): Plugin {
  const roots = [...new Set(entries.map((e) => path.resolve(e.implRoot)))];
  const overrideHome = new Map<string, string>(); // override file -> the stage src folder it stands in
  for (const e of entries) {
    for (const [key, file] of Object.entries(e.overrides ?? {})) {
      const [stage] = key.split('/');
      overrideHome.set(path.resolve(file), path.join(e.implRoot, stage!, 'src'));
    }
  }
  const stageOf = (file: string): string | undefined => {
    const home = overrideHome.get(file);
    if (home) return path.basename(path.dirname(home));
    for (const root of roots) {
      if (file.startsWith(root + path.sep)) return path.relative(root, file).split(path.sep)[0];
    }
    return undefined;
  };

  return {
    name: 'roadmap:impl-resolver',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (source.startsWith('@impl/')) {
        const index = entryOfImporter(importer) ?? 0;
        const entry = entries[index];
        if (!entry) return this.error(`No grading entry ${index} for ${importer}`);
        const [stage, exercise] = source.slice('@impl/'.length).split('/');
        const override = entry.overrides?.[`${stage}/${exercise}`];
        if (override) return path.resolve(override);
        const file = path.join(entry.implRoot, stage!, 'src', `${exercise}.ts`);
        if (!existsSync(file)) {
          return this.error(`${file} is missing. Restore it (git checkout, or \`pnpm reset ${exercise}\`) and grade again.`);
        }
        return file;
      }
      const redirect = entries[entryOfImporter(importer) ?? -1]?.redirect;
      if (redirect && source.startsWith('.')) {
        const resolved = await this.resolve(source, importer, { skipSelf: true });
        if (resolved && resolved.id.startsWith(redirect.from)) return redirect.to + resolved.id.slice(redirect.from.length);
        return resolved;
      }
      const from = importer?.split('?')[0];
      if (!from || from.includes(`${path.sep}node_modules${path.sep}`)) return null;
      const bare = !source.startsWith('.') && !source.startsWith('/') && !source.startsWith('node:') && !source.startsWith('\0');
      const inWorkspace = from.startsWith(path.resolve(workspace) + path.sep);
      const stage = stageOf(from);
      if (!stage) {
        // A hidden suite of another copy (a maintainer's check): it uses this grader's packages.
        return bare && !inWorkspace && path.isAbsolute(from) ? this.resolve(source, path.join(workspace, 'grader', 'package.json'), { skipSelf: true }) : null;
      }
      const home = overrideHome.get(from);
      if (home && source.startsWith('.')) {
        for (const candidate of tsCandidates(path.resolve(home, source))) if (existsSync(candidate)) return candidate;
        return null;
      }
      if (!bare) return null;
      if (forbidden.test(source)) {
        return this.error(`${from} imports "${source}": exercise code may not import the test framework. Remove that import.`);
      }
      if (inWorkspace) return null;
      // A copy without node_modules: resolve as if the file sat in this workspace's grader.
      return this.resolve(source, path.join(workspace, 'grader', 'package.json'), { skipSelf: true });
    },
  };
}
