/**
 * Deleting data generations: the old one after a snapshot ingest made a new one current, and at
 * open every generation that is not current (an interrupted ingest, an interrupted lazy delete).
 */
import type { StorageDb } from './db.js';
import { generationOfKey, generationPrefix, generationRange, kindRange, rangeKind } from './layout.js';

const generationKinds = [rangeKind.data, rangeKind.session] as const;

/** Deletes every data and session key of one generation of a shard (several batches; not atomic, need not be). */
export async function clearGeneration(db: StorageDb, shardId: number, generation: number): Promise<void> {
  for (const kind of generationKinds) await db.clear(generationRange(shardId, kind, generation));
}

/** The generations that hold data or sessions of a shard, ascending, found by seeking (cheap). */
export async function listGenerations(db: StorageDb, shardId: number): Promise<number[]> {
  const generations = new Set<number>();
  for (const kind of generationKinds) {
    const iterator = db.keys(kindRange(shardId, kind));
    try {
      for (let key = await iterator.next(); key !== undefined; key = await iterator.next()) {
        const generation = generationOfKey(key);
        generations.add(generation);
        iterator.seek(generationPrefix(shardId, kind, generation + 1));
      }
    } finally {
      await iterator.close();
    }
  }
  return [...generations].sort((left, right) => left - right);
}

/** Deletes every generation of a shard except `keep`. */
export async function sweepGenerations(db: StorageDb, shardId: number, keep: number): Promise<void> {
  for (const generation of await listGenerations(db, shardId)) {
    if (generation !== keep) await clearGeneration(db, shardId, generation);
  }
}
