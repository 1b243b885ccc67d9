/**
 * NodeStorage: everything one Tessera node keeps on disk, for every shard it hosts, in one
 * LevelDB (key layout in layout.ts). The server owns one instance and drives it from its loop:
 *
 *   1. `logStorage(shard)` — hand to the shard's RawNode as its LogStorage (synchronous, in memory).
 *   2. Each loop turn, after collecting every shard's Ready: `await persist([...updates])` — one
 *      synced batch for all shards (concurrent calls are merged: group commit). Only then send
 *      messages that depend on it.
 *   3. `await apply(shard, committedEntries, { confState })` — data, sessions and the applied
 *      index in one batch; returns a CommandResult per command to answer clients.
 *   4. Reads: `get`, `scan`, `scanPrefix` (served outside the log, at the applied index they report).
 *   5. Now and then `compact(shard, index)` with index ≤ appliedIndex(shard).
 *   6. Snapshots: a leader streams `snapshotChunks(shard)` to a follower, which feeds them to
 *      `ingestSnapshot(shard, chunks)` and then persists the Raft snapshot metadata via persist().
 *   7. `backup(file)` / `NodeStorage.restore(file, directory)` for tessctl snapshot save | restore;
 *      `backupStream()` hands the same backup out piece by piece (Admin.Snapshot).
 *
 * Errors: StorageCorruptionError (TESSERA_STORAGE_CORRUPT) when a checksum fails at open or on
 * read; SnapshotStreamError (TESSERA_SNAPSHOT_INVALID); BackupInvalidError
 * (TESSERA_BACKUP_INVALID); TesseraError TESSERA_INVALID_ARGUMENT for keys over the limits in
 * reads; StorageInvariantError for caller bugs (a gap in appended entries, applying out of order).
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { SnapshotTemporarilyUnavailableError } from '../raft/errors.js';
import type { ConfState, Entry, ShardId, Snapshot, SnapshotMetadata } from '../raft/types.js';
import type { tessera } from '../wire/proto.js';
import { restoreBackup, writeBackup } from './backup.js';
import { BackupStream, type BackupSummary } from './backup-stream.js';
import { type BatchOperation, createClassicLevel, persistEarlierWrites, type StorageDb, writeBatch } from './db.js';
import { destroyShardData, finishInterruptedDestroys } from './destroy.js';
import { checkLevelDbRecovery } from './leveldb-recovery-check.js';
import { check, StorageCorruptionError } from './errors.js';
import { clearGeneration, sweepGenerations } from './generations.js';
import { formatKey, formatVersion, prefixEnd, recordKind, shardRecordKey } from './layout.js';
import { resolveStorageLimits, type StorageLimits, validateKey } from './limits.js';
import { listShardIds, type LoadedShard, loadShard } from './log-loader.js';
import { ShardLog } from './log-store.js';
import { LogWriter, type ShardUpdate } from './log-writer.js';
import { ReadBatcher } from './read-batcher.js';
import { scanRange, type ScanRange } from './reads.js';
import { type AppliedState, emptyConfState, emptyHardState, encodeAppliedState, encodeConfStateRecord, encodeStaging, initialAppliedState } from './records.js';
import { SerialQueue } from './serial-queue.js';
import { SessionCache } from './session-cache.js';
import { trackSyncedFromEnvironment, trackSyncedLogLengths } from './synced-log-lengths.js';
import { type AppliedEntry, planApply } from './state-machine.js';
import type { SnapshotHeader } from './snapshot-format.js';
import { stageSnapshotChunks } from './snapshot-reader.js';
import { writeSnapshotChunks } from './snapshot-writer.js';

/** How to open a node's storage. Give exactly one of `location` and `db`. */
export interface NodeStorageOptions {
  /** Directory of the node's LevelDB (classic-level); created if missing. */
  location?: string;
  /** An abstract-level db with binary keys and values (e.g. createMemoryLevel()); NodeStorage takes ownership and closes it. */
  db?: StorageDb;
  /** Overrides of the defaults in limits.ts. */
  limits?: Partial<StorageLimits>;
  /**
   * Test mode: record the synced length of every LevelDB log after each synced write (see
   * synced-log-lengths.ts). Only with `location`. Default: TESSERA_STORAGE_TEST_MODE=track-synced.
   */
  trackSyncedLogLengths?: boolean;
}

