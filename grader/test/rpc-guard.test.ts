import path from 'node:path';
import { generateFileHash } from 'vitest/node';
import { describe, expect, it } from 'vitest';
import { graderWorkspace } from '../src/catalog/workspace.ts';
import { rpcGuard } from '../src/run/rpc-guard.ts';

// One worker of a shared grading process, grading entry 3 of student A; B sits beside it.
const scratch = '/tmp/roadmap-warm-guard';
const mine = path.join(scratch, 'w', '3', '07-algorithms', 'bisect.test.ts');
const theirs = path.join(scratch, 'w', '4', '07-algorithms', 'bisect.test.ts');
const a = '/srv/class/submissions/A/exercises';
const b = '/srv/class/submissions/B/exercises';
const guard = () => rpcGuard({ workspace: graderWorkspace, files: [mine], entries: new Set([3]), implRoot: a });
const idOf = (file: string) => generateFileHash(path.relative(graderWorkspace, file), '');
const call = (m: string, ...args: unknown[]) => ({ t: 'q', m, a: args, i: `call-${m}` });

describe('what a sandboxed worker may ask of the grading process', () => {
  it('reports on its own tests, and on no other file’s', () => {
    const g = guard();
    expect(g.request(call('onTaskUpdate', [[`${idOf(mine)}_0_1`, { state: 'pass' }, {}]], [[idOf(mine), 'suite-prepare']]))).toEqual({ allow: true });
    const forged = g.request(call('onTaskUpdate', [[`${idOf(theirs)}_0_1`, { state: 'pass' }, {}]], []));
    expect(forged.allow).toBe(false);
    expect(g.request(call('onTaskUpdate', [], [[`${idOf(theirs)}_0`, 'test-finished']])).allow).toBe(false);
    expect(g.request(call('onCollected', [{ id: idOf(mine), tasks: [{ id: `${idOf(theirs)}_0` }] }])).allow).toBe(false);
    expect(g.request(call('onQueued', { id: idOf(theirs), filepath: theirs })).allow).toBe(false);
  });

  it('answers a refused call with an error, so the worker does not wait forever', () => {
    const v = guard().request(call('onCancel', 'keyboard-input'));
    expect(v).toMatchObject({ allow: false, reply: { t: 's', i: 'call-onCancel' } });
  });

  it('fetches its own submission, the suites bound to its entry and the dependencies only', () => {
    const g = guard();
    expect(g.request(call('fetch', `/@fs${a}/07-algorithms/src/bisect.ts`, undefined, 'ssr')).allow).toBe(true);
    expect(g.request(call('fetch', '/grader/suites/07-algorithms/bisect.test.ts?e=3', mine, 'ssr')).allow).toBe(true);
    expect(g.request(call('fetch', '/node_modules/.pnpm/fast-check/index.js', undefined, 'ssr')).allow).toBe(true);
    expect(g.request(call('fetch', `/@fs${b}/07-algorithms/src/bisect.ts`, undefined, 'ssr')).allow).toBe(false);
    expect(g.request(call('fetch', `${b}/07-algorithms/src/bisect.ts?raw`, undefined, 'ssr')).allow).toBe(false);
    expect(g.request(call('fetch', '/grader/suites/07-algorithms/bisect.test.ts?e=4', mine, 'ssr')).allow).toBe(false);
    expect(g.request(call('fetch', '/solutions/07-algorithms/src/bisect.ts', undefined, 'ssr')).allow).toBe(false);
    expect(g.request(call('fetch', '/etc/hostname?raw', undefined, 'ssr')).allow).toBe(false);
    expect(g.request(call('fetch', '/@id/__x00__@oxc-project+runtime@0.156.0/helpers/esm/usingCtx.js', undefined, 'ssr')).allow).toBe(true);
    expect(g.request(call('fetch', `/@id/__x00__${b}/07-algorithms/src/bisect.ts`, undefined, 'ssr')).allow).toBe(false);
    expect(g.request(call('fetch', `/@id/${b}/07-algorithms/src/bisect.ts`, undefined, 'ssr')).allow).toBe(false);
  });

  it('checks what a module request resolved to before the reply leaves', () => {
    const g = guard();
    g.request(call('fetch', 'some-package', undefined, 'ssr'));
    const leak = g.reply({ t: 's', i: 'call-fetch', r: { code: 'secret', file: `${b}/07-algorithms/src/bisect.ts`, id: `${b}/07-algorithms/src/bisect.ts`, url: `/@fs${b}/07-algorithms/src/bisect.ts` } });
    expect(leak).toMatchObject({ t: 's', i: 'call-fetch', e: expect.any(Error) });
    g.request(call('fetch', 'fast-check', undefined, 'ssr'));
    const dep = { t: 's', i: 'call-fetch', r: { externalize: path.join(graderWorkspace, 'node_modules/fast-check/lib/fast-check.js'), type: 'module' } };
    expect(g.reply(dep)).toBe(dep);
  });
});
