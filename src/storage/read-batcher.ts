/**
 * Single-key reads gathered into one LevelDB getMany per cascade of microtasks. The reads a loop
 * turn releases (one ReadIndex round or lease check answers many) each cost a thread-pool job, a
 * snapshot opened and closed, and two wake-ups when done one by one; together they cost one job.
 *
 * No snapshot: one key needs none for consistency. The only hazard is a snapshot ingest flipping
 * the shard to a new generation and deleting the old one lazily while the read is queued, which
 * can only turn a present key into a missing one; so a miss on a generation that is no longer
 * current is read again through readKey (snapshot, current generation).
 */
import { tessera } from '../wire/proto.js';
import { decodeStoredValue } from './apply-run.js';
import type { StorageDb } from './db.js';
import { dataKey } from './layout.js';
import type { StorageLimits } from './limits.js';
import { readKey, type ReadTarget } from './reads.js';

interface QueuedRead {
  target: ReadTarget;
  key: Uint8Array;
  resolve: (response: tessera.kv.GetResponse) => void;
  reject: (error: unknown) => void;
}

/** Batches NodeStorage.get calls into getMany. */
export class ReadBatcher {
  private queued: QueuedRead[] = [];

  constructor(
    private readonly db: StorageDb,
    private readonly limits: StorageLimits,
    /** The shard's current read target; undefined once the shard is gone. */
    private readonly currentTarget: (shardId: number) => ReadTarget | undefined,
  ) {}

  /** One key of the shard at `target` (validated by the caller). */
  get(target: ReadTarget, key: Uint8Array): Promise<tessera.kv.GetResponse> {
    return new Promise((resolve, reject) => {
      this.queued.push({ target, key, resolve, reject });
      // After the microtasks now running: the reads released by one loop turn go together.
      if (this.queued.length === 1) process.nextTick(() => void this.flush());
    });
  }

  private async flush(): Promise<void> {
    const reads = this.queued;
    this.queued = [];
    let values: (Uint8Array | undefined)[];
    try {
      values = await this.db.getMany(reads.map(({ target, key }) => dataKey(target.shardId, target.generation, key)));
    } catch (error) {
      for (const read of reads) read.reject(error);
      return;
    }
    reads.forEach((read, position) => {
      const value = values[position];
      if (value === undefined) {
        const current = this.currentTarget(read.target.shardId);
        if (current !== undefined && current.generation !== read.target.generation) {
          readKey(this.db, current, read.key, this.limits).then(read.resolve, read.reject);
          return;
        }
        read.resolve(tessera.kv.GetResponse.create({ found: false, appliedIndex: read.target.appliedIndex }));
        return;
      }
      try {
        const stored = decodeStoredValue(read.target.shardId, value);
        read.resolve(tessera.kv.GetResponse.create({ found: true, value: stored.value, version: stored.version, appliedIndex: read.target.appliedIndex }));
      } catch (error) {
        read.reject(error);
      }
    });
  }
}
