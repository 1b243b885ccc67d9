/**
 * Keys, values and the operation mix of a workload, the same bytes for every target.
 * Keys are 16 bytes, `key:` and 12 decimal digits, so they sort in index order.
 */
import { randomBytes } from 'node:crypto';
import type { Operation } from './closed-loop.js';
import type { WorkloadName } from './options.js';

/** What a target must offer the workloads. Each call resolves when the target has answered. */
export interface KvDriver {
  put(key: Uint8Array, value: Uint8Array): Promise<void>;
  /** Resolves with whether the key exists. */
  get(key: Uint8Array): Promise<boolean>;
  /** Reads up to `limit` keys from `start` on, in key order. */
  scan(start: Uint8Array, limit: number): Promise<void>;
  /** Writes many keys in one request, when the target has such a request; used only to preload. */
  putMany?(entries: { key: Uint8Array; value: Uint8Array }[]): Promise<void>;
}

/** Keys per putMany request while preloading: etcd's --max-txn-ops defaults to 128. */
export const preloadBatchKeys = 128;

/** Bytes of every key. */
export const keyBytes = 16;
const keyPrefix = 'key:';
const keyDigits = keyBytes - keyPrefix.length;

/** The key of index `index`: `key:000000000042`. */
export function keyOf(index: number): Uint8Array {
  if (!Number.isSafeInteger(index) || index < 0 || index >= 10 ** keyDigits) throw new RangeError(`key index ${index} out of range`);
  return Buffer.from(keyPrefix + String(index).padStart(keyDigits, '0'), 'latin1');
}

/**
 * Values are slices of one random pool at random offsets: incompressible (LevelDB compresses
 * blocks with Snappy, etcd's bbolt does not) and cheap to produce.
 */
export class ValueSource {
  static readonly poolBytes = 1 << 20;
  private readonly pool: Buffer;

  constructor(readonly valueBytes: number) {
    this.pool = randomBytes(ValueSource.poolBytes + valueBytes);
  }

  next(): Uint8Array {
    const offset = Math.floor(Math.random() * ValueSource.poolBytes);
    return this.pool.subarray(offset, offset + this.valueBytes);
  }
}

/** Share of reads in the mixed workload. */
export const mixedReadFraction = 0.5;

/** The settings an operation needs. */
export interface WorkloadShape {
  workload: WorkloadName;
  keys: number;
  scanLimit: number;
}

/** The closed-loop operation of a workload: keys uniform over [0, keys). */
export function operationOf(driver: KvDriver, shape: WorkloadShape, values: ValueSource): Operation {
  const randomKey = (): Uint8Array => keyOf(Math.floor(Math.random() * shape.keys));
  switch (shape.workload) {
    case 'write':
      return () => driver.put(randomKey(), values.next());
    case 'read':
      return async () => void (await driver.get(randomKey()));
    case 'mixed':
      return async () => void (await (Math.random() < mixedReadFraction ? driver.get(randomKey()) : driver.put(randomKey(), values.next())));
    case 'scan':
      return () => driver.scan(randomKey(), shape.scanLimit);
  }
}

/** Attempts per preloaded key before the preload fails. */
export const preloadAttemptsMax = 5;

async function withRetries(write: () => Promise<void>): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await write();
      return;
    } catch (error) {
      if (attempt >= preloadAttemptsMax) throw error;
    }
  }
}

/** Requests a preload of `count` keys takes: one per key, or one per preloadBatchKeys with putMany. */
export function preloadRequestCount(driver: KvDriver, count: number): number {
  return driver.putMany === undefined ? count : Math.ceil(count / preloadBatchKeys);
}

/**
 * The preload operation: request `sequence` writes key `sequence` (or, with putMany, keys
 * sequence·preloadBatchKeys onwards), so keys 0..count-1 are each written once; failures are retried.
 */
export function preloadOperationOf(driver: KvDriver, count: number, values: ValueSource): Operation {
  const putMany = driver.putMany?.bind(driver);
  if (putMany !== undefined) {
    return async (sequence) => {
      const first = sequence * preloadBatchKeys;
      const entries = Array.from({ length: Math.max(0, Math.min(preloadBatchKeys, count - first)) }, (_, offset) => ({ key: keyOf(first + offset), value: values.next() }));
      if (entries.length > 0) await withRetries(() => putMany(entries));
    };
  }
  return async (sequence) => {
    if (sequence >= count) return;
    await withRetries(() => driver.put(keyOf(sequence), values.next()));
  };
}
