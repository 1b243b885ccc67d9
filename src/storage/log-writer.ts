/**
 * The write side of every shard's log: turns the Ready output of many shards into one synced
 * batch through GroupCommitter, then mirrors it into the in-memory ShardLogs.
 *
 * Ops for a group are computed against a *projection* of each shard's log bounds (durable bounds
 * plus the earlier items of the same group), because several persist calls share one batch.
 */
import type { ConfState, Entry, HardState, ShardId, SnapshotMetadata } from '../raft/types.js';
import { type BatchOperation, type StorageDb, writeBatch } from './db.js';
import { check } from './errors.js';
import { GroupCommitter } from './group-commit.js';
import { entryKey } from './layout.js';
import type { ShardLog } from './log-store.js';
import { encodeConfStateRecord, encodeEntry, encodeHardState, encodeLogBounds, encodeSnapshotMetadata, type KeyValueRecord, type LogBounds } from './records.js';

/**
 * The operations of a group: entry puts and deletes in order, and per-shard records (hard state,
 * bounds, …) of which only the last one per group is kept — a batch applies in order, so the
 * earlier ones would be overwritten anyway, and fewer operations make a cheaper batch.
 */
class BatchSink {
  private readonly ordered: BatchOperation[] = [];
  private readonly records = new Map<string, KeyValueRecord>();

  push(operation: BatchOperation): void {
    this.ordered.push(operation);
  }

  record(name: string, record: KeyValueRecord): void {
    this.records.set(name, record);
  }

  absorb(other: BatchSink): void {
    for (const operation of other.ordered) this.ordered.push(operation);
    for (const [name, record] of other.records) this.records.set(name, record);
  }

  operations(): BatchOperation[] {
    const operations = this.ordered;
    for (const record of this.records.values()) operations.push({ type: 'put', ...record });
    return operations;
  }
}

/**
 * What one shard's Ready asks to persist. Applied in this order: snapshot, entries, hardState,
 * confState.
 */
export interface ShardUpdate {
  shardId: ShardId;
  /** An installed snapshot: the shard's whole log is discarded and restarts after `snapshot.index`. */
  snapshot?: SnapshotMetadata;
  /** Entries to append; the first one's index i truncates any stored suffix ≥ i. Contiguous. */
  entries?: readonly Entry[];
  hardState?: HardState;
  /** Membership to report from initialState() from now on. */
  confState?: ConfState;
}

type LogWrite = { kind: 'updates'; updates: readonly ShardUpdate[]; after: readonly BatchOperation[] } | { kind: 'compact'; shardId: ShardId; index: number };

/** Callbacks into the owner of the shard logs. */
export interface LogWriterHost {
  /** The shard's log, created empty if the shard is new. */
  shardLog(shardId: ShardId): ShardLog;
  /** A persisted conf state (called after the batch resolved). */
  confStatePersisted(shardId: ShardId, confState: ConfState): void;
  /** A persisted Raft snapshot (called after the batch resolved). */
  snapshotPersisted(shardId: ShardId, metadata: SnapshotMetadata): void;
}

/** Builds, writes and mirrors log batches; one instance per node. */
export class LogWriter {
  private readonly committer: GroupCommitter<LogWrite>;

  constructor(
    private readonly db: StorageDb,
    private readonly host: LogWriterHost,
  ) {
    this.committer = new GroupCommitter((items) => this.writeGroup(items));
  }

  /**
   * Persists the updates of many shards atomically with sync; resolves when durable and visible.
   * `after` (e.g. an apply batch) goes into the same batch after the log's own records, so it
   * lands exactly when they do.
   */
  persist(updates: readonly ShardUpdate[], after: readonly BatchOperation[] = []): Promise<void> {
    return this.committer.submit({ kind: 'updates', updates, after });
  }

  /** Drops a shard's entries up to `index` (≤ its last index) in the next group. */
  compact(shardId: ShardId, index: number): Promise<void> {
    return this.committer.submit({ kind: 'compact', shardId, index });
  }

  /** Resolves when no write is queued or in flight. */
  idle(): Promise<void> {
    return this.committer.idle();
  }

