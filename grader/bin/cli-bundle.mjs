// The CLI prebuilt as plain JavaScript (esbuild), so a command such as an unchanged `pnpm grade`
// starts without the TypeScript loader. It is built on this machine into grader/.bundle/ the first
// time it is needed and again whenever a source it was built from changes.
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const grader = fileURLToPath(new URL('..', import.meta.url));
const workspace = path.dirname(path.resolve(grader));
const bundleRoot = path.join(grader, '.bundle');
const stampFile = path.join(bundleRoot, 'current.json');
const entry = path.join(grader, 'src', 'cli', 'main.ts');
// A reinstall can move the dependencies the bundle imports by path.
const installFiles = [path.join(workspace, 'pnpm-lock.yaml'), path.join(workspace, 'node_modules', '.modules.yaml')];

const sameStat = ([file, mtimeMs, size]) => {
  try {
    const st = statSync(file);
    return st.mtimeMs === mtimeMs && st.size === size;
  } catch {
    return false;
  }
};

/** The bundled entry when every file it was built from is unchanged, else undefined. */
export function freshBundle() {
  let stamp;
  try {
    stamp = JSON.parse(readFileSync(stampFile, 'utf8'));
  } catch {
    return undefined;
  }
  const main = path.join(bundleRoot, String(stamp.dir), 'main.js');
  // A bundle copied along with the repository still points at the sources it was built from.
  return stamp.workspace === workspace && Array.isArray(stamp.inputs) && stamp.inputs.every(sameStat) && existsSync(main) ? main : undefined;
}

/** Builds the bundle and returns its entry. Safe to run from several processes at once. */
export async function buildBundle() {
  const esbuild = await import('esbuild');
  const dir = `build-${randomUUID()}`;
  const out = path.join(bundleRoot, dir);
  const result = await esbuild.build({
    entryPoints: { main: entry },
    absWorkingDir: workspace,
    outdir: out,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    metafile: true,
    logLevel: 'silent',
    plugins: [workspaceOnly],
  });
  const inputs = [...Object.keys(result.metafile.inputs).map((f) => path.resolve(workspace, f)), ...installFiles]
    .filter((f) => existsSync(f))
    .map((f) => {
      const st = statSync(f);
      return [f, st.mtimeMs, st.size];
    });
  const tmp = `${stampFile}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify({ workspace, dir, inputs }));
  renameSync(tmp, stampFile);
  pruneOld(dir);
  return path.join(out, 'main.js');
}

// Builds older than a day that are not current; a long-running command may still load chunks of a recent one.
function pruneOld(keep) {
  const dayAgo = Date.now() - 24 * 3600 * 1000;
  for (const d of readdirSync(bundleRoot)) {
    const p = path.join(bundleRoot, d);
    if (d === keep || !d.startsWith('build-')) continue;
    try {
      if (statSync(p).mtimeMs < dayAgo) rmSync(p, { recursive: true, force: true });
    } catch {
      // another process pruned it
    }
  }
}

/**
 * The workspace's own TypeScript (grader and packages) is bundled, each file keeping its own
 * `import.meta.url`; a dependency stays external, imported by the path it resolves to here, so
 * the bundle finds it wherever the importing package's dependencies live.
 */
const workspaceOnly = {
  name: 'roadmap-workspace-only',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, async (args) => {
      if (args.pluginData === 'inner' || args.path.startsWith('node:') || args.path.startsWith('@roadmap/')) return undefined;
      const found = await build.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: 'inner' });
      if (found.errors.length) return { errors: found.errors };
      if (!found.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
      return { path: found.path, external: true };
    });
    build.onLoad({ filter: /\.[cm]?ts$/ }, (args) => {
      if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
      const source = readFileSync(args.path, 'utf8');
      return { contents: source.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)), loader: 'ts' };
    });
  },
};
