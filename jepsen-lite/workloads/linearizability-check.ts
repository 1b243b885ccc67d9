import { partitionByKey } from '../checker/linearizable.js';
import type { CheckResult, KeyResult } from '../checker/result.js';
import type { Operation } from '../history/operation.js';
import type { WorkloadCheck } from './workload.js';

/** Turns a per-key linearizability CheckResult into a workload's verdict, naming the worst key. */
export function linearizabilityCheck(workload: string, operations: readonly Operation[], result: CheckResult, extraAnomalies: unknown[] = []): WorkloadCheck {
  const entries = Object.entries(result.keys);
  const invalid = entries.filter(([, keyResult]) => keyResult.valid === false);
  const unknown = entries.filter(([, keyResult]) => keyResult.valid === 'unknown');
  const anomalies: unknown[] = [...extraAnomalies, ...invalid.map(([key, keyResult]) => describeKey(key, keyResult)), ...unknown.map(([key, keyResult]) => ({ type: 'unknown', key, steps: keyResult.steps, opCount: keyResult.opCount }))];
  const valid = extraAnomalies.length > 0 ? false : result.valid;
  const other = extraAnomalies.filter((anomaly) => (anomaly as { type?: string }).type !== 'not-linearizable').length;
  const counts = countStatuses(operations);
  const worst = invalid[0] ?? unknown[0];
  const check: WorkloadCheck = {
    workload,
    valid,
    summary: `${workload}: ${verdictText(valid)} — ${entries.length} keys, ${operations.length} ops (ok ${counts.ok}, fail ${counts.fail}, info ${counts.info}); ${invalid.length} keys not linearizable, ${unknown.length} unknown; ${other} other anomalies; checked in ${result.elapsedMs.toFixed(0)} ms`,
    anomalies,
    details: { keys: entries.length, ...counts, invalidKeys: invalid.map(([key]) => key), unknownKeys: unknown.map(([key]) => key), checkMs: Math.round(result.elapsedMs) },
  };
  if (worst !== undefined) check.offending = { key: worst[0], operations: partitionByKey(operations).get(worst[0]) ?? [], result: worst[1] };
  return check;
}

/** ok / fail / info counts. */
export function countStatuses(operations: readonly Operation[]): { ok: number; fail: number; info: number } {
  const counts = { ok: 0, fail: 0, info: 0 };
  for (const operation of operations) counts[operation.status] += 1;
  return counts;
}

/** "valid", "INVALID" or "unknown". */
export function verdictText(valid: boolean | 'unknown'): string {
  return valid === true ? 'valid' : valid === false ? 'INVALID' : 'unknown';
}

function describeKey(key: string, result: KeyResult): unknown {
  const example = result.counterexample;
  return {
    type: 'not-linearizable',
    key,
    opCount: result.opCount,
    stateAfterLongestPrefix: example?.stateAfterPrefix,
    longestPrefixLength: example?.prefix.length,
    lastOfPrefix: example?.prefix.slice(-3).map(brief),
    couldNotComeNext: example?.stuck.map((item) => ({ ...brief(item.operation), reason: item.reason })),
  };
}

function brief(operation: Operation): Record<string, unknown> {
  return { index: operation.index, process: operation.process, f: operation.f, input: operation.input, output: operation.output, status: operation.status, invokeNs: operation.invokeTime, completeNs: Number.isFinite(operation.completeTime) ? operation.completeTime : null };
}