/** Options of apply(). */
export interface ApplyOptions {
  /** The membership after these entries (after the caller applied a conf change); stored in the same batch. */
  confState?: ConfState;
  /**
   * Called with the results as soon as they are computed, before the batch is written: the entries
   * are committed, so their writers may be answered while the batch is on its way (reads wait for
   * apply() to resolve before they see the applied index move).
   */
  onPlanned?: (entries: readonly AppliedEntry[]) => void;
}

/** One shard's committed entries for applyMany(). */
export interface ShardApply extends ApplyOptions {
  shardId: ShardId;
  entries: readonly Entry[];
}

/** One shard's in-memory state. */
interface ShardState {
  readonly log: ShardLog;
  /** Invariant: equals the durable applied-state record. */
  applied: AppliedState;
  confState: ConfState;
  /** The last Raft snapshot persisted through persist(). */
  snapshotMetadata: SnapshotMetadata | undefined;
  ingesting: boolean;
  /** Serializes apply and ingest of this shard. */
  readonly queue: SerialQueue;
  /** The current generation's client sessions, as far as remembered. */
  readonly sessions: SessionCache;
}

/** All durable state of one node. Not safe to open twice on the same directory (LevelDB locks it). */
export class NodeStorage {
  private readonly shards = new Map<ShardId, ShardState>();
  private readonly writer: LogWriter;
  private readonly background = new Set<Promise<void>>();
  private readonly reads: ReadBatcher;
  private closed = false;

  private constructor(
    private readonly db: StorageDb,
    /** The limits reads and validateCommand use. */
    readonly limits: StorageLimits,
    /** The db's directory; undefined when opened on a given db. */
    private readonly location: string | undefined,
  ) {
    this.reads = new ReadBatcher(db, limits, (shardId) => (this.shards.has(shardId as ShardId) ? this.readTarget(shardId as ShardId) : undefined));
    this.writer = new LogWriter(db, {
      shardLog: (shardId) => this.shard(shardId).log,
      confStatePersisted: (shardId, confState) => {
        this.shard(shardId).confState = confState;
      },
      snapshotPersisted: (shardId, metadata) => {
        this.shard(shardId).snapshotMetadata = metadata;
      },
    });
  }

  /**
   * Opens (creating if needed) a node's storage and loads every shard's log, verifying every
   * CRC. Drops unacknowledged log tails and unfinished snapshot ingests. Rejects with
   * StorageCorruptionError when a record is damaged.
   */
  static async open(options: NodeStorageOptions): Promise<NodeStorage> {
    check((options.location === undefined) !== (options.db === undefined), 'give exactly one of location and db');
    const db = options.db ?? createClassicLevel(options.location as string);
    if (db.status !== 'open') await db.open();
    const storage = new NodeStorage(db, resolveStorageLimits(options.limits), options.location);
    try {
      if (options.location !== undefined) await checkLevelDbRecovery(options.location);
      if (options.location !== undefined && (options.trackSyncedLogLengths ?? trackSyncedFromEnvironment)) await trackSyncedLogLengths(db, options.location);
      await storage.load();
    } catch (error) {
      await db.close();
      throw error;
    }
    return storage;
  }

  /** Verifies the backup at `filePath` and restores it into `location`, which must be empty or absent. Rejects with BackupInvalidError. */
  static restore(filePath: string, location: string): Promise<BackupSummary> {
    return restoreBackup(filePath, location);
  }

  /** The shards that have state here, ascending. */
  shardIds(): ShardId[] {
    return [...this.shards.keys()].sort((left, right) => left - right);
  }

  /** True when the shard has state here. */
  hasShard(shardId: ShardId): boolean {
    return this.shards.has(shardId);
  }

  /**
   * The shard's LogStorage for its RawNode: synchronous, shows only persisted entries. A shard
   * not seen before starts empty (nothing is written until the first persist).
   */
  logStorage(shardId: ShardId): ShardLog {
    return this.shard(shardId).log;
  }

  /** Bootstraps a new shard with its initial membership (durably). */
  async createShard(shardId: ShardId, confState: ConfState): Promise<void> {
    await this.persist([{ shardId, confState }]);
  }

