import type { TesseraClient } from '../../src/client/index.js';
import { checkOperations } from '../checker/linearizable.js';
import { registerModel } from '../checker/models/register.js';
import { pairOperations } from '../history/operation.js';
import type { HistoryEvent } from '../history/event.js';
import type { SeededRandom } from '../runner/random.js';
import { KeyRotation } from './key-rotation.js';
import { linearizabilityCheck } from './linearizability-check.js';
import { outcomeOfError, type CallLimits, type OperationOutcome, type OperationRequest, type Workload, type WorkloadCheck } from './workload.js';

/** Tuning of the register workload. */
export interface RegisterOptions {
  /** Keys in use at once; workers collide on them. */
  activeKeys: number;
  /** Operations on one key before it is retired for a fresh one (bounds the per-key search). */
  operationsPerKey: number;
}

const keyPrefix = 'r/';
/** How many recent values per key a cas may expect (one of them, or nil). */
const recentValuesMax = 3;

/**
 * Registers: read, write (a value never written before) and cas [expected, new] on a few keys at
 * once, each key retired after a bounded number of operations. Checked per key for
 * linearizability against the register model. Values are stored as decimal strings.
 */
export class RegisterWorkload implements Workload {
  readonly name = 'register';
  private readonly keys: KeyRotation;
  private nextValue = 1;
  private readonly recent = new Map<string, number[]>();

  constructor(options: RegisterOptions) {
    this.keys = new KeyRotation(keyPrefix, options.activeKeys, options.operationsPerKey);
  }

  owns(event: HistoryEvent): boolean {
    return event.key?.startsWith(keyPrefix) === true;
  }

  async setup(): Promise<void> {}

  generate(random: SeededRandom): OperationRequest {
    const key = this.keys.take(random);
    const roll = random.next();
    if (roll < 0.5) return { f: 'read', key, value: null };
    const value = this.nextValue++;
    if (roll < 0.75) return { f: 'write', key, value };
    const candidates = this.recent.get(key) ?? [];
    const expected = candidates.length === 0 || random.chance(0.1) ? null : random.pick(candidates);
    return { f: 'cas', key, value: [expected, value] };
  }

  async invoke(client: TesseraClient, request: OperationRequest, limits: CallLimits): Promise<OperationOutcome> {
    const { key } = request;
    if (request.f === 'read') {
      try {
        const result = await client.get(key, { valueAs: 'string', timeoutMs: limits.timeoutMs });
        const value = result.found ? Number(result.value) : null;
        if (value !== null) this.remember(key, value);
        return { type: 'ok', value };
      } catch (error) {
        return outcomeOfError(error, false);
      }
    }
    if (request.f === 'write') {
      const value = request.value as number;
      this.remember(key, value);
      try {
        await client.put(key, String(value), { timeoutMs: limits.timeoutMs });
        return { type: 'ok', value };
      } catch (error) {
        return outcomeOfError(error, true);
      }
    }
    const [expected, value] = request.value as [number | null, number];
    this.remember(key, value);
    try {
      const condition = expected === null ? { expectAbsent: true as const } : { expectValue: String(expected) };
      const result = await client.cas(key, condition, String(value), { timeoutMs: limits.timeoutMs });
      return result.succeeded ? { type: 'ok', value: request.value } : { type: 'fail', error: 'cas: condition did not hold' };
    } catch (error) {
      return outcomeOfError(error, true);
    }
  }

  finalReads(): OperationRequest[] {
    return this.keys.allKeys().map((key) => ({ f: 'read', key, value: null }));
  }

  hotKeys(): string[] {
    return this.keys.activeKeys();
  }

  check(events: readonly HistoryEvent[], options: { timeBudgetMsPerKey: number }): WorkloadCheck {
    const operations = pairOperations(events);
    const result = checkOperations(operations, { model: registerModel, timeBudgetMsPerKey: options.timeBudgetMsPerKey });
    return linearizabilityCheck(this.name, operations, result);
  }

  private remember(key: string, value: number): void {
    const values = this.recent.get(key) ?? [];
    values.push(value);
    if (values.length > recentValuesMax) values.shift();
    this.recent.set(key, values);
  }
}
