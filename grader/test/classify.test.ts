import { describe, expect, it } from 'vitest';
import { classify } from '../src/run/classify.ts';
import type { ResultLine, RunEntry } from '../src/run/spec.ts';

const entry: RunEntry = { stage: '07-algorithms', exercise: 'bisect', suite: '/s.test.ts', implRoot: '/x' };
const test = (state: 'passed' | 'failed', todo = false, name = `t${Math.random()}`): ResultLine => ({ kind: 'test', entry: 0, name, state, ms: 1, todo });
const mod = (errors: string[] = []): ResultLine => ({ kind: 'module', entry: 0, state: errors.length ? 'failed' : 'passed', errors });
const end: ResultLine = { kind: 'end', reason: 'passed', errors: [] };
const run = (lines: ResultLine[], wallClockHit = false) => classify([entry], { lines, wallClockHit, exitCode: 0, outputTail: '' })[0]!;

describe('classify', () => {
  it('passes an exercise only when every reported test passed', () => {
    expect(run([test('passed'), test('passed'), mod(), end])).toMatchObject({ status: 'passed', passed: 2, failed: 0, total: 2 });
  });
  it('is not-started when every test failed on the not-implemented error', () => {
    expect(run([test('failed', true), test('failed', true), mod(), end]).status).toBe('not-started');
  });
  it('is failed when one test passes and the rest hit the stub', () => {
    expect(run([test('passed'), test('failed', true), mod(), end])).toMatchObject({ status: 'failed', passed: 1, total: 2 });
  });
  it('is error when the file could not be loaded', () => {
    expect(run([mod(['SyntaxError: Unexpected token']), end])).toMatchObject({ status: 'error', message: 'SyntaxError: Unexpected token' });
  });
  it('never credits passes of a file whose worker died: the file is an error', () => {
    expect(run([test('passed'), end]).status).toBe('error');
  });
  it('is timeout when the watchdog stopped the file, naming the test', () => {
    const o = run([test('passed'), { kind: 'watchdog', entry: 0, label: 'bisect > loops', budgetMs: 3000 }, end]);
    expect(o.status).toBe('timeout');
    expect(o.message).toContain('"bisect > loops" ran longer than 3 s');
  });
  it('is timeout when the run hit its wall clock before the file finished', () => {
    expect(run([test('passed')], true).status).toBe('timeout');
  });
  it('is failed when a file has no tests at all', () => {
    expect(run([mod(), end]).status).toBe('failed');
  });
});
