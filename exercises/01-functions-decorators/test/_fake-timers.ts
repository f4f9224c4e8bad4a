import { vi } from 'vitest';

/**
 * `vi.useFakeTimers()`, starting the fake clock at 0. From then on `setTimeout` and
 * `Date.now()` only move when the test calls `vi.advanceTimersByTime(ms)`.
 *
 * The first lines make it work when `pnpm verify` runs these tests with the built-ins frozen:
 * Vitest's fake `Date` assigns its own `toString`, which a frozen `Function.prototype` would
 * refuse. Giving `Date` an own `toString` (the same function) lets that assignment through.
 */
export function useFakeTimers(): void {
  if (!Object.hasOwn(Date, 'toString')) {
    Object.defineProperty(Date, 'toString', { value: Function.prototype.toString, writable: true, configurable: true });
  }
  vi.useFakeTimers();
  vi.setSystemTime(0);
}
