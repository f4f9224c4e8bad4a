#!/usr/bin/env node
// The `pnpm grade | learn | list | hint | reset | solution | verify | cohort | daemon` command.
// It runs the prebuilt bundle of the CLI (see cli-bundle.mjs), which loads the TypeScript loader
// only when it has to import a `.ts` file itself (a stage manifest not in the cache).
// ROADMAP_BUNDLE=off, or a bundle that cannot be built, runs the sources under tsx instead.
import { pathToFileURL } from 'node:url';
import { buildBundle, freshBundle } from './cli-bundle.mjs';

let bundled;
if (process.env.ROADMAP_BUNDLE !== 'off') {
  bundled = freshBundle();
  if (!bundled) {
    try {
      bundled = await buildBundle();
    } catch (e) {
      if (process.env.ROADMAP_DEBUG) process.stderr.write(`roadmap: the CLI bundle could not be built, running from source: ${e.message}\n`);
    }
  }
}

const debug = (line) => process.env.ROADMAP_DEBUG && process.stderr.write(`roadmap: ${line}\n`);
if (bundled) {
  debug(`running the bundle ${bundled}`);
  globalThis[Symbol.for('roadmap.registerTypeScript')] = async () => {
    debug('registering the TypeScript loader');
    (await import('tsx/esm/api')).register();
  };
  await import(pathToFileURL(bundled).href);
} else {
  debug('running from source');
  // The libraries every command loads come before the TypeScript loader: under tsx's hooks each
  // of their modules costs a round trip to the loader's thread.
  await Promise.all([import('citty'), import('picocolors'), import('zod')]);
  (await import('tsx/esm/api')).register();
  await import(new URL('../src/cli/main.ts', import.meta.url).href);
}
