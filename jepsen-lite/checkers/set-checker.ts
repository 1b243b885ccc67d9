import type { Verdict } from '../checker/result.js';
import type { Operation } from '../history/operation.js';

/** What the set checker found. */
export interface SetCheckResult {
  valid: Verdict;
  attempted: number;
  acknowledged: number;
  failed: number;
  unknown: number;
  /** Elements in the final read. */
  finalReadSize: number | null;
  /** Unknown-outcome adds that turned out present. */
  unknownPresent: number;
  /** Acknowledged adds missing from the final read. */
  lost: number[];
  /** Elements read that no add ever tried. */
  unexpected: number[];
  /** Elements read whose add definitely failed. */
  failedButPresent: number[];
  /** Elements the final read returned twice. */
  duplicated: number[];
}

/**
 * A grow-only set: `add` operations (input: a unique element) and a final `read` (output: every
 * element). Valid when the last ok read holds every acknowledged add, nothing never added, nothing
 * whose add definitely failed, and nothing twice. Without an ok read the verdict is 'unknown'.
 */
export function checkSet(operations: readonly Operation[]): SetCheckResult {
  const adds = operations.filter((operation) => operation.f === 'add');
  const reads = operations.filter((operation) => operation.f === 'read' && operation.status === 'ok');
  const finalRead = reads.at(-1);
  const statusOf = new Map<number, Operation['status']>(adds.map((operation) => [operation.input as number, operation.status]));
  const acknowledged = adds.filter((operation) => operation.status === 'ok').map((operation) => operation.input as number);
  const result: SetCheckResult = {
    valid: 'unknown',
    attempted: adds.length,
    acknowledged: acknowledged.length,
    failed: adds.filter((operation) => operation.status === 'fail').length,
    unknown: adds.filter((operation) => operation.status === 'info').length,
    finalReadSize: null,
    unknownPresent: 0,
    lost: [],
    unexpected: [],
    failedButPresent: [],
    duplicated: [],
  };
  if (finalRead === undefined) return result;
  const elements = finalRead.output as number[];
  const present = new Set<number>();
  for (const element of elements) {
    if (present.has(element)) result.duplicated.push(element);
    present.add(element);
    const status = statusOf.get(element);
    if (status === undefined) result.unexpected.push(element);
    else if (status === 'fail') result.failedButPresent.push(element);
    else if (status === 'info') result.unknownPresent += 1;
  }
  result.finalReadSize = elements.length;
  result.lost = acknowledged.filter((element) => !present.has(element));
  const anomalies = result.lost.length + result.unexpected.length + result.failedButPresent.length + result.duplicated.length;
  result.valid = anomalies === 0;
  return result;
}
