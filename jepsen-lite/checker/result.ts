import type { Operation } from '../history/operation.js';

/** true: linearizable; false: not; 'unknown': the time budget ran out first. */
export type Verdict = true | false | 'unknown';

/** Why an operation could not come next after the longest linearizable prefix. */
export type StuckReason =
  /** The model rejects it in the state the prefix leaves (e.g. a read of a value not there). */
  | 'model-rejects'
  /** The model accepts it, but every continuation after it fails later. */
  | 'dead-end';

/** An operation that was a candidate to be linearized next, and why it did not work. */
export interface StuckOperation {
  operation: Operation;
  reason: StuckReason;
}

/** Evidence for a non-linearizable key. */
export interface Counterexample {
  /** The longest linearizable prefix found, in linearization order. */
  prefix: Operation[];
  /** The model state after the prefix (as the model's hash renders it). */
  stateAfterPrefix: string;
  /**
   * Every operation that could have been linearized next (invoked before the earliest pending
   * completion), none of which leads to a full linearization.
   */
  stuck: StuckOperation[];
}

/** The verdict for one key's sub-history. */
export interface KeyResult {
  valid: Verdict;
  /** Operations searched: ok ones plus info ones that may change state. */
  opCount: number;
  /** Of those, operations with unknown outcome. */
  infoCount: number;
  /** Operations left out: `fail` ones, and `info` ones that cannot change state. */
  droppedCount: number;
  /** Model steps the search took. */
  steps: number;
  elapsedMs: number;
  counterexample?: Counterexample;
}

/** The verdict for a whole history: linearizable exactly when every key is. */
export interface CheckResult {
  valid: Verdict;
  model: string;
  keys: Record<string, KeyResult>;
  elapsedMs: number;
}
