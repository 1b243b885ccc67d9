import { describe, expect, it } from 'vitest';
import type { ProcessUsage } from '../../bench/lib/process-stats.js';
import { formatCount, formatMs, markdownTable, memoryTable, ratioTable, stepsTable, type StepResult } from '../../bench/lib/report.js';
import { chartSvg, niceCeiling } from '../../bench/lib/svg-chart.js';

function usage(label: string, cpuPercent: number, rssMiB: number): ProcessUsage {
  return { label, pid: 1, cpuPercent, mainThreadCpuPercent: cpuPercent / 2, mainThreadRunQueuePercent: 5, rssMiB, rssPeakMiB: rssMiB, rssAnonMiB: rssMiB - 20, rssFileMiB: 20 };
}

function step(target: 'tessera' | 'etcd', concurrency: number, opsPerSecond: number, p50: number): StepResult {
  return {
    target, workload: 'write', readMode: 'linearizable', concurrency, operations: opsPerSecond * 10, errors: 0, errorKinds: {}, opsPerSecond,
    latencyMs: { p50, p90: p50 * 2, p99: p50 * 4, p999: p50 * 8, max: p50 * 9, mean: p50 }, windowSeconds: 10, windowMonotonicUs: { start: 0, end: 10_000_000 }, cappedByCount: false,
    client: usage('client', 12.4, 150), servers: [usage('a', 40, 101.4), usage('b', 35.5, 99), usage('c', 30, 98)], bystanders: [], machine: { busyPercent: 150, othersPercent: 7 },
  };
}

describe('bench report', () => {
  it('formats latency with precision by size, counts with separators', () => {
    expect([formatMs(0.41234), formatMs(4.1234), formatMs(41.234), formatMs(412.34), formatMs(Number.NaN)]).toEqual(['0.412', '4.12', '41.2', '412', '–']);
    expect(formatCount(12345.6)).toBe('12,346');
  });

  it('renders markdown tables with pipes escaped', () => {
    expect(markdownTable(['a', 'b'], [['1', 'x|y']])).toBe('| a | b |\n| --- | --- |\n| 1 | x\\|y |');
  });

  it('puts one row per step with per-server CPU and RSS', () => {
    const table = stepsTable([step('tessera', 16, 2500, 3.2)]).split('\n');
    expect(table).toHaveLength(3);
    expect(table[2]).toBe('| tessera | write | 16 | 2,500 | 3.20 | 12.8 | 25.6 | 28.8 | 0 | 12 | 106 (40/36/30) | 20/5 18/5 15/5 | 101/99/98 | 150 | 7 |');
  });

  it('splits server memory into anonymous and file-backed', () => {
    expect(memoryTable([step('etcd', 1, 10, 1)]).split('\n')[2]).toBe('| etcd | 1 | 101/99/98 | 81+20 / 79+20 / 78+20 | 101/99/98 |');
  });

  it('leaves out the main thread of a Go server', () => {
    expect(stepsTable([step('etcd', 1, 10, 1)]).split('\n')[2]).toContain('| 106 (40/36/30) | – |');
  });

  it('compares tessera with etcd at each concurrency', () => {
    const ratios = ratioTable([step('tessera', 256, 9000, 20), step('etcd', 256, 3000, 40), step('tessera', 1, 900, 1)]);
    expect(ratios?.split('\n')[2]).toBe('| 256 | 3.00× | 0.50× | 0.50× |');
    expect(ratios?.split('\n')).toHaveLength(3);
    expect(ratioTable([step('tessera', 1, 900, 1)])).toBeNull();
  });

  it('draws one bar per step in each panel', () => {
    expect([niceCeiling(0), niceCeiling(7), niceCeiling(1200), niceCeiling(5000)]).toEqual([1, 10, 2000, 5000]);
    const svg = chartSvg([step('tessera', 1, 900, 1), step('etcd', 1, 800, 1.2)], 'write <test>');
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('write &lt;test&gt;');
    expect(svg.match(/<rect [^>]*><title>/g)).toHaveLength(4);
  });
});