  /**
   * Persists the Ready output of many shards in one synced batch and then makes it visible
   * through logStorage(). Calls made while a batch is being written are merged into the next one
   * (group commit) and resolve in call order. Rejects with StorageInvariantError when an update
   * is inconsistent (entries with a gap, a snapshot older than the log); other calls merged with
   * it are unaffected.
   */
  persist(updates: readonly ShardUpdate[]): Promise<void> {
    this.checkOpen();
    return this.writer.persist(updates);
  }

  /**
   * persist() and applyMany() as ONE synced batch: the turn's log records and its apply batch land
   * together (one LevelDB write and one thread-pool round trip instead of two). Committed entries
   * among `updates`' own entries are safe to apply here: they become durable in the same write.
   */
  persistAndApply(updates: readonly ShardUpdate[], items: readonly ShardApply[]): Promise<AppliedEntry[][]> {
    this.checkOpen();
    return this.applyItems(items, (operations) => this.writer.persist(updates, operations));
  }

  /** Drops the shard's log entries up to `index` (≤ its applied index); term(index) stays known. */
  compact(shardId: ShardId, index: number): Promise<void> {
    this.checkOpen();
    const shard = this.shard(shardId);
    check(index <= shard.applied.appliedIndex, `shard ${shardId}: compact ${index} beyond applied index ${shard.applied.appliedIndex}`);
    // Applies are written unsynced: the entries they came from may go only once they are durable.
    return persistEarlierWrites(this.db).then(() => this.writer.compact(shardId, index));
  }

  /**
   * Applies committed entries of one shard in one batch with its applied index and sessions.
   * Entries at or below the applied index are skipped (empty results); the rest must continue it
   * without a gap. Resolves with one AppliedEntry per entry, each with a CommandResult per
   * command of its CommandBatch (a retry gets its stored result; an older sequence an error).
   */
  async apply(shardId: ShardId, entries: readonly Entry[], options: ApplyOptions = {}): Promise<AppliedEntry[]> {
    const [applied] = await this.applyMany([{ shardId, entries, ...options }]);
    return applied;
  }

  /**
   * apply() for several shards (each at most once) in ONE unsynced LevelDB batch: a loop turn that
   * commits entries of many groups pays one write, not one per group. Resolves with each shard's
   * AppliedEntry list, in the order of `items`.
   */
  applyMany(items: readonly ShardApply[]): Promise<AppliedEntry[][]> {
    this.checkOpen();
    return this.applyItems(items, (operations) => (operations.length > 0 ? writeBatch(this.db, operations, { sync: false }) : Promise.resolve()));
  }

  /** Plans `items` under their shards' queues, writes the plan with `write`, then makes it the shards' state. */
  private applyItems(items: readonly ShardApply[], write: (operations: BatchOperation[]) => Promise<void>): Promise<AppliedEntry[][]> {
    const shards = items.map((item) => this.shard(item.shardId));
    check(new Set(shards).size === shards.length, 'apply: a shard appears twice');
    return SerialQueue.runAcross(
      shards.map((shard) => shard.queue),
      async () => {
        const plans = items.map((item, position) => planApply(this.db, item.shardId, shards[position].applied, item.entries, item.confState, shards[position].sessions));
        items.forEach((item, position) => item.onPlanned?.(plans[position].entries));
        const operations = plans.length === 1 ? plans[0].operations : plans.flatMap((plan) => plan.operations);
        await write(operations);
        plans.forEach((plan, position) => {
          const shard = shards[position];
          for (const [clientId, session] of plan.sessions) shard.sessions.set(clientId, session);
          shard.applied = plan.applied;
          const { confState } = items[position];
          if (confState !== undefined) shard.confState = confState;
        });
        return plans.map((plan) => plan.entries);
      },
    );
  }

  /** The index of the last entry applied to the shard's state machine (0 if none). */
  appliedIndex(shardId: ShardId): number {
    return this.shards.get(shardId)?.applied.appliedIndex ?? 0;
  }

  /** One key of a shard. Resolves found=false when absent; always carries the applied index. */
  get(shardId: ShardId, key: Uint8Array): Promise<tessera.kv.GetResponse> {
    try {
      this.checkOpen();
      validateKey(key, this.limits);
    } catch (error) {
      return Promise.reject(error);
    }
    return this.reads.get(this.readTarget(shardId), key);
  }

