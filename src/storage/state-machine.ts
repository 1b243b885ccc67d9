/**
 * Turns a run of committed entries of one shard into one write batch plus the per-command
 * results. Entries at or below the applied index were applied already (e.g. they are covered by
 * an ingested snapshot that was taken at a later index than the Raft snapshot metadata) and are
 * skipped, which makes apply idempotent across restarts and snapshot installs.
 */
import type { ConfState, Entry } from '../raft/types.js';
import { tessera } from '../wire/proto.js';
import { ApplyRun } from './apply-run.js';
import { applyCommand } from './commands.js';
import type { BatchOperation, StorageDb } from './db.js';
import { check } from './errors.js';
import { type AppliedState, encodeAppliedState, encodeConfStateRecord } from './records.js';
import type { SessionCache } from './session-cache.js';
import { judgeCommand, type SessionRecord, uint64Field } from './sessions.js';

/** The result of applying one entry: one CommandResult per command of its CommandBatch. */
export interface AppliedEntry {
  index: number;
  /** Empty for no-ops, conf changes, skipped entries and undecodable data. */
  results: tessera.kv.CommandResult[];
}

/** What planApply produced: the batch to write and what the shard looks like once it is written. */
export interface ApplyPlan {
  operations: BatchOperation[];
  entries: AppliedEntry[];
  applied: AppliedState;
  /** Sessions the batch sets: remember them in the shard's SessionCache once it is written. */
  sessions: ReadonlyMap<number, SessionRecord>;
}

function decodeBatch(data: Uint8Array): tessera.kv.CommandBatch | undefined {
  try {
    return tessera.kv.CommandBatch.decode(data);
  } catch {
    // Every replica fails the same way on the same bytes, so skipping keeps replicas identical.
    return undefined;
  }
}

function applyEntry(run: ApplyRun, entry: Entry): tessera.kv.CommandResult[] {
  if (entry.type !== 'normal' || entry.data.length === 0) return [];
  const batch = decodeBatch(entry.data);
  if (batch === undefined) return [];
  return batch.commands.map((command) => {
    const clientId = uint64Field(command.clientId);
    const verdict = judgeCommand(command, clientId === 0 ? undefined : run.session(clientId));
    if (verdict.kind !== 'apply') return verdict.result;
    const result = applyCommand(run, command, entry.index);
    if (clientId !== 0) run.setSession(clientId, { sequence: uint64Field(command.sequence), result: tessera.kv.CommandResult.encode(result).finish() });
    return result;
  });
}

/**
 * Plans applying `entries` (ascending, contiguous after the applied index) to a shard at
 * `applied`. Reads the db synchronously (sessions through `sessionCache` when given); writes nothing. `confState`, when given, is stored in the
 * same batch (the membership after these entries).
 */
export function planApply(db: StorageDb, shardId: number, applied: AppliedState, entries: readonly Entry[], confState?: ConfState, sessionCache?: SessionCache): ApplyPlan {
  const run = new ApplyRun(db, shardId, applied.generation, sessionCache);
  const next: AppliedState = { ...applied };
  const appliedEntries = entries.map((entry): AppliedEntry => {
    if (entry.index <= next.appliedIndex) return { index: entry.index, results: [] };
    check(entry.index === next.appliedIndex + 1, `shard ${shardId}: apply of entry ${entry.index} after applied index ${next.appliedIndex}`);
    const results = applyEntry(run, entry);
    next.appliedIndex = entry.index;
    next.appliedTerm = entry.term;
    return { index: entry.index, results };
  });
  const operations = run.operations();
  if (next.appliedIndex !== applied.appliedIndex) operations.push({ type: 'put', ...encodeAppliedState(shardId, next) });
  if (confState !== undefined) operations.push({ type: 'put', ...encodeConfStateRecord(shardId, confState) });
  return { operations, entries: appliedEntries, applied: next, sessions: run.writtenSessions() };
}
