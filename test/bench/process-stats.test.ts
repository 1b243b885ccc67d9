import { describe, expect, it } from 'vitest';
import { cpuSecondsOfStat, machineReadingOfStat, readProcess, rssBytesOfStatus, runQueueSecondsOfSchedstat } from '../../bench/lib/process-stats.js';

describe('bench process stats', () => {
  it('reads utime + stime after a command name holding spaces and parentheses', () => {
    const stat = '4242 (node (x) y) S 1 4242 4242 0 -1 4194560 100 0 0 0 250 50 0 0 20 0 11 0 123 456 789';
    expect(cpuSecondsOfStat(stat)).toBe(3);
  });

  it('reads VmRSS in bytes', () => {
    expect(rssBytesOfStatus('Name:\tnode\nVmPeak:\t  9 kB\nVmRSS:\t  102400 kB\nThreads: 11\n')).toBe(100 * 1024 * 1024);
    expect(rssBytesOfStatus('VmRSS:\t 3 kB\nRssAnon:\t 2 kB\nRssFile:\t 1 kB\n', 'RssFile')).toBe(1024);
    expect(() => rssBytesOfStatus('Name: zombie\n')).toThrow(/VmRSS/);
  });

  it('splits the machine line of /proc/stat into busy (steal included) and idle (iowait included)', () => {
    expect(machineReadingOfStat('cpu  100 10 50 1000 30 5 5 20 0 0\ncpu0 1 2 3 4\n')).toEqual({ busySeconds: 1.9, idleSeconds: 10.3 });
  });

  it('reads the runqueue wait of a thread from schedstat', () => {
    expect(runQueueSecondsOfSchedstat('560955269 1685182564 1292\n')).toBeCloseTo(1.685182564, 9);
  });

  it('reads this process and nothing for a pid that does not exist', () => {
    const self = readProcess(process.pid);
    expect(self?.rssBytes).toBeGreaterThan(1024 * 1024);
    expect(self?.cpuSeconds).toBeGreaterThan(0);
    expect((self?.rssAnonBytes ?? 0) + (self?.rssFileBytes ?? 0)).toBeLessThanOrEqual(self?.rssBytes ?? 0);
    expect(readProcess(2 ** 30)).toBeUndefined();
  });
});
