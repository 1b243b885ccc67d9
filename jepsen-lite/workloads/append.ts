import type { TesseraClient } from '../../src/client/index.js';
import { combineVerdicts, partitionByKey } from '../checker/linearizable.js';
import type { CheckResult, KeyResult } from '../checker/result.js';
import { checkAppendAnomalies } from '../checkers/append-checker.js';
import { checkListKey } from '../checkers/list-linearizability.js';
import type { HistoryEvent } from '../history/event.js';
import { pairOperations } from '../history/operation.js';
import type { SeededRandom } from '../runner/random.js';
import { KeyRotation } from './key-rotation.js';
import { linearizabilityCheck } from './linearizability-check.js';
import { outcomeOfError, type CallLimits, type OperationOutcome, type OperationRequest, type Workload, type WorkloadCheck } from './workload.js';

/** Tuning of the append workload. */
export interface AppendOptions {
  activeKeys: number;
  operationsPerKey: number;
  /** Read-then-cas rounds one append tries before it gives up (fail). */
  casAttemptsMax: number;
}

const keyPrefix = 'a/';
const decoder = new TextDecoder();

/**
 * Per-key lists: `append` reads the list and its version, then writes the list plus a new unique
 * element with a cas on that version (retried on conflict); `read` returns the list. Checked per
 * key for linearizability (checkListKey: exact, in linear time, thanks to the unique elements),
 * plus direct anomaly checks that name what went wrong (duplicates, reads not prefixes of each
 * other, elements never appended, acknowledged appends missing).
 */
export class AppendWorkload implements Workload {
  readonly name = 'append';
  private readonly keys: KeyRotation;
  private nextElement = 1;

  constructor(private readonly options: AppendOptions) {
    this.keys = new KeyRotation(keyPrefix, options.activeKeys, options.operationsPerKey);
  }

  owns(event: HistoryEvent): boolean {
    return event.key?.startsWith(keyPrefix) === true;
  }

  async setup(): Promise<void> {}

  generate(random: SeededRandom): OperationRequest {
    const key = this.keys.take(random);
    if (random.chance(0.5)) return { f: 'read', key, value: null };
    return { f: 'append', key, value: this.nextElement++ };
  }

  async invoke(client: TesseraClient, request: OperationRequest, limits: CallLimits): Promise<OperationOutcome> {
    const { key } = request;
    const deadline = Date.now() + limits.timeoutMs;
    if (request.f === 'read') {
      try {
        return { type: 'ok', value: (await readList(client, key, deadline)).list };
      } catch (error) {
        return outcomeOfError(error, false);
      }
    }
    for (let attempt = 0; attempt < this.options.casAttemptsMax; attempt += 1) {
      let current: { list: unknown; found: boolean; version: number };
      try {
        current = await readList(client, key, deadline);
      } catch (error) {
        // Every earlier cas definitely did not apply, so nothing was written.
        return outcomeOfError(error, false);
      }
      if (!Array.isArray(current.list)) return { type: 'fail', error: `${key} holds no list: ${String(current.list)}` };
      const condition = current.found ? { expectVersion: current.version } : { expectAbsent: true as const };
      try {
        const result = await client.cas(key, condition, JSON.stringify([...current.list, request.value]), { deadline });
        if (result.succeeded) return { type: 'ok', value: request.value };
      } catch (error) {
        return outcomeOfError(error, true);
      }
    }
    return { type: 'fail', error: `cas lost ${this.options.casAttemptsMax} times` };
  }

  finalReads(): OperationRequest[] {
    return this.keys.allKeys().map((key) => ({ f: 'read', key, value: null }));
  }

  hotKeys(): string[] {
    return this.keys.activeKeys();
  }

  check(events: readonly HistoryEvent[]): WorkloadCheck {
    const operations = pairOperations(events);
    const byKey = partitionByKey(operations);
    const anomalies = checkAppendAnomalies(byKey);
    const reasons = new Map<string, unknown>();
    const started = performance.now();
    const keys: Record<string, KeyResult> = {};
    for (const [key, keyOperations] of byKey) {
      const verdict = checkListKey(keyOperations);
      const searched = keyOperations.filter((operation) => operation.status !== 'fail');
      keys[key] = { valid: verdict.valid, opCount: searched.length, infoCount: searched.filter((operation) => operation.status === 'info').length, droppedCount: keyOperations.length - searched.length, steps: keyOperations.length, elapsedMs: 0 };
      if (!verdict.valid) reasons.set(key, { reason: verdict.reason, operations: verdict.operations });
    }
    const result: CheckResult = { valid: combineVerdicts(Object.values(keys).map((key) => key.valid)), model: 'list-append (linear-time order check)', keys, elapsedMs: performance.now() - started };
    const check = linearizabilityCheck(this.name, operations, result, anomalies.slice(0, 100));
    check.anomalies = check.anomalies.map((anomaly) => {
      const { type, key } = anomaly as { type?: string; key?: string };
      return type === 'not-linearizable' && key !== undefined ? { type, key, ...(reasons.get(key) as object) } : anomaly;
    });
    const firstAnomaly = anomalies[0];
    if (firstAnomaly !== undefined && check.offending === undefined) check.offending = { key: firstAnomaly.key, operations: byKey.get(firstAnomaly.key) ?? [], result: keys[firstAnomaly.key] };
    return check;
  }
}

/**
 * A key's list with its version, by a linearizable get; absent reads as empty. Anything but a JSON
 * array comes back as its raw text, so the checker sees (and flags) what was served.
 */
async function readList(client: TesseraClient, key: string, deadline: number): Promise<{ list: unknown; found: boolean; version: number }> {
  const result = await client.get(key, { deadline });
  if (!result.found) return { list: [], found: false, version: 0 };
  const text = decoder.decode(result.value);
  let list: unknown = text;
  try {
    const parsed: unknown = JSON.parse(text);
    if (Array.isArray(parsed)) list = parsed;
  } catch {
    // Left as text: a malformed read.
  }
  return { list, found: true, version: result.version };
}
