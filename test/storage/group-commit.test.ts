/** Group commit: concurrent persist calls share batches, resolve in order, and fail alone. */
import { describe, expect, it } from 'vitest';
import type { NodeId } from '../../src/raft/types.js';
import { shardId } from '../../src/raft/types.js';
import { createMemoryLevel } from '../../src/storage/index.js';
import { GroupCommitter } from '../../src/storage/group-commit.js';
import { dataEntry, noopEntry, openMemoryStorage, shard1 } from './helpers.js';

describe('group commit', () => {
  it('merges calls that arrive while a write is in flight into one batch', async () => {
    const db = createMemoryLevel();
    let batches = 0;
    const batch = db.batch.bind(db) as (...args: unknown[]) => Promise<void>;
    (db as unknown as { batch: (...args: unknown[]) => Promise<void> }).batch = (...args: unknown[]) => {
      if (args.length === 0) batches += 1;
      return batch(...args);
    };
    const { storage } = await openMemoryStorage(db);
    batches = 0;
    const order: number[] = [];
    const calls = Array.from({ length: 20 }, (_, call) =>
      storage.persist([1, 2, 3].map((shard) => ({ shardId: shardId(shard), entries: [dataEntry(call + 1, 1, 100)], hardState: { term: 1, vote: 1 as NodeId, commit: call } }))).then(() => order.push(call)),
    );
    await Promise.all(calls);
    expect(order).toEqual(Array.from({ length: 20 }, (_, call) => call));
    expect(batches).toBeLessThanOrEqual(2);
    for (const shard of [1, 2, 3]) expect(storage.logStorage(shardId(shard)).lastIndex()).toBe(20);
    await storage.close();
  });

  it('rejects an inconsistent call without failing the calls merged with it', async () => {
    const { storage } = await openMemoryStorage();
    const first = storage.persist([{ shardId: shard1, entries: [noopEntry(1, 1)] }]);
    const merged = [
      storage.persist([{ shardId: shard1, entries: [noopEntry(2, 1)] }]),
      storage.persist([{ shardId: shard1, entries: [noopEntry(9, 1)] }]),
      storage.persist([{ shardId: shard1, entries: [noopEntry(3, 1)] }]),
    ];
    const outcomes = await Promise.allSettled([first, ...merged]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
    expect(storage.logStorage(shard1).lastIndex()).toBe(3);
    await storage.close();
  });

  it('truncates a conflicting suffix in the same batch as the new entries', async () => {
    const { storage, db } = await openMemoryStorage();
    await storage.persist([{ shardId: shard1, entries: [1, 2, 3, 4].map((index) => noopEntry(index, 1)) }]);
    await storage.persist([{ shardId: shard1, entries: [noopEntry(2, 2)] }]);
    expect(storage.logStorage(shard1).lastIndex()).toBe(2);
    expect(storage.logStorage(shard1).term(2)).toBe(2);
    await storage.close();
    const reopened = (await openMemoryStorage(db)).storage;
    expect([reopened.logStorage(shard1).lastIndex(), reopened.logStorage(shard1).term(2)]).toEqual([2, 2]);
    await reopened.close();
  });

  it('fails every item of a group when the write itself fails', async () => {
    const committer = new GroupCommitter<number>(async () => {
      throw new Error('disk full');
    });
    await expect(Promise.all([committer.submit(1), committer.submit(2)])).rejects.toThrow('disk full');
    await committer.idle();
  });
});
