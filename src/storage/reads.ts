/**
 * Reads served outside the log: get and range scans over one shard's current data generation.
 * Each read runs on an explicit db snapshot taken in the same tick as the generation is chosen,
 * so a concurrent snapshot ingest (generation flip + lazy delete) never shows a mix.
 */
import { tessera } from '../wire/proto.js';
import { decodeStoredValue } from './apply-run.js';
import type { StorageDb } from './db.js';
import { dataKey, dataRange, userKeyOfDataKey } from './layout.js';
import type { StorageLimits } from './limits.js';
import { validateKey } from './limits.js';

/** Which shard generation to read, and the applied index to report with the result. */
export interface ReadTarget {
  shardId: number;
  generation: number;
  appliedIndex: number;
}

/** One key's value: found, value, version, and the applied index the read saw. */
export async function readKey(db: StorageDb, target: ReadTarget, key: Uint8Array, limits: StorageLimits): Promise<tessera.kv.GetResponse> {
  validateKey(key, limits);
  const snapshot = db.snapshot();
  try {
    const value = await db.get(dataKey(target.shardId, target.generation, key), { snapshot });
    if (value === undefined) return tessera.kv.GetResponse.create({ found: false, appliedIndex: target.appliedIndex });
    const stored = decodeStoredValue(target.shardId, value);
    return tessera.kv.GetResponse.create({ found: true, value: stored.value, version: stored.version, appliedIndex: target.appliedIndex });
  } finally {
    await snapshot.close();
  }
}

/** A scan of user keys in [start, end); empty `end` = to the end of the shard; limit 0 = the default. */
export interface ScanRange {
  start: Uint8Array;
  end: Uint8Array;
  limit: number;
}

/**
 * Keys in [start, end) in key order, at most `limit` (clamped to scanItemsMax). When more keys
 * follow, `more` is set and `nextStart` is the first key not returned: scan again from there.
 */
export async function scanRange(db: StorageDb, target: ReadTarget, range: ScanRange, limits: StorageLimits): Promise<tessera.kv.ScanResponse> {
  if (range.start.length > 0) validateKey(range.start, limits, 'scan start');
  if (range.end.length > 0) validateKey(range.end, limits, 'scan end');
  const limit = Math.min(range.limit > 0 ? range.limit : limits.scanItemsDefault, limits.scanItemsMax);
  const items: tessera.kv.KeyValue.$Properties[] = [];
  if (range.end.length > 0 && Buffer.compare(range.start, range.end) >= 0) {
    return tessera.kv.ScanResponse.create({ items, more: false, appliedIndex: target.appliedIndex });
  }
  const iterator = db.iterator({ ...dataRange(target.shardId, target.generation, range.start, range.end), limit: limit + 1 });
  try {
    let nextStart: Uint8Array | undefined;
    for (let item = await iterator.next(); item !== undefined; item = await iterator.next()) {
      const key = userKeyOfDataKey(item[0]).slice();
      if (items.length === limit) {
        nextStart = key;
        break;
      }
      const stored = decodeStoredValue(target.shardId, item[1]);
      items.push({ key, value: stored.value, version: stored.version });
    }
    return tessera.kv.ScanResponse.create({ items, more: nextStart !== undefined, nextStart: nextStart ?? new Uint8Array(0), appliedIndex: target.appliedIndex });
  } finally {
    await iterator.close();
  }
}
