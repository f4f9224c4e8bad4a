import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { debounce, once, throttle } from '../src/debounce-throttle.ts';
import { useFakeTimers } from './_fake-timers.ts';

beforeEach(() => {
  useFakeTimers(); // setTimeout and Date.now() are now driven by the test
});
afterEach(() => {
  vi.useRealTimers();
});

describe('once, debounce, throttle', () => {
  it('once runs the function a single time', () => {
    const init = vi.fn(() => 'ready');
    const start = once(init);
    expect([start(), start()]).toEqual(['ready', 'ready']);
    expect(init).toHaveBeenCalledTimes(1);
  });
  it('debounce waits for a quiet period and uses the last arguments', () => {
    const save = vi.fn();
    const autosave = debounce(save, 100);
    autosave('h');
    vi.advanceTimersByTime(50);
    autosave('he'); // restarts the 100 ms countdown
    vi.advanceTimersByTime(99);
    expect(save).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(save.mock.calls).toEqual([['he']]);
  });
  it('throttle runs at most once per window, keeping the latest call', () => {
    const draw = vi.fn();
    const onScroll = throttle(draw, 100);
    onScroll(1); // runs now
    onScroll(2);
    onScroll(3); // remembered, runs when the window ends
    expect(draw.mock.calls).toEqual([[1]]);
    vi.advanceTimersByTime(100);
    expect(draw.mock.calls).toEqual([[1], [3]]);
  });
});
