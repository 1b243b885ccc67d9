/**
 * Closed-loop load: `concurrency` workers, each issuing its next operation as soon as the previous
 * one completes. The load runs through a warmup and then a measured window without a pause between
 * them, so the window never sees the ramp-up; only operations completing inside the window count.
 */
import { build, type Histogram } from 'hdr-histogram-js';

/** One operation of the workload; `sequence` numbers operations across all workers from 0. */
export type Operation = (sequence: number) => Promise<void>;

/** How long and how much a closed loop runs. */
export interface LoopPlan {
  concurrency: number;
  warmupMs: number;
  durationMs: number;
  /** Operations started at most (warmup included): the count bound next to the time bound. */
  operationsMax: number;
}

/** Hooks called synchronously when the measured window opens and closes. */
export interface LoopHooks {
  onWindowStart?(): void;
  onWindowEnd?(): void;
}

/** What a measured window saw. Latencies are in microseconds. */
export interface LoopResult {
  /** Successful operations completed in the window. */
  operations: number;
  /** Failed operations completed in the window. */
  errors: number;
  /** Failures by error code (or name), with the first message of each. */
  errorKinds: Record<string, { count: number; firstMessage: string }>;
  /** Latency of the successful operations, µs. */
  histogram: Histogram;
  /** Length of the window in seconds (shorter than planned when operationsMax ran out). */
  windowSeconds: number;
  /** The window on the CLOCK_MONOTONIC clock in µs: the clock of V8's .cpuprofile timestamps. */
  windowMonotonicUs: { start: number; end: number };
  /** True when operationsMax, not the clock, ended the run. */
  cappedByCount: boolean;
}

/** Pause after a failed operation, so a dead target is not hammered in a tight loop. */
export const errorPauseMs = 10;
/** Highest latency the histogram tracks, µs (a minute; operations time out well before). */
export const latencyUsMax = 60_000_000;

/** A fresh latency histogram: 1 µs .. 60 s with 3 significant digits. */
export function latencyHistogram(): Histogram {
  return build({ lowestDiscernibleValue: 1, highestTrackableValue: latencyUsMax, numberOfSignificantValueDigits: 3, autoResize: false, bitBucketSize: 32 });
}

function monotonicUs(): number {
  return Number(process.hrtime.bigint() / 1000n);
}

function errorKind(error: unknown): { kind: string; message: string } {
  if (error instanceof Error) {
    const code = (error as Error & { code?: unknown }).code;
    return { kind: code === undefined || code === null ? error.name : String(code), message: error.message };
  }
  return { kind: 'thrown', message: String(error) };
}

/** Runs the closed loop and resolves when every worker has stopped. */
export async function runClosedLoop(operation: Operation, plan: LoopPlan, hooks: LoopHooks = {}): Promise<LoopResult> {
  if (plan.concurrency < 1 || plan.durationMs <= 0 || plan.operationsMax < 1) throw new RangeError(`bad loop plan ${JSON.stringify(plan)}`);
  const histogram = latencyHistogram();
  const errorKinds: LoopResult['errorKinds'] = {};
  let phase: 'warmup' | 'window' | 'done' = 'warmup';
  let started = 0;
  let operations = 0;
  let errors = 0;
  let windowStartMs = 0;
  let windowEndMs = 0;
  const window = { start: 0, end: 0 };
  let cappedByCount = false;
  let windowTimer: NodeJS.Timeout | undefined;

  const closeWindow = (): void => {
    if (phase === 'done') return;
    if (phase === 'warmup') openWindow();
    clearTimeout(windowTimer);
    phase = 'done';
    windowEndMs = performance.now();
    window.end = monotonicUs();
    hooks.onWindowEnd?.();
  };
  const openWindow = (): void => {
    if (phase !== 'warmup') return;
    phase = 'window';
    windowStartMs = performance.now();
    window.start = monotonicUs();
    hooks.onWindowStart?.();
    windowTimer = setTimeout(closeWindow, plan.durationMs);
  };
  const warmupTimer = plan.warmupMs > 0 ? setTimeout(openWindow, plan.warmupMs) : undefined;
  if (plan.warmupMs <= 0) openWindow();

  const worker = async (): Promise<void> => {
    while (phase !== 'done') {
      if (started >= plan.operationsMax) {
        cappedByCount = true;
        closeWindow();
        break;
      }
      const sequence = started;
      started += 1;
      const begin = performance.now();
      try {
        await operation(sequence);
        if (phase !== 'window') continue;
        operations += 1;
        histogram.recordValue(Math.max(1, Math.round((performance.now() - begin) * 1000)));
      } catch (error) {
        if (phase === 'window') {
          errors += 1;
          const { kind, message } = errorKind(error);
          const entry = (errorKinds[kind] ??= { count: 0, firstMessage: message });
          entry.count += 1;
        }
        await new Promise((resolve) => setTimeout(resolve, errorPauseMs));
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: plan.concurrency }, worker));
  } finally {
    clearTimeout(warmupTimer);
    clearTimeout(windowTimer);
  }
  return { operations, errors, errorKinds, histogram, windowSeconds: (windowEndMs - windowStartMs) / 1000, windowMonotonicUs: window, cappedByCount };
}
