#!/usr/bin/env node
// Turbo's `grade` task of one stage package: grades the package it runs in and writes
// `.grade/result.json`. Always exits 0 on a graded stage so turbo caches the result.
import { register } from 'tsx/esm/api';

register();
await import(new URL('../src/cli/grade-stage.ts', import.meta.url).href);
