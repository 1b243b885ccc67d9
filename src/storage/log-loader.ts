/**
 * Reads a shard's durable state at open, verifying every CRC. Entries above the recorded last
 * index (an unacknowledged tail, see layout.ts) and below the compaction point (leftovers) are
 * returned as keys to delete; a missing or damaged entry inside the bounds is corruption.
 */
import type { ConfState, Entry, HardState, SnapshotMetadata } from '../raft/types.js';
import type { StorageDb } from './db.js';
import { StorageCorruptionError } from './errors.js';
import { allShardsRange, entryRange, indexOfEntryKey, recordKind, shardIdOfKey, shardPrefix, shardRecordKey } from './layout.js';
import {
  type AppliedState,
  type LogBounds,
  decodeAppliedState,
  decodeConfStateRecord,
  decodeEntry,
  decodeHardState,
  decodeLogBounds,
  decodeSnapshotMetadata,
  decodeStaging,
  emptyConfState,
  emptyHardState,
  emptyLogBounds,
  initialAppliedState,
} from './records.js';

/** Everything a shard has on disk except its user data and sessions. */
export interface LoadedShard {
  shardId: number;
  hardState: HardState;
  confState: ConfState;
  snapshotMetadata: SnapshotMetadata | undefined;
  bounds: LogBounds;
  applied: AppliedState;
  /** The generation of an unfinished snapshot ingest, if one was interrupted. */
  stagingGeneration: number | undefined;
  /** The entries in (compacted index, last index], verified. */
  entries: Entry[];
  /** Entry keys outside the bounds, to delete. */
  strayEntryKeys: Uint8Array[];
}

/** The ids of every shard with at least one key, ascending. */
export async function listShardIds(db: StorageDb): Promise<number[]> {
  const ids: number[] = [];
  const iterator = db.keys(allShardsRange());
  try {
    for (let key = await iterator.next(); key !== undefined; key = await iterator.next()) {
      const shardId = shardIdOfKey(key);
      ids.push(shardId);
      iterator.seek(shardPrefix(shardId + 1));
    }
  } finally {
    await iterator.close();
  }
  return ids;
}

/** Loads and verifies one shard's records and log. Throws StorageCorruptionError on damage. */
export async function loadShard(db: StorageDb, shardId: number): Promise<LoadedShard> {
  const kinds = [recordKind.hardState, recordKind.confState, recordKind.snapshotMetadata, recordKind.logBounds, recordKind.appliedState, recordKind.staging];
  const [hardState, confState, snapshot, bounds, applied, staging] = await db.getMany(kinds.map((kind) => shardRecordKey(shardId, kind)));
  const loaded: LoadedShard = {
    shardId,
    hardState: hardState === undefined ? { ...emptyHardState } : decodeHardState(shardId, hardState),
    confState: confState === undefined ? emptyConfState() : decodeConfStateRecord(shardId, confState),
    snapshotMetadata: snapshot === undefined ? undefined : decodeSnapshotMetadata(shardId, snapshot),
    bounds: bounds === undefined ? { ...emptyLogBounds } : decodeLogBounds(shardId, bounds),
    applied: applied === undefined ? { ...initialAppliedState } : decodeAppliedState(shardId, applied),
    stagingGeneration: staging === undefined ? undefined : decodeStaging(shardId, staging),
    entries: [],
    strayEntryKeys: [],
  };
  await loadEntries(db, loaded);
  return loaded;
}

async function loadEntries(db: StorageDb, loaded: LoadedShard): Promise<void> {
  const { shardId, bounds } = loaded;
  const iterator = db.iterator(entryRange(shardId));
  try {
    for (let item = await iterator.next(); item !== undefined; item = await iterator.next()) {
      const [key, value] = item;
      const index = indexOfEntryKey(key);
      if (index <= bounds.compactedIndex || index > bounds.lastIndex) {
        loaded.strayEntryKeys.push(key);
        continue;
      }
      const expected = bounds.compactedIndex + 1 + loaded.entries.length;
      if (index !== expected) throw new StorageCorruptionError(shardId, 'log entry', expected, `missing (next stored entry is ${index}, last index ${bounds.lastIndex})`);
      loaded.entries.push(decodeEntry(shardId, index, value));
    }
  } finally {
    await iterator.close();
  }
  const expected = bounds.compactedIndex + 1 + loaded.entries.length;
  if (expected <= bounds.lastIndex) throw new StorageCorruptionError(shardId, 'log entry', expected, `missing (last index ${bounds.lastIndex})`);
}
