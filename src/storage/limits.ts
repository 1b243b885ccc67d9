/**
 * Bounds on what a client may store, and the validation the server runs before proposing a
 * command. The state machine does not re-validate against limits when applying (replicas could
 * be configured differently, and apply must be deterministic); it only refuses commands that have
 * no operation at all.
 */
import { TesseraError } from '../routing/errors.js';
import type { tessera } from '../wire/proto.js';

/** Bounds checked by validateCommand and the read methods. */
export interface StorageLimits {
  /** Largest user key, in bytes. Keys are at least keyBytesMin (1) long. Default 4 KiB. */
  keyBytesMax: number;
  /** Largest value, in bytes (0 is allowed). Default 1 MiB. */
  valueBytesMax: number;
  /** Most compares plus operations in one transaction. Default 128. */
  txnOperationsMax: number;
  /** Most items one scan returns; a request's limit is clamped to it. Default 10,000. */
  scanItemsMax: number;
  /** Items a scan returns when its limit is 0. Default 1,000. */
  scanItemsDefault: number;
}

/** Shortest user key, in bytes: the empty key is reserved (it means "from the start" in scans). */
export const keyBytesMin = 1;
/** Default largest user key: 4 KiB keeps keys well inside LevelDB's comfortable range. */
export const keyBytesMax = 4 * 1024;
/** Default largest value: 1 MiB, so one entry, one snapshot record and one gRPC message stay small. */
export const valueBytesMax = 1024 * 1024;
/** Default most compares + operations in a transaction. */
export const txnOperationsMax = 128;
/** Default most items per scan response. */
export const scanItemsMax = 10_000;
/** Default items per scan when the request gives no limit. */
export const scanItemsDefault = 1_000;

/** The defaults above as one object. */
export const defaultStorageLimits: Readonly<StorageLimits> = Object.freeze({ keyBytesMax, valueBytesMax, txnOperationsMax, scanItemsMax, scanItemsDefault });

/** Fills unset fields with the defaults and checks how the limits relate. */
export function resolveStorageLimits(overrides: Partial<StorageLimits> = {}): StorageLimits {
  const limits = { ...defaultStorageLimits, ...overrides };
  for (const [name, value] of Object.entries(limits)) {
    if (!Number.isSafeInteger(value) || value < 0) throw new TypeError(`storage limit ${name} must be a non-negative integer, got ${value}`);
  }
  if (limits.keyBytesMax < keyBytesMin) throw new TypeError(`keyBytesMax must be at least ${keyBytesMin}`);
  if (limits.scanItemsDefault < 1 || limits.scanItemsDefault > limits.scanItemsMax) throw new TypeError('scanItemsDefault must be in [1, scanItemsMax]');
  return limits;
}

function invalid(message: string, limit: string): TesseraError {
  return new TesseraError('TESSERA_INVALID_ARGUMENT', message, { limit });
}

/** Throws TESSERA_INVALID_ARGUMENT (limit 'keyBytesMin' / 'keyBytesMax') for a bad user key. */
export function validateKey(key: Uint8Array | null | undefined, limits: StorageLimits, what = 'key'): void {
  const length = key?.length ?? 0;
  if (length < keyBytesMin) throw invalid(`${what} is empty`, 'keyBytesMin');
  if (length > limits.keyBytesMax) throw invalid(`${what} is ${length} bytes, over the limit of ${limits.keyBytesMax}`, 'keyBytesMax');
}

/** Throws TESSERA_INVALID_ARGUMENT (limit 'valueBytesMax') for an oversized value. */
export function validateValue(value: Uint8Array | null | undefined, limits: StorageLimits, what = 'value'): void {
  const length = value?.length ?? 0;
  if (length > limits.valueBytesMax) throw invalid(`${what} is ${length} bytes, over the limit of ${limits.valueBytesMax}`, 'valueBytesMax');
}

function validateCompare(compare: tessera.kv.Compare.$Properties | null | undefined, limits: StorageLimits, what: string): void {
  if (compare === null || compare === undefined) throw invalid(`${what} is missing`, 'compare');
  validateKey(compare.key, limits, `${what}.key`);
  validateValue(compare.value, limits, `${what}.value`);
}

function validateTxn(txn: tessera.kv.TxnRequest.$Properties, limits: StorageLimits): void {
  const compares = txn.compares ?? [];
  const operations = [...(txn.success ?? []), ...(txn.failure ?? [])];
  if (compares.length + operations.length > limits.txnOperationsMax) {
    throw invalid(`transaction has ${compares.length + operations.length} compares and operations, over the limit of ${limits.txnOperationsMax}`, 'txnOperationsMax');
  }
  compares.forEach((compare, i) => validateCompare(compare, limits, `txn.compares[${i}]`));
  operations.forEach((operation, i) => {
    validateKey(operation.key, limits, `txn operation ${i} key`);
    validateValue(operation.value, limits, `txn operation ${i} value`);
  });
}

/**
 * Checks a command against `limits` before it is proposed. Throws TesseraError
 * TESSERA_INVALID_ARGUMENT whose `limit` names the violated bound ('keyBytesMax', 'valueBytesMax',
 * 'txnOperationsMax', 'keyBytesMin' for an empty key, 'operation' / 'compare' for a missing part).
 */
export function validateCommand(command: tessera.kv.Command.$Properties, limits: StorageLimits = defaultStorageLimits): void {
  if (command.put) {
    validateKey(command.put.key, limits);
    validateValue(command.put.value, limits);
  } else if (command.delete) {
    validateKey(command.delete.key, limits);
  } else if (command.cas) {
    validateCompare(command.cas.compare, limits, 'cas.compare');
    validateValue(command.cas.value, limits);
  } else if (command.txn) {
    validateTxn(command.txn, limits);
  } else {
    throw invalid('command has no operation', 'operation');
  }
}
