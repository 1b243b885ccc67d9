/** Runs one measured step or one preload against a running target and summarises what it saw. */
import type { Histogram } from 'hdr-histogram-js';
import type { RunningTarget } from '../targets/target.js';
import { runClosedLoop } from './closed-loop.js';
import type { BenchOptions } from './options.js';
import { UsageWindow, type ProcessUsage, type WatchedProcess } from './process-stats.js';
import type { LatencySummary, PreloadResult, StepResult } from './report.js';
import { keyOf, operationOf, preloadBatchKeys, preloadOperationOf, preloadRequestCount, ValueSource } from './workload.js';

/**
 * Preload puts in flight: enough to keep every target's pipeline full (Tessera batches more per
 * group with more in flight: 10,959 puts/s at 1024 against 6,091 at 256; etcd's preload has
 * 16 × 128 = 2,048 keys in flight).
 */
export const preloadConcurrency = 1024;
/** Preload requests in flight when each carries many keys (etcd's Txn). */
export const preloadBatchConcurrency = 16;
/** Time bound of a preload, seconds (10M keys at 5k/s would need 2000 s). */
export const preloadSecondsMax = 3600;

/** p50..max and mean of a µs histogram, in ms. */
export function latencySummaryOf(histogram: Histogram): LatencySummary {
  const ms = (microseconds: number): number => microseconds / 1000;
  if (histogram.totalCount === 0) return { p50: Number.NaN, p90: Number.NaN, p99: Number.NaN, p999: Number.NaN, max: Number.NaN, mean: Number.NaN };
  return {
    p50: ms(histogram.getValueAtPercentile(50)),
    p90: ms(histogram.getValueAtPercentile(90)),
    p99: ms(histogram.getValueAtPercentile(99)),
    p999: ms(histogram.getValueAtPercentile(99.9)),
    max: ms(histogram.maxValue),
    mean: ms(histogram.mean),
  };
}

const clientProcess: WatchedProcess = { label: 'client', pid: process.pid };

/** Measures `target` at `concurrency`; `bystanders` are the other target's processes. */
export async function runStep(target: RunningTarget, bystanders: WatchedProcess[], options: BenchOptions, concurrency: number, values: ValueSource, round = 1): Promise<StepResult> {
  const usage = new UsageWindow([clientProcess, ...target.processes, ...bystanders]);
  let usages: ProcessUsage[] = [];
  const operation = operationOf(target.driver, { workload: options.workload, keys: options.keys, scanLimit: options.scanLimit }, values);
  const loop = await runClosedLoop(
    operation,
    { concurrency, warmupMs: options.warmupSeconds * 1000, durationMs: options.durationSeconds * 1000, operationsMax: options.operationsMax },
    { onWindowStart: () => usage.start(), onWindowEnd: () => (usages = usage.finish()) },
  );
  const serverCount = target.processes.length;
  const result: StepResult = {
    target: target.name,
    round,
    workload: options.workload,
    readMode: options.readMode,
    concurrency,
    operations: loop.operations,
    errors: loop.errors,
    errorKinds: loop.errorKinds,
    opsPerSecond: loop.operations / loop.windowSeconds,
    latencyMs: latencySummaryOf(loop.histogram),
    windowSeconds: loop.windowSeconds,
    windowMonotonicUs: loop.windowMonotonicUs,
    cappedByCount: loop.cappedByCount,
    client: usages[0],
    servers: usages.slice(1, 1 + serverCount),
    bystanders: usages.slice(1 + serverCount),
    machine: usage.machine,
  };
  loop.histogram.destroy();
  return result;
}

/** Writes keys 0..options.preload-1 into `target`, then reads its processes' RSS. */
export async function runPreload(target: RunningTarget, options: BenchOptions, values: ValueSource): Promise<PreloadResult> {
  const started = performance.now();
  const write = preloadOperationOf(target.driver, options.preload, values);
  // Counted here, not by the loop: a put failing after the loop's window closed must not go unseen.
  let failures = 0;
  let firstFailure = '';
  const operation = async (sequence: number): Promise<void> => {
    try {
      await write(sequence);
    } catch (error) {
      failures += 1;
      firstFailure ||= error instanceof Error ? error.message : String(error);
      throw error;
    }
  };
  const requests = preloadRequestCount(target.driver, options.preload);
  const concurrency = Math.min(target.driver.putMany === undefined ? preloadConcurrency : preloadBatchConcurrency, requests);
  const loop = await runClosedLoop(operation, { concurrency, warmupMs: 0, durationMs: preloadSecondsMax * 1000, operationsMax: requests });
  const seconds = (performance.now() - started) / 1000;
  loop.histogram.destroy();
  if (failures > 0) throw new Error(`preloading ${target.name}: ${failures} keys failed after retries, first: ${firstFailure}`);
  if (!loop.cappedByCount) throw new Error(`preloading ${target.name} did not finish within ${preloadSecondsMax} s`);
  for (const index of [0, options.preload - 1]) {
    if (!(await target.driver.get(keyOf(index)))) throw new Error(`preloading ${target.name}: key ${index} is missing afterwards`);
  }
  const usage = new UsageWindow(target.processes);
  usage.start();
  return { target: target.name, keys: options.preload, seconds, keysPerSecond: options.preload / seconds, method: target.driver.putMany === undefined ? `put, ${concurrency} in flight` : `${preloadBatchKeys} puts per request, ${concurrency} in flight`, servers: usage.finish() };
}
