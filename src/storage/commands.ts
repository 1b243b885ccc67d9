/**
 * What each replicated operation does to a shard's data. Deterministic: the result depends only
 * on the stored state and the command, so every replica computes the same one. A key's version is
 * the index of the entry that last wrote it; 0 means absent.
 */
import { tessera } from '../wire/proto.js';
import type { ApplyRun, StoredValue } from './apply-run.js';
import { uint64Field } from './sessions.js';

const empty = new Uint8Array(0);

function bytesOf(value: Uint8Array | null | undefined): Uint8Array {
  return value ?? empty;
}

function equalBytes(left: Uint8Array, right: Uint8Array): boolean {
  return Buffer.compare(left, right) === 0;
}

/** True when `compare` holds against the key's current state. */
export function compareHolds(compare: tessera.kv.Compare.$Properties, current: StoredValue | undefined): boolean {
  switch (compare.target ?? tessera.kv.Compare.Target.VERSION) {
    case tessera.kv.Compare.Target.VERSION:
      return (current?.version ?? 0) === uint64Field(compare.version);
    case tessera.kv.Compare.Target.VALUE:
      return current !== undefined && equalBytes(current.value, bytesOf(compare.value));
    case tessera.kv.Compare.Target.ABSENT:
      return current === undefined;
    default:
      return false;
  }
}

function applyPut(run: ApplyRun, request: tessera.kv.PutRequest.$Properties, index: number): tessera.kv.CommandResult {
  run.write(bytesOf(request.key), bytesOf(request.value), index);
  return tessera.kv.CommandResult.create({ put: { version: index } });
}

function applyDelete(run: ApplyRun, request: tessera.kv.DeleteRequest.$Properties): tessera.kv.CommandResult {
  const key = bytesOf(request.key);
  const deleted = run.read(key) !== undefined;
  if (deleted) run.remove(key);
  return tessera.kv.CommandResult.create({ delete: { deleted } });
}

function applyCas(run: ApplyRun, request: tessera.kv.CasRequest.$Properties, index: number): tessera.kv.CommandResult {
  const compare = request.compare ?? {};
  const key = bytesOf(compare.key);
  const current = run.read(key);
  if (!compareHolds(compare, current)) {
    return tessera.kv.CommandResult.create({ cas: { succeeded: false, found: current !== undefined, version: current?.version ?? 0, currentValue: current?.value ?? empty } });
  }
  if (request.delete) {
    if (current !== undefined) run.remove(key);
    return tessera.kv.CommandResult.create({ cas: { succeeded: true, found: false, version: 0 } });
  }
  run.write(key, bytesOf(request.value), index);
  return tessera.kv.CommandResult.create({ cas: { succeeded: true, found: true, version: index } });
}

function applyTxnOperation(run: ApplyRun, operation: tessera.kv.TxnOp.$Properties, index: number): tessera.kv.TxnOpResult.$Properties {
  const key = bytesOf(operation.key);
  switch (operation.type ?? tessera.kv.TxnOp.Type.PUT) {
    case tessera.kv.TxnOp.Type.PUT:
      run.write(key, bytesOf(operation.value), index);
      return { found: true, version: index };
    case tessera.kv.TxnOp.Type.DELETE: {
      const found = run.read(key) !== undefined;
      if (found) run.remove(key);
      return { found };
    }
    case tessera.kv.TxnOp.Type.GET: {
      const current = run.read(key);
      return current === undefined ? { found: false } : { found: true, value: current.value, version: current.version };
    }
    default:
      return { found: false };
  }
}

function applyTxn(run: ApplyRun, request: tessera.kv.TxnRequest.$Properties, index: number): tessera.kv.CommandResult {
  const succeeded = (request.compares ?? []).every((compare) => compareHolds(compare, run.read(bytesOf(compare.key))));
  const operations = (succeeded ? request.success : request.failure) ?? [];
  const results = operations.map((operation) => applyTxnOperation(run, operation, index));
  return tessera.kv.CommandResult.create({ txn: { succeeded, results, version: index } });
}

/** Applies one command at log index `index`; a command with no operation changes nothing and yields an empty result. */
export function applyCommand(run: ApplyRun, command: tessera.kv.Command.$Properties, index: number): tessera.kv.CommandResult {
  if (command.put) return applyPut(run, command.put, index);
  if (command.delete) return applyDelete(run, command.delete);
  if (command.cas) return applyCas(run, command.cas, index);
  if (command.txn) return applyTxn(run, command.txn, index);
  return tessera.kv.CommandResult.create({});
}
