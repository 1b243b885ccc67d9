/**
 * Deleting a shard's whole state from a node (its replica moved elsewhere). A synced marker goes
 * first, so a crash half-way through the range delete is finished on the next open instead of
 * leaving a shard with some records and not others (which open would call corruption).
 */
import { persistEarlierWrites, type StorageDb, writeBatch } from './db.js';
import { destroyMarkerKey, destroyMarkerRange, shardIdOfDestroyMarker, shardRange } from './layout.js';

/** Deletes every key of `shardId`; crash-safe through the destroy marker. */
export async function destroyShardData(db: StorageDb, shardId: number): Promise<void> {
  await writeBatch(db, [{ type: 'put', key: destroyMarkerKey(shardId), value: new Uint8Array(0) }], { sync: true });
  await finishDestroy(db, shardId);
}

/** Finishes every destroy a crash interrupted; returns the shards it deleted. */
export async function finishInterruptedDestroys(db: StorageDb): Promise<number[]> {
  const shardIds: number[] = [];
  for await (const key of db.keys(destroyMarkerRange())) shardIds.push(shardIdOfDestroyMarker(key));
  for (const shardId of shardIds) await finishDestroy(db, shardId);
  return shardIds;
}

async function finishDestroy(db: StorageDb, shardId: number): Promise<void> {
  await db.clear(shardRange(shardId));
  // The deletes are unsynced: durable before the marker that guards them goes.
  await persistEarlierWrites(db);
  await writeBatch(db, [{ type: 'del', key: destroyMarkerKey(shardId) }], { sync: true });
}
