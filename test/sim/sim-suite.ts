import { describe, expect, it } from 'vitest';
import { describeSchedule, generateSchedule } from './schedule.js';
import { runSchedules } from './run-schedules.js';

/** Schedules per it(): small enough for the test timeout on a loaded 2-core machine. */
const chunkSize = 250;

/**
 * Registers `count` simulated fault schedules starting at seed `from` (TESSERA_SIM_FROM shifts every
 * suite, to explore new seeds without editing code). A failure names its seed and the replay command.
 */
export function registerScheduleSuite(name: string, from: number, count: number): void {
  const shift = Number(process.env.TESSERA_SIM_FROM ?? 0);
  describe(name, () => {
    for (let start = from; start < from + count; start += chunkSize) {
      const first = start + shift;
      const size = Math.min(chunkSize, from + count - start);
      it(`seeds ${first}..${first + size - 1} keep every safety property`, () => {
        const result = runSchedules(first, size);
        const failure = result.failures[0];
        const report = failure === undefined ? '' : `${failure.message}\n  schedule: ${describeSchedule(generateSchedule(failure.seed))}\n  last events:\n    ${failure.trace.join('\n    ')}`;
        expect(report).toBe('');
        expect(result.schedules).toBe(size);
        // A run that elects nobody and acknowledges nothing proves nothing: the schedules must exercise the core.
        expect(result.leaders).toBeGreaterThan(size);
        expect(result.writesAcknowledged).toBeGreaterThan(size * 10);
        expect(result.readsServed).toBeGreaterThan(size * 10);
      });
    }
  });
}
