// The snippets whose log order `predictLogOrder` predicts. Read them; do not edit them (the
// grader runs its own copy). Each one starts at the beginning of a fresh macrotask (as the body
// of a setImmediate callback with nothing else queued), logs labels with `log`, and calls
// `done` from its last callback.
import { stat } from 'node:fs';

export type Log = (label: string) => void;

export const snippets = {
  /** Synchronous code, then microtasks (promise callbacks), then macrotasks (timers). */
  'sync-then-micro-then-macro'(log: Log, done: () => void) {
    log('script start');
    setTimeout(() => {
      log('timeout');
      done();
    }, 0);
    Promise.resolve()
      .then(() => log('promise 1'))
      .then(() => log('promise 2'));
    log('script end');
  },

  /** process.nextTick, promise callbacks and queueMicrotask, and a setImmediate. */
  'next-tick-first'(log: Log, done: () => void) {
    setImmediate(() => {
      log('immediate');
      done();
    });
    Promise.resolve().then(() => log('promise'));
    process.nextTick(() => log('nextTick'));
    queueMicrotask(() => log('queueMicrotask'));
    log('sync');
  },

  /** `await` splits an async function: the rest runs later, as a microtask. */
  'await-splits-a-function'(log: Log, done: () => void) {
    async function task(name: string) {
      log(`${name} start`);
      await null;
      log(`${name} resumed`);
    }
    void task('A');
    void task('B');
    log('after both calls');
    setTimeout(done, 0);
  },

  /** Two promise chains started side by side. */
  'interleaved-chains'(log: Log, done: () => void) {
    Promise.resolve()
      .then(() => log('a1'))
      .then(() => log('a2'))
      .then(() => log('a3'));
    Promise.resolve()
      .then(() => log('b1'))
      .then(() => log('b2'));
    setTimeout(done, 0);
  },

  /** A microtask that queues another microtask, and so on, against a timer set first. */
  'microtasks-before-timers'(log: Log, done: () => void) {
    setTimeout(() => {
      log('timeout');
      done();
    }, 0);
    let n = 0;
    const again = () => {
      n += 1;
      log(`microtask ${n}`);
      if (n < 3) queueMicrotask(again);
    };
    queueMicrotask(again);
  },

  /** Inside an I/O callback: a 0 ms timer against setImmediate. */
  'io-then-immediate'(log: Log, done: () => void) {
    let left = 2;
    const finish = () => {
      left -= 1;
      if (left === 0) done();
    };
    stat('.', () => {
      log('io callback');
      setTimeout(() => {
        log('timeout');
        finish();
      }, 0);
      setImmediate(() => {
        log('immediate');
        finish();
      });
    });
  },

  /** An async function that returns a promise, against a plain promise chain. */
  'async-return-promise'(log: Log, done: () => void) {
    async function viaReturn() {
      return Promise.resolve('x');
    }
    void viaReturn().then(() => log('async function done'));
    Promise.resolve()
      .then(() => log('p1'))
      .then(() => log('p2'))
      .then(() => log('p3'))
      .then(() => log('p4'));
    setTimeout(done, 0);
  },

  /** process.nextTick called from inside a promise callback. */
  'next-tick-inside-promise'(log: Log, done: () => void) {
    Promise.resolve()
      .then(() => {
        log('promise 1');
        process.nextTick(() => log('nextTick from promise 1'));
      })
      .then(() => log('promise 2'));
    setTimeout(done, 0);
  },
} satisfies Record<string, (log: Log, done: () => void) => void>;

export type SnippetId = keyof typeof snippets;
