import type { TesseraClient } from '../../src/client/index.js';
import { TesseraError } from '../../src/client/index.js';
import type { HistoryEvent } from '../history/event.js';
import type { Operation } from '../history/operation.js';
import type { KeyResult, Verdict } from '../checker/result.js';
import type { SeededRandom } from '../runner/random.js';

/** An operation a workload asks a worker to run: the invoke event's f, key and value. */
export interface OperationRequest {
  f: string;
  key: string;
  value: unknown;
}

/** How an operation ended, as recorded: `ok` with its result, `fail` (did not happen), `info` (unknown). */
export interface OperationOutcome {
  type: 'ok' | 'fail' | 'info';
  /** The completion's value: the result for ok; defaults to the invoke's value otherwise. */
  value?: unknown;
  /** Why it failed or is unknown. */
  error?: string;
}

/** What every call of a workload is limited by. */
export interface CallLimits {
  timeoutMs: number;
}

/** A workload's verdict on its part of the history. */
export interface WorkloadCheck {
  workload: string;
  valid: Verdict;
  /** One line for the console. */
  summary: string;
  /** Anomalies found (empty when valid), as JSON for results.json. */
  anomalies: unknown[];
  /** Counts and per-key figures, as JSON for results.json. */
  details: Record<string, unknown>;
  /** The operations to draw for an invalid verdict: one key's, with its checker result if any. */
  offending?: { key: string; operations: Operation[]; result?: KeyResult };
}

/**
 * A workload: generates operations for the workers, runs them through the SDK, reads the final
 * state after the faults healed, and checks its own events of the history. Workers call
 * `generate` and `invoke` concurrently on one instance (one event loop, so no locking).
 */
export interface Workload {
  readonly name: string;
  /** True for events of this workload (a combined run shares one history). */
  owns(event: HistoryEvent): boolean;
  /** Creates the initial state before the history starts; retried by the runner until it succeeds. */
  setup(client: TesseraClient, limits: CallLimits): Promise<void>;
  /** The next operation for a worker. */
  generate(random: SeededRandom): OperationRequest;
  /** Runs one operation; never throws (errors become fail or info outcomes). */
  invoke(client: TesseraClient, request: OperationRequest, limits: CallLimits): Promise<OperationOutcome>;
  /** The reads to run once the cluster healed. */
  finalReads(): OperationRequest[];
  /** Keys in use now, for nemeses that aim at a key's shard leader. */
  hotKeys(): string[];
  /** Checks the workload's events. */
  check(events: readonly HistoryEvent[], options: { timeBudgetMsPerKey: number }): WorkloadCheck;
}

/**
 * The outcome of an operation that threw. A read, or a write that can not have been sent, failed;
 * a write whose outcome the SDK calls indeterminate (OutcomeUnknownError), or an error the SDK
 * does not type, is unknown: never guess that a write did not happen.
 */
export function outcomeOfError(error: unknown, mayHaveWritten: boolean): OperationOutcome {
  const text = error instanceof Error ? `${(error as { code?: string }).code ?? error.name}: ${error.message}` : String(error);
  if (!mayHaveWritten) return { type: 'fail', error: text };
  if (error instanceof TesseraError && !error.indeterminate) return { type: 'fail', error: text };
  return { type: 'info', error: text };
}