  /** Keys in [start, end) of a shard (empty end = to the end), at most `limit` (0 = default); `more` + `nextStart` continue it. */
  scan(shardId: ShardId, range: ScanRange): Promise<tessera.kv.ScanResponse> {
    this.checkOpen();
    return scanRange(this.db, this.readTarget(shardId), range, this.limits);
  }

  /** Keys starting with `prefix`; continue from `start` (a previous nextStart) when given. */
  scanPrefix(shardId: ShardId, prefix: Uint8Array, options: { limit?: number; start?: Uint8Array } = {}): Promise<tessera.kv.ScanResponse> {
    return this.scan(shardId, { start: options.start ?? prefix, end: prefixEnd(prefix), limit: options.limit ?? 0 });
  }

  /**
   * The shard's state machine (data + sessions) at its applied index as checksummed chunks of
   * about 1 MiB, read through one db snapshot; memory stays bounded whatever the shard's size.
   */
  snapshotChunks(shardId: ShardId): AsyncIterable<Uint8Array> {
    this.checkOpen();
    return writeSnapshotChunks(this.db, shardId);
  }

  /**
   * Replaces the shard's state machine with a stream from snapshotChunks() (of any shard).
   * Atomic for readers and crashes: the old state stays current until the last chunk is
   * verified. Rejects with SnapshotStreamError on a bad stream (old state kept). Resolves with the
   * stream's header (applied index, term, conf state), which is now the shard's applied state.
   */
  ingestSnapshot(shardId: ShardId, chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>): Promise<SnapshotHeader> {
    this.checkOpen();
    const shard = this.shard(shardId);
    return shard.queue.run(async () => {
      shard.ingesting = true;
      try {
        const staging = shard.applied.generation + 1;
        await clearGeneration(this.db, shardId, staging);
        await writeBatch(this.db, [{ type: 'put', ...encodeStaging(shardId, staging) }], { sync: true });
        const { header } = await stageSnapshotChunks(this.db, shardId, staging, chunks);
        const applied: AppliedState = { appliedIndex: header.appliedIndex, appliedTerm: header.appliedTerm, generation: staging };
        // The chunks were staged unsynced: durable before the switch-over that makes them current.
        await persistEarlierWrites(this.db);
        const flip = [encodeAppliedState(shardId, applied), encodeConfStateRecord(shardId, header.confState)].map((record) => ({ type: 'put' as const, ...record }));
        await writeBatch(this.db, [...flip, { type: 'del', key: shardRecordKey(shardId, recordKind.staging) }], { sync: true });
        const old = shard.applied.generation;
        shard.applied = applied;
        shard.sessions.clear();
        shard.confState = header.confState;
        this.inBackground(clearGeneration(this.db, shardId, old));
        return header;
      } finally {
        shard.ingesting = false;
      }
    });
  }

  /**
   * Deletes everything the shard stores on this node (its replica moved elsewhere). The caller
   * must have stopped persisting and applying for it; a crash mid-way finishes on the next open.
   */
  async destroyShard(shardId: ShardId): Promise<void> {
    this.checkOpen();
    const shard = this.shards.get(shardId);
    if (shard === undefined) return;
    await this.writer.idle();
    await shard.queue.run(async () => {
      await destroyShardData(this.db, shardId);
      this.shards.delete(shardId);
    });
  }

  /** Writes a consistent copy of the whole node (all shards) to `filePath`. */
  backup(filePath: string): Promise<BackupSummary> {
    this.checkOpen();
    return writeBackup(this.db, filePath);
  }

  /**
   * The same backup as backup(), handed out piece by piece (about 1 MiB each) so it can be sent
   * without a file; its point in time is the first next(). Close it when abandoning it early.
   */
  backupStream(): BackupStream {
    this.checkOpen();
    return new BackupStream(this.db);
  }

  /** Bytes of the files in the db's directory (0 for a db given at open): a size estimate for progress display. */
  async sizeOnDiskBytes(): Promise<number> {
    if (this.location === undefined) return 0;
    const location = this.location;
    const sizes = await Promise.all((await readdir(location)).map((name) => stat(join(location, name)).then((stats) => (stats.isFile() ? stats.size : 0), () => 0)));
    return sizes.reduce((total, size) => total + size, 0);
  }

