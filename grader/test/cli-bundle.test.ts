import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, copyRepo } from './_cli.ts';

// The CLI runs from a bundle built on first use and rebuilt when a source changes, and reads the
// stage manifests from a cache that must follow every edit of a stage.ts.
const copy = copyRepo(['grader', 'exercises/07-algorithms', 'packages', 'pnpm-workspace.yaml', 'pnpm-lock.yaml']);
afterAll(() => copy.dispose());
const bin = path.join(copy.root, 'grader', 'bin', 'roadmap.mjs');
const list = (env: Record<string, string> = {}) => cli(['list'], { bin, cwd: copy.root, env: { ROADMAP_DEBUG: '1', ...env } });
const bundleOf = (stderr: string) => /running the bundle (\S+)/.exec(stderr)?.[1];
const manifest = path.join(copy.root, 'exercises', '07-algorithms', 'stage.ts');

describe('the prebuilt CLI', () => {
  it('is built once, reused, and rebuilt when a grader source changes', () => {
    const first = list();
    expect(first.code).toBe(0);
    const built = bundleOf(first.stderr);
    expect(built).toContain(path.join(copy.root, 'grader', '.bundle'));

    const again = list();
    expect(again.stdout).toBe(first.stdout);
    expect(bundleOf(again.stderr)).toBe(built);
    // The manifests came from the cache: no TypeScript was loaded.
    expect(again.stderr).not.toContain('TypeScript loader');

    const errors = path.join(copy.root, 'grader', 'src', 'errors.ts');
    writeFileSync(errors, `${readFileSync(errors, 'utf8')}\n// edited\n`);
    const rebuilt = list();
    expect(rebuilt.stdout).toBe(first.stdout);
    expect(bundleOf(rebuilt.stderr)).toMatch(/\.bundle/);
    expect(bundleOf(rebuilt.stderr)).not.toBe(built);
  });

  it('sees an edited stage manifest at once', () => {
    list();
    const text = readFileSync(manifest, 'utf8');
    writeFileSync(manifest, text.replace('Binary search: bisect_left and bisect_right', 'Binary search, renamed'));
    const edited = list();
    expect(edited.stdout).toContain('Binary search, renamed');
    expect(edited.stderr).toContain('registering the TypeScript loader');
    expect(list().stderr).not.toContain('TypeScript loader');

    // The same size: the modification time still tells them apart.
    writeFileSync(manifest, text);
    expect(list().stdout).toContain('bisect_left and bisect_right');
    writeFileSync(manifest, text.replace('bisect_left and bisect_right', 'bisect_left and bisect_rigHT'));
    expect(list().stdout).toContain('bisect_rigHT');
  });

  it('runs from source when told to', () => {
    const r = list({ ROADMAP_BUNDLE: 'off' });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('running from source');
    expect(r.stdout).toContain('bisect');
  });
});
