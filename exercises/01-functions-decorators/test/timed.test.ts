import { describe, expect, it } from 'vitest';
import { timed, type TimingRecord } from '../src/timed.ts';

describe('@timed', () => {
  it('records how long a call took on the injected clock', () => {
    let now = 0;
    const log: TimingRecord[] = [];
    class Job {
      @timed(() => now, (r) => log.push(r))
      work() {
        now += 5; // pretend the work took 5 ms
        return 'done';
      }
    }
    expect(new Job().work()).toBe('done');
    expect(log).toEqual([{ name: 'work', ms: 5, ok: true }]);
  });
  it('times an async method until its promise settles', async () => {
    let now = 0;
    const log: TimingRecord[] = [];
    class Job {
      @timed(() => now, (r) => log.push(r))
      async work() {
        await Promise.resolve();
        now += 8;
        return 1;
      }
    }
    await new Job().work();
    expect(log).toEqual([{ name: 'work', ms: 8, ok: true }]);
  });
});
