/**
 * Which shards a backup holds and the index each shard's state machine had applied, gathered
 * record by record as a backup is written or read (so a summary costs no second pass).
 */
import { allShardsRange, recordKind, shardIdOfKey, shardPrefixBytes } from './layout.js';
import { decodeAppliedState } from './records.js';

/** One shard in a backup. */
export interface BackupShard {
  shardId: number;
  /** The applied index in the backup; 0 when the shard had applied nothing. */
  appliedIndex: number;
}

const shardSpaceByte = allShardsRange().gte[0];

/** Accumulates BackupShards from a backup's records, in key order or not. */
export class BackupTally {
  private readonly appliedIndexes = new Map<number, number>();

  /** Notes one record; throws StorageCorruptionError when an applied-state record fails its CRC. */
  add(key: Uint8Array, value: Uint8Array): void {
    if (key.length < shardPrefixBytes + 1 || key[0] !== shardSpaceByte) return;
    const shardId = shardIdOfKey(key);
    const isAppliedState = key.length === shardPrefixBytes + 1 && key[shardPrefixBytes] === recordKind.appliedState;
    if (isAppliedState) this.appliedIndexes.set(shardId, decodeAppliedState(shardId, value).appliedIndex);
    else if (!this.appliedIndexes.has(shardId)) this.appliedIndexes.set(shardId, 0);
  }

  /** Every shard seen, ascending by id. */
  shards(): BackupShard[] {
    return [...this.appliedIndexes].map(([shardId, appliedIndex]) => ({ shardId, appliedIndex })).sort((left, right) => left.shardId - right.shardId);
  }
}
