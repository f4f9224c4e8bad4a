import { existsSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import type { Plugin } from 'vite';
import type { RunEntry } from './spec.ts';

/** What a learner's file may import besides its own stage's files: Node's built-ins and these. */
const allowedPackages = new Set(['@roadmap/todo', '@roadmap/testkit']);
const isBuiltin = (s: string) => s.startsWith('node:') || builtinModules.includes(s.split('/')[0]!);

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
  const roots: string[] = [];
  const overrideHome = new Map<string, string>(); // override file -> the stage src folder it stands in
  let indexed = 0;
  // A warm grading process appends entries between runs: index the new ones on first use.
  const index = () => {
    for (; indexed < entries.length; indexed++) {
      const e = entries[indexed]!;
      const root = path.resolve(e.implRoot);
      if (!roots.includes(root)) roots.push(root);
      for (const [key, file] of Object.entries(e.overrides ?? {})) {
        const [stage] = key.split('/');
        overrideHome.set(path.resolve(file), path.join(e.implRoot, stage!, 'src'));
      }
    }
  };
  const rootOf = (file: string) => roots.find((r) => file.startsWith(r + path.sep));
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
      index();
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
      if (!from || from.includes(`${path.sep}node_modules${path.sep}`) || source.startsWith('\0') || source.startsWith('/@')) return null;
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
      if (source.startsWith('.')) {
        // Relative imports stay inside the stage's own src folder.
        const stageSrc = home ?? path.join(rootOf(from)!, stage, 'src');
        const target = path.resolve(path.dirname(from), source);
        if (!target.startsWith(stageSrc + path.sep)) {
          return this.error(`${from} imports "${source}", outside its stage's src folder. Exercise code may import only files of its own stage.`);
        }
        return null;
      }
      if (!bare || (!isBuiltin(source) && !allowedPackages.has(source))) {
        if (isBuiltin(source)) return null;
        return this.error(`${from} imports "${source}". Exercise code may import only its stage's own files, Node's built-in modules, @roadmap/todo and @roadmap/testkit.`);
      }
      if (isBuiltin(source)) return null;
      if (inWorkspace) return null;
      // A copy without node_modules: resolve as if the file sat in this workspace's grader.
      return this.resolve(source, path.join(workspace, 'grader', 'package.json'), { skipSelf: true });
    },
  };
}
