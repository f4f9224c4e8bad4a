import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Stage } from './curriculum.ts';

const FORMAT = 1;
const manifestSources = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../packages/manifest/src');

const statKey = (file: string): string | undefined => {
  try {
    const st = statSync(file);
    return `${st.mtimeMs}:${st.size}`;
  } catch {
    return undefined;
  }
};

// A change to the manifest checker invalidates every stored stage.
let checkerKey: string | undefined;
const checker = (): string => {
  if (checkerKey === undefined) {
    let files: string[] = [];
    try {
      files = readdirSync(manifestSources).sort();
    } catch {
      // no sources beside this grader: the format alone keys the cache
    }
    checkerKey = [FORMAT, ...files.map((f) => `${f}=${statKey(path.join(manifestSources, f))}`)].join(',');
  }
  return checkerKey;
};

const caches = new Map<string, StageCache>();

/**
 * Checked stage manifests stored as JSON under `<root>/node_modules/.cache/roadmap/`, each keyed
 * by its `stage.ts` file's modification time and size, so listing the curriculum needs neither
 * the TypeScript loader nor the manifest files themselves. Inert where `root` has no `node_modules`.
 */
export class StageCache {
  static for(root: string): StageCache {
    let c = caches.get(root);
    if (!c) caches.set(root, (c = new StageCache(root)));
    return c;
  }

  private readonly file: string;
  private readonly enabled: boolean;
  private entries: Record<string, { key: string; stage: Stage }> | undefined;

  private constructor(root: string) {
    const modules = path.join(root, 'node_modules');
    this.enabled = statKey(modules) !== undefined;
    this.file = path.join(modules, '.cache', 'roadmap', 'stages.json');
  }

  private keyOf(manifest: string): string | undefined {
    const own = statKey(manifest);
    return own && `${own}|${checker()}`;
  }

  private load(): Record<string, { key: string; stage: Stage }> {
    if (!this.entries) {
      try {
        const parsed = JSON.parse(readFileSync(this.file, 'utf8')) as unknown;
        this.entries = parsed && typeof parsed === 'object' ? (parsed as Record<string, { key: string; stage: Stage }>) : {};
      } catch {
        this.entries = {};
      }
    }
    return this.entries!;
  }

  /** The stored stage of `manifest` when that file is unchanged since it was stored. */
  get(manifest: string): Stage | undefined {
    if (!this.enabled) return undefined;
    const hit = this.load()[manifest];
    return hit && hit.key === this.keyOf(manifest) ? structuredClone(hit.stage) : undefined;
  }

  put(manifest: string, stage: Stage): void {
    const key = this.enabled ? this.keyOf(manifest) : undefined;
    if (!key) return;
    const entries = this.load();
    entries[manifest] = { key, stage };
    try {
      mkdirSync(path.dirname(this.file), { recursive: true });
      const tmp = `${this.file}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify(entries));
      renameSync(tmp, this.file);
    } catch {
      // A cache that cannot be written only costs the next run a reload.
    }
  }
}
