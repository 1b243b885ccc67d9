/** Builds wire requests from the SDK's inputs, and SDK results from wire responses. */
import { tessera } from '../wire/proto.js';
import { fromWire, toBytes } from './bytes.js';
import type { CasCondition, CasResult, CasWrite, ReadModeName, TxnCompare, TxnOperation, TxnResult } from './types.js';

const { ReadMode } = tessera.kv;

/** The wire read mode of a read mode name; throws TypeError on anything else. */
export function readModeOf(name: ReadModeName): tessera.kv.ReadMode {
  switch (name) {
    case 'linearizable':
      return ReadMode.LINEARIZABLE;
    case 'follower':
      return ReadMode.FOLLOWER;
    case 'stale':
      return ReadMode.STALE;
    default:
      throw new TypeError(`readMode must be 'linearizable', 'follower' or 'stale', got ${JSON.stringify(name)}`);
  }
}

/** The Compare of a cas() condition on `key`. */
export function casCompare(key: Uint8Array, condition: CasCondition): tessera.kv.ICompare {
  const { Target } = tessera.kv.Compare;
  if ('expectVersion' in condition) {
    if (!Number.isSafeInteger(condition.expectVersion) || condition.expectVersion < 0) throw new TypeError(`expectVersion must be a non-negative integer, got ${condition.expectVersion}`);
    return { key, target: Target.VERSION, version: condition.expectVersion };
  }
  if ('expectValue' in condition) return { key, target: Target.VALUE, value: toBytes(condition.expectValue) };
  if ('expectAbsent' in condition && condition.expectAbsent === true) return { key, target: Target.ABSENT };
  throw new TypeError('a cas condition needs exactly one of expectVersion, expectValue, expectAbsent: true');
}

/** The value/delete fields of a CasRequest. */
export function casWriteFields(write: CasWrite): { value?: Uint8Array; delete?: boolean } {
  if (typeof write === 'object' && !(write instanceof Uint8Array)) {
    if (write.delete !== true) throw new TypeError('a cas write is a value or { delete: true }');
    return { delete: true };
  }
  return { value: toBytes(write) };
}

/** What cas() resolves to. */
export function casResultOf(response: tessera.kv.ICasResponse): CasResult {
  const succeeded = response.succeeded === true;
  const version = Number(response.version ?? 0);
  if (succeeded) return { succeeded, version };
  return { succeeded, version, current: { found: response.found === true, value: fromWire(response.currentValue), version } };
}

/** A transaction compare in wire form. */
export function txnCompareOf(compare: TxnCompare): tessera.kv.ICompare {
  const { Target } = tessera.kv.Compare;
  const key = toBytes(compare.key);
  if ('version' in compare) return { key, target: Target.VERSION, version: compare.version };
  if ('value' in compare) return { key, target: Target.VALUE, value: toBytes(compare.value) };
  if ('absent' in compare && compare.absent === true) return { key, target: Target.ABSENT };
  throw new TypeError('a txn compare needs exactly one of version, value, absent: true');
}

/** A transaction operation in wire form. */
export function txnOperationOf(operation: TxnOperation): tessera.kv.ITxnOp {
  const { Type } = tessera.kv.TxnOp;
  const key = toBytes(operation.key);
  switch (operation.type) {
    case 'put':
      return { type: Type.PUT, key, value: toBytes(operation.value) };
    case 'delete':
      return { type: Type.DELETE, key };
    case 'get':
      return { type: Type.GET, key };
    default:
      throw new TypeError(`a txn operation's type is 'put', 'delete' or 'get', got ${JSON.stringify((operation as { type: unknown }).type)}`);
  }
}

/** What txn() resolves to. */
export function txnResultOf(response: tessera.kv.ITxnResponse): TxnResult {
  return {
    succeeded: response.succeeded === true,
    results: (response.results ?? []).map((result) => ({ found: result.found === true, value: fromWire(result.value), version: Number(result.version ?? 0) })),
    version: Number(response.version ?? 0),
  };
}
