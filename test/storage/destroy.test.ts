import { describe, expect, it } from 'vitest';
import type { NodeId } from '../../src/raft/types.js';
import { writeBatch } from '../../src/storage/db.js';
import { destroyMarkerKey } from '../../src/storage/layout.js';
import { commandEntry, noopEntry, openMemoryStorage, putCommand, shard1, shard2, text } from './helpers.js';

const voters = { voters: [1, 2, 3] as NodeId[], learners: [], votersOutgoing: [], learnersNext: [], autoLeave: false };

describe('NodeStorage.destroyShard', () => {
  it('deletes one shard entirely and leaves the others; a new replica of it starts empty', async () => {
    const { storage, db } = await openMemoryStorage();
    for (const shard of [shard1, shard2]) {
      await storage.createShard(shard, voters);
      await storage.persist([{ shardId: shard, hardState: { term: 3, vote: 1 as NodeId, commit: 2 }, entries: [noopEntry(1, 1), commandEntry(2, 1, [putCommand('k', 'v')])] }]);
      await storage.apply(shard, storage.logStorage(shard).entries(1, 3, 1 << 20));
    }
    await storage.destroyShard(shard1);
    expect(storage.shardIds()).toEqual([shard2]);
    expect((await storage.get(shard1, text('k'))).found).toBe(false);
    expect((await storage.get(shard2, text('k'))).found).toBe(true);
    await storage.close();
    const reopened = (await openMemoryStorage(db)).storage;
    expect(reopened.shardIds()).toEqual([shard2]);
    expect(reopened.logStorage(shard1).lastIndex()).toBe(0);
    expect(reopened.logStorage(shard1).initialState().hardState).toEqual({ term: 0, vote: 0, commit: 0 });
    expect(reopened.appliedIndex(shard1)).toBe(0);
    await reopened.close();
  });

  it('finishes a destroy that a crash interrupted after its marker was written', async () => {
    const { storage, db } = await openMemoryStorage();
    await storage.createShard(shard1, voters);
    await storage.persist([{ shardId: shard1, hardState: { term: 3, vote: 1 as NodeId, commit: 1 }, entries: [noopEntry(1, 1)] }]);
    await storage.close();
    await db.open();
    // The crash: the marker is durable, the range delete never ran.
    await writeBatch(db, [{ type: 'put', key: destroyMarkerKey(shard1), value: new Uint8Array(0) }], { sync: true });
    const reopened = (await openMemoryStorage(db)).storage;
    expect(reopened.shardIds()).toEqual([]);
    await reopened.close();
  });
});
