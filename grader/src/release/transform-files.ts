/**
 * Rewrites of the workspace files that name what a student copy withholds, so that the copy
 * installs from its own lockfile (`pnpm install --frozen-lockfile` passes) and typechecks.
 */

/** Drops the `solutions/*` package glob. */
export function studentWorkspaceYaml(text: string): string {
  return text
    .split('\n')
    .filter((l) => !/^\s*-\s*['"]?solutions\//.test(l))
    .join('\n');
}

/** Drops the lockfile's `solutions/...` importers: pnpm checks importers against the workspace's packages. */
export function studentLockfile(text: string): string {
  const lines = text.split('\n');
  const out: string[] = [];
  let section = '';
  let skipping = false;
  for (const line of lines) {
    if (/^\S/.test(line)) {
      section = line;
      skipping = false;
    } else if (section === 'importers:' && /^ {2}\S/.test(line)) {
      skipping = /^ {2}['"]?solutions\//.test(line);
      // The blank line before a dropped importer goes with it.
      if (skipping && out.at(-1) === '') out.pop();
    }
    if (!skipping) out.push(line);
  }
  return out.join('\n');
}

/** Scripts a student copy keeps, with `test` running the typecheck and the visible tests. */
export function studentPackageJson(text: string): string {
  const pkg = JSON.parse(text) as { scripts?: Record<string, string> };
  const drop = ['verify', 'bench', 'bench:cohort', 'goldens', 'changeset'];
  for (const k of drop) delete pkg.scripts?.[k];
  if (pkg.scripts) pkg.scripts.test = 'pnpm typecheck && pnpm grade';
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

/** The TypeScript project without the solutions' `@impl` paths and the withheld folders. */
export function studentTsconfig(text: string): string {
  const cfg = JSON.parse(text) as { compilerOptions?: { paths?: Record<string, string[]> }; include?: string[]; exclude?: string[] };
  if (cfg.compilerOptions?.paths) {
    for (const k of Object.keys(cfg.compilerOptions.paths)) if (k.startsWith('@impl/')) delete cfg.compilerOptions.paths[k];
    if (Object.keys(cfg.compilerOptions.paths).length === 0) delete cfg.compilerOptions.paths;
  }
  const gone = ['solutions/', 'grader/suites', 'grader/test', 'grader/bench'];
  cfg.include = (cfg.include ?? []).filter((p) => !gone.some((g) => p.startsWith(g)));
  cfg.exclude = (cfg.exclude ?? []).filter((p) => !gone.some((g) => p.startsWith(g)));
  if (cfg.exclude.length === 0) delete cfg.exclude;
  return `${JSON.stringify(cfg, null, 2)}\n`;
}