  /** Waits for pending writes and background deletes, then closes the db. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.writer.idle();
    await Promise.all([...this.shards.values()].map((shard) => shard.queue.idle()));
    await Promise.all(this.background);
    await this.db.close();
  }

  private async load(): Promise<void> {
    const format = await this.db.get(formatKey());
    if (format === undefined) await this.db.put(formatKey(), Uint8Array.of(0, 0, 0, formatVersion));
    else if (format.length !== 4 || format[3] !== formatVersion) throw new StorageCorruptionError(undefined, 'format', undefined, `unsupported layout version ${Buffer.from(format).toString('hex')}`);
    await finishInterruptedDestroys(this.db);
    for (const shardId of await listShardIds(this.db)) {
      const loaded = await loadShard(this.db, shardId);
      await this.discardUnfinished(loaded);
      this.shards.set(shardId as ShardId, this.shardStateOf(loaded));
    }
  }

  private async discardUnfinished(loaded: LoadedShard): Promise<void> {
    const { shardId } = loaded;
    const operations = loaded.strayEntryKeys.map((key) => ({ type: 'del' as const, key }));
    if (loaded.stagingGeneration !== undefined) operations.push({ type: 'del', key: shardRecordKey(shardId, recordKind.staging) });
    await sweepGenerations(this.db, shardId, loaded.applied.generation);
    if (operations.length > 0) await writeBatch(this.db, operations, { sync: true });
  }

  private shardStateOf(loaded: LoadedShard): ShardState {
    const shardId = loaded.shardId as ShardId;
    const { bounds } = loaded;
    const context = { confState: () => state.confState, snapshot: () => this.snapshotOf(shardId) };
    const state: ShardState = {
      log: new ShardLog(shardId, { hardState: loaded.hardState, compactedIndex: bounds.compactedIndex, compactedTerm: bounds.compactedTerm, entries: loaded.entries }, context),
      applied: loaded.applied,
      confState: loaded.confState,
      snapshotMetadata: loaded.snapshotMetadata,
      ingesting: false,
      queue: new SerialQueue(),
      sessions: new SessionCache(),
    };
    return state;
  }

  private shard(shardId: ShardId): ShardState {
    let shard = this.shards.get(shardId);
    if (shard === undefined) {
      shard = this.shardStateOf({ shardId, hardState: { ...emptyHardState }, confState: emptyConfState(), snapshotMetadata: undefined, bounds: { compactedIndex: 0, compactedTerm: 0, lastIndex: 0 }, applied: { ...initialAppliedState }, stagingGeneration: undefined, entries: [], strayEntryKeys: [] });
      this.shards.set(shardId, shard);
    }
    return shard;
  }

  /**
   * The snapshot the Raft core may send: the state machine's applied point (what
   * snapshotChunks() streams, at that index or later) or the last persisted Raft snapshot when
   * that is newer (the state machine is still being replaced).
   */
  private snapshotOf(shardId: ShardId): Snapshot {
    const shard = this.shard(shardId);
    if (shard.ingesting) throw new SnapshotTemporarilyUnavailableError();
    const persisted = shard.snapshotMetadata;
    const metadata: SnapshotMetadata =
      persisted !== undefined && persisted.index > shard.applied.appliedIndex
        ? persisted
        : { index: shard.applied.appliedIndex, term: shard.applied.appliedTerm, confState: shard.confState };
    return { metadata, data: new Uint8Array(0) };
  }

  private readTarget(shardId: ShardId): { shardId: number; generation: number; appliedIndex: number } {
    const shard = this.shards.get(shardId);
    const applied = shard?.applied ?? initialAppliedState;
    return { shardId, generation: applied.generation, appliedIndex: applied.appliedIndex };
  }

  private inBackground(task: Promise<void>): void {
    // A failed lazy delete only leaves garbage that the next open sweeps, so the error is dropped.
    const tracked = task.catch(() => undefined).finally(() => this.background.delete(tracked));
    this.background.add(tracked);
  }

  private checkOpen(): void {
    check(!this.closed, 'storage is closed');
  }
}
