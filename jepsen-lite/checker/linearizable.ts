import type { HistoryEvent } from '../history/event.js';
import { pairOperations, type Operation } from '../history/operation.js';
import { CheckerError } from './errors.js';
import type { Model } from './model.js';
import type { CheckResult, Counterexample, KeyResult, StuckOperation, Verdict } from './result.js';
import { searchLinearization, type SearchOperation } from './search.js';

/** The key operations without a key are checked under. */
export const noKey = '';

/** Default per-key search budget, in milliseconds. */
export const timeBudgetMsPerKeyDefault = 10_000;

/** Options of `checkOperations` and `checkEvents`. */
export interface CheckOptions<State> {
  model: Model<State>;
  /** Search time allowed per key before its verdict is 'unknown'. Default 10 000 ms; must be > 0. */
  timeBudgetMsPerKey?: number;
}

/** Pairs the events into operations and checks them (see `checkOperations`). */
export function checkEvents<State>(events: readonly HistoryEvent[], options: CheckOptions<State>): CheckResult {
  return checkOperations(pairOperations(events), options);
}

/**
 * Checks linearizability key by key. `fail` operations are dropped (they did not happen); `info`
 * ones may happen at any point after their invocation or never, modelled as completing at
 * +Infinity with any output accepted.
 */
export function checkOperations<State>(operations: readonly Operation[], options: CheckOptions<State>): CheckResult {
  const budgetMs = options.timeBudgetMsPerKey ?? timeBudgetMsPerKeyDefault;
  if (!(budgetMs > 0)) throw new CheckerError('JEPSEN_CHECKER_BAD_OPTION', `timeBudgetMsPerKey must be > 0, got ${budgetMs}`);
  const started = performance.now();
  const keys: Record<string, KeyResult> = {};
  for (const [key, keyOperations] of partitionByKey(operations)) {
    keys[key] = checkKey(keyOperations, options.model, budgetMs);
  }
  const verdicts = Object.values(keys).map((result) => result.valid);
  return { valid: combineVerdicts(verdicts), model: options.model.name, keys, elapsedMs: performance.now() - started };
}

/** false if any is false; else 'unknown' if any is unknown; else true. */
export function combineVerdicts(verdicts: readonly Verdict[]): Verdict {
  if (verdicts.includes(false)) return false;
  if (verdicts.includes('unknown')) return 'unknown';
  return true;
}

/** Operations grouped by key, in first-seen key order. */
export function partitionByKey(operations: readonly Operation[]): Map<string, Operation[]> {
  const byKey = new Map<string, Operation[]>();
  for (const operation of operations) {
    const key = operation.key ?? noKey;
    const group = byKey.get(key);
    if (group === undefined) byKey.set(key, [operation]);
    else group.push(operation);
  }
  return byKey;
}

/** Checks one key's operations against the model. */
export function checkKey<State>(operations: readonly Operation[], model: Model<State>, budgetMs: number): KeyResult {
  const started = performance.now();
  const kept = operations.filter((operation) => isSearched(operation, model));
  const outcome = searchLinearization(model, kept.map(toSearchOperation), started + budgetMs);
  const result: KeyResult = {
    valid: outcome.verdict === 'linearizable' ? true : outcome.verdict === 'timeout' ? 'unknown' : false,
    opCount: kept.length,
    infoCount: kept.filter((operation) => operation.status === 'info').length,
    droppedCount: operations.length - kept.length,
    steps: outcome.steps,
    elapsedMs: 0,
  };
  if (outcome.verdict === 'not-linearizable') result.counterexample = explain(kept, outcome.longestPrefix, model);
  result.elapsedMs = performance.now() - started;
  return result;
}

function isSearched<State>(operation: Operation, model: Model<State>): boolean {
  if (operation.status === 'fail') return false;
  return operation.status === 'ok' || !model.isReadOnly(operation.f);
}

function toSearchOperation(operation: Operation): SearchOperation {
  const known = operation.status === 'ok';
  return {
    f: operation.f,
    input: operation.input,
    output: operation.output,
    outputKnown: known,
    invokeTime: operation.invokeTime,
    completeTime: known ? operation.completeTime : Infinity,
  };
}

/**
 * Builds the counterexample: replay the longest prefix, then list the operations that could come
 * next — those not in the prefix invoked before the earliest completion not in the prefix.
 */
function explain<State>(operations: readonly Operation[], prefixIndexes: readonly number[], model: Model<State>): Counterexample {
  let state = model.init();
  for (const index of prefixIndexes) state = model.step(state, toSearchOperation(operations[index])).state;
  const inPrefix = new Set(prefixIndexes);
  const remaining = operations.filter((_, index) => !inPrefix.has(index));
  const searched = remaining.map(toSearchOperation);
  const earliestCompletion = Math.min(...searched.map((operation) => operation.completeTime));
  const stuck: StuckOperation[] = [];
  remaining.forEach((operation, index) => {
    if (searched[index].invokeTime > earliestCompletion) return;
    const reason = model.step(state, searched[index]).ok ? 'dead-end' : 'model-rejects';
    stuck.push({ operation, reason });
  });
  return { prefix: prefixIndexes.map((index) => operations[index]), stateAfterPrefix: String(model.hash(state)), stuck };
}
