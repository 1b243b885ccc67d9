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
  get(key: Uint8Array): Promise<void>;
  /** Reads up to `limit` keys from `start` on, in key order. */
  scan(start: Uint8Array, limit: number): Promise<void>;
}

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
      return () => driver.get(randomKey());
    case 'mixed':
      return () => (Math.random() < mixedReadFraction ? driver.get(randomKey()) : driver.put(randomKey(), values.next()));
    case 'scan':
      return () => driver.scan(randomKey(), shape.scanLimit);
  }
}

/** Attempts per preloaded key before the preload fails. */
export const preloadAttemptsMax = 5;

/** The preload operation: writes keys 0..count-1, each once, in order of `sequence`; retries a failed put. */
export function preloadOperationOf(driver: KvDriver, count: number, values: ValueSource): Operation {
  return async (sequence) => {
    if (sequence >= count) return;
    for (let attempt = 1; ; attempt += 1) {
      try {
        await driver.put(keyOf(sequence), values.next());
        return;
      } catch (error) {
        if (attempt >= preloadAttemptsMax) throw error;
      }
    }
  };
}
