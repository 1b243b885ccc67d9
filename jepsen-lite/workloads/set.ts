import type { TesseraClient } from '../../src/client/index.js';
import type { HistoryEvent } from '../history/event.js';
import { pairOperations } from '../history/operation.js';
import { checkSet } from '../checkers/set-checker.js';
import { countStatuses, verdictText } from './linearizability-check.js';
import { outcomeOfError, type CallLimits, type OperationOutcome, type OperationRequest, type Workload, type WorkloadCheck } from './workload.js';

/** The history key of the set's operations. */
const setKey = 'set';
/** Each element is its own Tessera key under this prefix, so the set spans every shard. */
const elementPrefix = 's/';

/**
 * A grow-only set: `add` puts a never-used element (as its own key, spread over every shard);
 * after healing, one linearizable scan reads the whole set. Checked by checkSet: every
 * acknowledged add present, nothing never added or definitely failed present.
 */
export class SetWorkload implements Workload {
  readonly name = 'set';
  private nextElement = 1;

  owns(event: HistoryEvent): boolean {
    return event.key === setKey;
  }

  async setup(): Promise<void> {}

  generate(): OperationRequest {
    const element = this.nextElement++;
    return { f: 'add', key: setKey, value: element };
  }

  async invoke(client: TesseraClient, request: OperationRequest, limits: CallLimits): Promise<OperationOutcome> {
    if (request.f === 'read') {
      try {
        const elements: number[] = [];
        for await (const item of client.scan({ prefix: elementPrefix, timeoutMs: limits.timeoutMs })) {
          elements.push(Number(new TextDecoder().decode(item.value)));
        }
        return { type: 'ok', value: elements.sort((left, right) => left - right) };
      } catch (error) {
        return outcomeOfError(error, false);
      }
    }
    const element = request.value as number;
    try {
      await client.put(`${elementPrefix}${element}`, String(element), { timeoutMs: limits.timeoutMs });
      return { type: 'ok', value: element };
    } catch (error) {
      return outcomeOfError(error, true);
    }
  }

  finalReads(): OperationRequest[] {
    return [{ f: 'read', key: setKey, value: null }];
  }

  hotKeys(): string[] {
    return Array.from({ length: 8 }, (_, offset) => `${elementPrefix}${this.nextElement + offset}`);
  }

  check(events: readonly HistoryEvent[]): WorkloadCheck {
    const operations = pairOperations(events);
    const result = checkSet(operations);
    const anomalies: unknown[] = [
      ...result.lost.map((element) => ({ type: 'lost', element })),
      ...result.unexpected.map((element) => ({ type: 'never-added', element })),
      ...result.failedButPresent.map((element) => ({ type: 'failed-but-present', element })),
      ...result.duplicated.map((element) => ({ type: 'duplicated', element })),
    ];
    const counts = countStatuses(operations.filter((operation) => operation.f === 'add'));
    const check: WorkloadCheck = {
      workload: this.name,
      valid: result.valid,
      summary: `set: ${verdictText(result.valid)} — ${result.attempted} adds (ok ${counts.ok}, fail ${counts.fail}, info ${counts.info}); final read ${result.finalReadSize ?? 'missing'} elements, ${result.unknownPresent} of the unknown adds present; lost ${result.lost.length}, never added ${result.unexpected.length}, failed but present ${result.failedButPresent.length}`,
      anomalies,
      details: { ...result, lost: result.lost.slice(0, 100), unexpected: result.unexpected.slice(0, 100) },
    };
    if (result.valid === false) {
      const suspects = new Set<unknown>([...result.lost, ...result.unexpected, ...result.failedButPresent].slice(0, 50));
      check.offending = { key: setKey, operations: operations.filter((operation) => operation.f === 'read' || suspects.has(operation.input)) };
    }
    return check;
  }
}
