import { describe, expect, it } from 'vitest';
import type { ProcessUsage } from '../../bench/lib/process-stats.js';
import { formatCount, formatMs, leadershipLine, markdownTable, memoryTable, ratioTable, stepsTable, type StepResult } from '../../bench/lib/report.js';
import { chartSvg, niceCeiling } from '../../bench/lib/svg-chart.js';

function usage(label: string, cpuPercent: number, rssMiB: number): ProcessUsage {
  return { label, pid: 1, cpuPercent, mainThreadCpuPercent: cpuPercent / 2, mainThreadRunQueuePercent: 5, rssMiB, rssPeakMiB: rssMiB, rssAnonMiB: rssMiB - 20, rssFileMiB: 20 };
}

function step(target: 'tessera' | 'etcd', concurrency: number, opsPerSecond: number, p50: number, round = 1): StepResult {
  return {
    target, round, workload: 'write', readMode: 'linearizable', concurrency, operations: opsPerSecond * 10, errors: 0, errorKinds: {}, opsPerSecond,
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

  it('says where the leaderships were, and nothing for a target without them', () => {
    expect(leadershipLine({ node1: 8, node2: 3, node3: 5 }, { node1: 6, node2: 5, node3: 5 })).toBe('Tessera data-shard leaderships per node: 8/3/5 at the start, 6/5/5 at the end.');
    expect(leadershipLine(undefined, { node1: 6 })).toBe('Tessera data-shard leaderships per node: – at the start, 6 at the end.');
    expect(leadershipLine(undefined, undefined)).toBeNull();
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

  it('pairs steps within a round and gives median and range when a concurrency has several pairs', () => {
    const steps = [
      step('tessera', 1, 400, 2.4, 1), step('etcd', 1, 500, 2.0, 1), step('tessera', 256, 9000, 20, 1), step('etcd', 256, 4500, 40, 1),
      step('tessera', 1, 500, 1.8, 2), step('etcd', 1, 500, 2.0, 2), step('tessera', 256, 6000, 20, 2), step('etcd', 256, 4000, 40, 2),
      step('tessera', 1, 450, 1.0, 3), step('etcd', 1, 500, 2.0, 3), step('tessera', 256, 12000, 20, 3), step('etcd', 256, 3000, 40, 3),
    ];
    const lines = ratioTable(steps)?.split('\n') ?? [];
    expect(lines[0]).toBe('| in flight | pairs | tessera/etcd ops/s: median (range) | tessera/etcd p50 | tessera/etcd p99 |');
    expect(lines[2]).toBe('| 1 | 3 | 0.90× (0.80–1.00) | 0.90× (0.50–1.20) | 0.90× (0.50–1.20) |');
    expect(lines[3]).toBe('| 256 | 3 | 2.00× (1.50–4.00) | 0.50× (0.50–0.50) | 0.50× (0.50–0.50) |');
    // An etcd step of another round is never the partner: round 2's tessera step pairs with round 2's etcd step.
    expect(ratioTable([step('tessera', 1, 400, 1, 1), step('etcd', 1, 800, 1, 2)])).toBeNull();
    expect(stepsTable(steps).split('\n')[0]).toContain('| in flight | round | ops/s |');
    expect(stepsTable(steps).split('\n')[6]).toMatch(/^\| tessera \| write \| 1 \| 2 \| 500 \|/);
  });

  it('takes the median of an even number of pairs as the mean of the middle two', () => {
    const steps = [step('tessera', 16, 100, 1, 1), step('etcd', 16, 100, 1, 1), step('tessera', 16, 300, 1, 2), step('etcd', 16, 100, 1, 2)];
    expect(ratioTable(steps)?.split('\n')[2]).toBe('| 16 | 2 | 2.00× (1.00–3.00) | 1.00× (1.00–1.00) | 1.00× (1.00–1.00) |');
    expect(stepsTable(steps).split('\n')[0]).toContain('| round |');
    expect(stepsTable([step('tessera', 16, 100, 1)]).split('\n')[0]).not.toContain('round');
    expect(memoryTable(steps).split('\n')[5]).toMatch(/^\| etcd \| 16 \| 2 \| /);
    expect(memoryTable([step('tessera', 16, 100, 1)]).split('\n')[0]).not.toContain('round');
  });

  it('draws one bar per step in each panel', () => {
    expect([niceCeiling(0), niceCeiling(7), niceCeiling(1200), niceCeiling(5000)]).toEqual([1, 10, 2000, 5000]);
    const svg = chartSvg([step('tessera', 1, 900, 1), step('etcd', 1, 800, 1.2)], 'write <test>');
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('write &lt;test&gt;');
    expect(svg.match(/<rect [^>]*><title>/g)).toHaveLength(4);
  });
});
