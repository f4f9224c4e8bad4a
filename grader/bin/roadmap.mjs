#!/usr/bin/env node
// The `pnpm grade | learn | list | hint | reset | solution | verify | cohort` command. The libraries
// every command loads are imported before the TypeScript loader is registered: under tsx's hooks
// each of their modules costs a round trip to the loader's thread.
import 'citty';
import 'picocolors';
import 'zod';
import { register } from 'tsx/esm/api';

register();
await import(new URL('../src/cli/main.ts', import.meta.url).href);