  private async writeGroup(items: readonly LogWrite[]): Promise<unknown[]> {
    const projection = new Map<ShardId, LogBounds>();
    const group = new BatchSink();
    const outcomes: unknown[] = items.map((item) => {
      const local = new Map<ShardId, LogBounds>();
      const itemOperations = new BatchSink();
      const bounds = (shardId: ShardId): LogBounds => {
        let value = local.get(shardId);
        if (value === undefined) {
          value = { ...(projection.get(shardId) ?? this.durableBounds(shardId)) };
          local.set(shardId, value);
        }
        return value;
      };
      try {
        if (item.kind === 'updates') for (const update of item.updates) this.buildUpdate(update, bounds(update.shardId), itemOperations);
        else this.buildCompaction(item.shardId, item.index, bounds(item.shardId), itemOperations);
      } catch (error) {
        return error;
      }
      for (const [shardId, value] of local) projection.set(shardId, value);
      group.absorb(itemOperations);
      return undefined;
    });
    const operations = group.operations();
    items.forEach((item, i) => {
      if (outcomes[i] === undefined && item.kind === 'updates') for (const operation of item.after) operations.push(operation);
    });
    if (operations.length > 0) await writeBatch(this.db, operations, { sync: true });
    items.forEach((item, i) => {
      if (outcomes[i] === undefined) this.mirror(item);
    });
    return outcomes;
  }

  private durableBounds(shardId: ShardId): LogBounds {
    const log = this.host.shardLog(shardId);
    const compaction = log.compaction();
    return { compactedIndex: compaction.index, compactedTerm: compaction.term, lastIndex: log.lastIndex() };
  }

  private buildUpdate(update: ShardUpdate, bounds: LogBounds, operations: BatchSink): void {
    const { shardId } = update;
    if (update.snapshot) {
      const { index, term } = update.snapshot;
      check(index >= bounds.compactedIndex, `shard ${shardId}: snapshot ${index} older than compaction point ${bounds.compactedIndex}`);
      for (let stale = bounds.compactedIndex + 1; stale <= bounds.lastIndex; stale += 1) operations.push({ type: 'del', key: entryKey(shardId, stale) });
      Object.assign(bounds, { compactedIndex: index, compactedTerm: term, lastIndex: index });
      operations.record(`${shardId}/snapshot`, encodeSnapshotMetadata(shardId, update.snapshot));
    }
    if (update.entries && update.entries.length > 0) this.buildAppend(shardId, update.entries, bounds, operations);
    if (update.snapshot || (update.entries && update.entries.length > 0)) operations.record(`${shardId}/bounds`, encodeLogBounds(shardId, bounds));
    if (update.hardState) operations.record(`${shardId}/hard`, encodeHardState(shardId, update.hardState));
    if (update.confState) operations.record(`${shardId}/conf`, encodeConfStateRecord(shardId, update.confState));
  }

  private buildAppend(shardId: ShardId, entries: readonly Entry[], bounds: LogBounds, operations: BatchSink): void {
    const first = entries[0].index;
    entries.forEach((entry, i) => check(entry.index === first + i, `shard ${shardId}: entries not contiguous at ${entry.index}`));
    check(first <= bounds.lastIndex + 1, `shard ${shardId}: append at ${first} leaves a gap after ${bounds.lastIndex}`);
    const last = entries[entries.length - 1].index;
    if (last <= bounds.compactedIndex) return;
    for (const entry of entries) {
      if (entry.index > bounds.compactedIndex) operations.push({ type: 'put', ...encodeEntry(shardId, entry) });
    }
    // A conflicting suffix beyond the new last entry must go in the same batch.
    for (let stale = last + 1; stale <= bounds.lastIndex; stale += 1) operations.push({ type: 'del', key: entryKey(shardId, stale) });
    bounds.lastIndex = last;
  }

  private buildCompaction(shardId: ShardId, index: number, bounds: LogBounds, operations: BatchSink): void {
    if (index <= bounds.compactedIndex) return;
    check(index <= bounds.lastIndex, `shard ${shardId}: compact ${index} beyond last index ${bounds.lastIndex}`);
    const term = this.host.shardLog(shardId).term(index);
    for (let gone = bounds.compactedIndex + 1; gone <= index; gone += 1) operations.push({ type: 'del', key: entryKey(shardId, gone) });
    Object.assign(bounds, { compactedIndex: index, compactedTerm: term });
    operations.record(`${shardId}/bounds`, encodeLogBounds(shardId, bounds));
  }

  private mirror(item: LogWrite): void {
    if (item.kind === 'compact') {
      const log = this.host.shardLog(item.shardId);
      if (item.index > log.compaction().index) log.compact(item.index, log.term(item.index));
      return;
    }
    for (const update of item.updates) {
      const log = this.host.shardLog(update.shardId);
      if (update.snapshot) {
        log.applySnapshot(update.snapshot);
        this.host.snapshotPersisted(update.shardId, update.snapshot);
      }
      if (update.entries) log.append(update.entries);
      if (update.hardState) log.setHardState(update.hardState);
      if (update.confState) this.host.confStatePersisted(update.shardId, update.confState);
    }
  }
}
