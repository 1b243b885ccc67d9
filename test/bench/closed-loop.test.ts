import { describe, expect, it } from 'vitest';
import { runClosedLoop } from '../../bench/lib/closed-loop.js';
import { keyOf, operationOf, preloadOperationOf, ValueSource, type KvDriver } from '../../bench/lib/workload.js';

const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('bench closed loop', () => {
  it('stops at the count bound and keeps at most `concurrency` operations in flight', async () => {
    let inFlight = 0;
    let inFlightMax = 0;
    const result = await runClosedLoop(async () => {
      inFlight += 1;
      inFlightMax = Math.max(inFlightMax, inFlight);
      await tick();
      inFlight -= 1;
    }, { concurrency: 8, warmupMs: 0, durationMs: 10_000, operationsMax: 500 });
    expect(result.cappedByCount).toBe(true);
    expect(result.operations).toBeLessThanOrEqual(500);
    expect(result.operations).toBeGreaterThan(400);
    expect(inFlightMax).toBe(8);
    expect(result.windowSeconds).toBeLessThan(5);
  });

  it('counts only what completes in the window, failures by code', async () => {
    let sequenceSeen = -1;
    let windowOpened = false;
    const result = await runClosedLoop(async (sequence) => {
      sequenceSeen = sequence;
      await tick();
      if (sequence % 2 === 1) throw Object.assign(new Error('nope'), { code: 'TEST_FAILED' });
    }, { concurrency: 2, warmupMs: 50, durationMs: 100, operationsMax: 1_000_000 }, { onWindowStart: () => (windowOpened = true) });
    expect(windowOpened).toBe(true);
    expect(result.cappedByCount).toBe(false);
    expect(result.windowSeconds).toBeGreaterThanOrEqual(0.09);
    expect(result.operations).toBeGreaterThan(0);
    expect(result.errors).toBeGreaterThan(0);
    expect(result.errorKinds.TEST_FAILED.firstMessage).toBe('nope');
    expect(result.histogram.totalCount).toBe(result.operations);
    expect(sequenceSeen).toBeGreaterThan(result.operations);
    expect(result.windowMonotonicUs.end - result.windowMonotonicUs.start).toBeGreaterThanOrEqual(90_000);
  });
});

describe('bench workload', () => {
  it('formats 16-byte keys that sort in index order', () => {
    expect(Buffer.from(keyOf(42)).toString()).toBe('key:000000000042');
    expect(keyOf(999_999_999_999)).toHaveLength(16);
    expect(() => keyOf(-1)).toThrow(RangeError);
  });

  it('drives the driver as the workload says, preloading each key once', async () => {
    const calls: string[] = [];
    const driver: KvDriver = {
      put: async (key, value) => void calls.push(`put ${Buffer.from(key).toString()} ${value.length}`),
      get: async (key) => calls.push(`get ${Buffer.from(key).toString().length}`) > 0,
      scan: async (start, limit) => void calls.push(`scan ${limit}`),
    };
    const values = new ValueSource(100);
    await operationOf(driver, { workload: 'write', keys: 10, scanLimit: 5 }, values)(0);
    await operationOf(driver, { workload: 'read', keys: 10, scanLimit: 5 }, values)(0);
    await operationOf(driver, { workload: 'scan', keys: 10, scanLimit: 5 }, values)(0);
    await preloadOperationOf(driver, 2, values)(1);
    await preloadOperationOf(driver, 2, values)(2);
    expect(calls[0]).toMatch(/^put key:00000000000\d 100$/);
    expect(calls.slice(1)).toEqual(['get 16', 'scan 5', 'put key:000000000001 100']);
  });
});
