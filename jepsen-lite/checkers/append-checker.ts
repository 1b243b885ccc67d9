import type { Operation } from '../history/operation.js';

/** One violation of the list-append rules, on one key. */
export interface AppendAnomaly {
  type: 'malformed-read' | 'duplicate' | 'never-appended' | 'failed-but-present' | 'incompatible-reads' | 'lost-acknowledged';
  key: string;
  /** The read(s) concerned (operation indexes). */
  reads: number[];
  element?: unknown;
}

/**
 * Direct checks of per-key list histories (`append` input: a unique element; `read` output: the
 * list), which name what went wrong more plainly than a failed linearization: no element twice in
 * a read; every element read was appended, by an append not known to have failed; any two reads
 * are prefixes one of the other; an append acknowledged before a read began is in that read.
 */
export function checkAppendAnomalies(operationsByKey: ReadonlyMap<string, readonly Operation[]>): AppendAnomaly[] {
  const anomalies: AppendAnomaly[] = [];
  for (const [key, operations] of operationsByKey) anomalies.push(...checkKey(key, operations));
  return anomalies;
}

function checkKey(key: string, operations: readonly Operation[]): AppendAnomaly[] {
  const anomalies: AppendAnomaly[] = [];
  const appends = operations.filter((operation) => operation.f === 'append');
  const statusOf = new Map(appends.map((operation) => [operation.input, operation.status]));
  const okReads = operations.filter((operation) => operation.f === 'read' && operation.status === 'ok');
  for (const read of okReads) if (!Array.isArray(read.output)) anomalies.push({ type: 'malformed-read', key, reads: [read.index], element: read.output });
  const reads = okReads.filter((read) => Array.isArray(read.output));
  for (const read of reads) {
    const list = read.output as unknown[];
    const seen = new Set<unknown>();
    for (const element of list) {
      if (seen.has(element)) anomalies.push({ type: 'duplicate', key, reads: [read.index], element });
      seen.add(element);
      const status = statusOf.get(element);
      if (status === undefined) anomalies.push({ type: 'never-appended', key, reads: [read.index], element });
      else if (status === 'fail') anomalies.push({ type: 'failed-but-present', key, reads: [read.index], element });
    }
    for (const append of appends) {
      if (append.status === 'ok' && append.completeTime < read.invokeTime && !seen.has(append.input)) {
        anomalies.push({ type: 'lost-acknowledged', key, reads: [read.index], element: append.input });
      }
    }
  }
  const byLength = [...reads].sort((left, right) => (left.output as unknown[]).length - (right.output as unknown[]).length);
  for (let position = 1; position < byLength.length; position += 1) {
    const shorter = byLength[position - 1].output as unknown[];
    const longer = byLength[position].output as unknown[];
    if (!shorter.every((element, at) => longer[at] === element)) {
      anomalies.push({ type: 'incompatible-reads', key, reads: [byLength[position - 1].index, byLength[position].index] });
    }
  }
  return anomalies;
}
