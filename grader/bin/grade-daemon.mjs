#!/usr/bin/env node
// The grading daemon `pnpm grade` starts in the background (see src/daemon/daemon-main.ts). Vitest
// runs in its own process, so nothing needs loading before the TypeScript loader is registered.
import { register } from 'tsx/esm/api';

register();
await import(new URL('../src/daemon/daemon-main.ts', import.meta.url).href);
