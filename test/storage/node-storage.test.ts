import { describe, expect, it } from 'vitest';
import type { NodeId } from '../../src/raft/types.js';
import { tessera } from '../../src/wire/proto.js';
import { asText, commandEntry, countBatches, noopEntry, openMemoryStorage, putCommand, shard1, shard2, text } from './helpers.js';

const voters = { voters: [1, 2, 3] as NodeId[], learners: [], votersOutgoing: [], learnersNext: [], autoLeave: false };

describe('NodeStorage', () => {
  it('persists hard state, entries and conf state, and shows them after reopen', async () => {
    const { storage, db } = await openMemoryStorage();
    await storage.createShard(shard1, voters);
    await storage.persist([
      { shardId: shard1, hardState: { term: 2, vote: 1 as NodeId, commit: 1 }, entries: [noopEntry(1, 1), noopEntry(2, 2)] },
      { shardId: shard2, entries: [noopEntry(1, 1)] },
    ]);
    expect(storage.logStorage(shard1).lastIndex()).toBe(2);
    await storage.close();
    const reopened = (await openMemoryStorage(db)).storage;
    expect(reopened.shardIds()).toEqual([shard1, shard2]);
    const log = reopened.logStorage(shard1);
    expect(log.initialState()).toEqual({ hardState: { term: 2, vote: 1, commit: 1 }, confState: voters });
    expect(log.entries(1, 3, 1 << 20).map((entry) => entry.term)).toEqual([1, 2]);
    expect(reopened.logStorage(shard2).lastIndex()).toBe(1);
    await reopened.close();
  });

  it('applies commands, answers retries from the session table and reads them back', async () => {
    const { storage } = await openMemoryStorage();
    await storage.persist([{ shardId: shard1, entries: [commandEntry(1, 1, [putCommand('a', 'x', 7, 1)]), commandEntry(2, 1, [putCommand('a', 'y', 7, 1), putCommand('b', 'z', 7, 0)])] }]);
    const applied = await storage.apply(shard1, storage.logStorage(shard1).entries(1, 3, 1 << 20));
    expect(applied[0].results[0].put?.version).toBe(1);
    expect(applied[1].results[0].put?.version).toBe(1);
    expect(applied[1].results[1].put?.error?.code).toBe('TESSERA_INVALID_ARGUMENT');
    const got = await storage.get(shard1, text('a'));
    expect(got.found).toBe(true);
    expect(Buffer.from(got.value).toString()).toBe('x');
    expect(got.version).toBe(1);
    expect(got.appliedIndex).toBe(2);
    expect((await storage.get(shard1, text('b'))).found).toBe(false);
    expect(storage.logStorage(shard1).snapshot().metadata).toMatchObject({ index: 2, term: 1 });
    await storage.close();
  });

  it('hands the results to onPlanned before the batch is written, and moves the applied index after', async () => {
    const { storage } = await openMemoryStorage();
    const seen: { versions: (number | null | undefined)[]; appliedIndex: number }[] = [];
    const applying = storage.apply(shard1, [commandEntry(1, 1, [putCommand('a', 'x')]), commandEntry(2, 1, [putCommand('b', 'y')])], {
      onPlanned: (entries) => seen.push({ versions: entries.map((entry) => entry.results[0].put?.version), appliedIndex: storage.appliedIndex(shard1) }),
    });
    const applied = await applying;
    expect(seen).toEqual([{ versions: [1, 2], appliedIndex: 0 }]);
    expect(applied.map((entry) => entry.results[0].put?.version)).toEqual([1, 2]);
    expect(storage.appliedIndex(shard1)).toBe(2);
    await storage.close();
  });

  it('applies several shards in one LevelDB batch, keeping each shard in order with its single applies', async () => {
    const { storage, db } = await openMemoryStorage();
    const batches = countBatches(db);
    const planned: number[] = [];
    const together = storage.applyMany([
      { shardId: shard1, entries: [commandEntry(1, 1, [putCommand('a', 'x')])], onPlanned: () => planned.push(shard1) },
      { shardId: shard2, entries: [commandEntry(1, 1, [putCommand('b', 'y')]), commandEntry(2, 1, [putCommand('c', 'z')])], onPlanned: () => planned.push(shard2) },
    ]);
    // Submitted while the batch above is pending: it must see entry 1 of shard 1 applied.
    const after = storage.apply(shard1, [commandEntry(2, 1, [putCommand('a', 'w')])]);
    const results = await together;
    expect(results.map((entries) => entries.map((entry) => entry.results[0].put?.version))).toEqual([[1], [1, 2]]);
    expect((await after)[0].results[0].put?.version).toBe(2);
    expect(batches()).toBe(2);
    expect(planned).toEqual([shard1, shard2]);
    expect([storage.appliedIndex(shard1), storage.appliedIndex(shard2)]).toEqual([2, 2]);
    expect(asText((await storage.get(shard2, text('c'))).value)).toBe('z');
    expect(() => storage.applyMany([{ shardId: shard1, entries: [] }, { shardId: shard1, entries: [] }])).toThrow(/twice/);
    await storage.close();
  });

  it('persists a turn and applies its committed entries in ONE synced batch, entries of the same call included', async () => {
    const { storage, db } = await openMemoryStorage();
    await storage.persist([{ shardId: shard1, entries: [commandEntry(1, 1, [putCommand('a', 'x', 7, 1)])] }]);
    const batches = countBatches(db);
    const fresh = commandEntry(2, 1, [putCommand('b', 'y', 8, 1)]);
    const planned: number[] = [];
    const results = await storage.persistAndApply(
      [{ shardId: shard1, hardState: { term: 1, vote: 0 as NodeId, commit: 2 }, entries: [fresh] }],
      [{ shardId: shard1, entries: [...storage.logStorage(shard1).entries(1, 2, 1 << 20), fresh], onPlanned: (entries) => planned.push(entries.length) }],
    );
    expect(batches()).toBe(1);
    expect(planned).toEqual([2]);
    expect(results[0].map((entry) => entry.results[0].put?.version)).toEqual([1, 2]);
    expect(storage.logStorage(shard1).lastIndex()).toBe(2);
    expect(storage.appliedIndex(shard1)).toBe(2);
    expect(asText((await storage.get(shard1, text('b'))).value)).toBe('y');
    // The sessions went with it: a retry of client 8's write gets the stored answer.
    const retry = await storage.apply(shard1, [commandEntry(3, 1, [putCommand('b', 'z', 8, 1)])]);
    expect(retry[0].results[0].put?.version).toBe(2);
    await storage.close();
    const reopened = (await openMemoryStorage(db)).storage;
    expect(reopened.appliedIndex(shard1)).toBe(3);
    expect(reopened.logStorage(shard1).initialState().hardState.commit).toBe(2);
    await reopened.close();
  });

  it('skips entries at or below the applied index and refuses a gap', async () => {
    const { storage } = await openMemoryStorage();
    await storage.apply(shard1, [noopEntry(1, 1), noopEntry(2, 1)]);
    const again = await storage.apply(shard1, [noopEntry(2, 1), commandEntry(3, 1, [putCommand('k', 'v')])]);
    expect(again.map((entry) => entry.results.length)).toEqual([0, 1]);
    await expect(storage.apply(shard1, [noopEntry(5, 1)])).rejects.toThrow(/after applied index 3/);
    await storage.close();
  });

  it('scans with limit and continuation, and by prefix', async () => {
    const { storage } = await openMemoryStorage();
    const commands = ['a1', 'a2', 'a3', 'b1', 'b2'].map((key) => putCommand(key, key.toUpperCase()));
    await storage.apply(shard1, [commandEntry(1, 1, commands)]);
    const first = await storage.scan(shard1, { start: new Uint8Array(0), end: new Uint8Array(0), limit: 2 });
    expect(first.items.map((item) => asText(item.key))).toEqual(['a1', 'a2']);
    expect(first.more).toBe(true);
    const second = await storage.scan(shard1, { start: first.nextStart, end: text('b2'), limit: 10 });
    expect(second.items.map((item) => asText(item.key))).toEqual(['a3', 'b1']);
    expect(second.more).toBe(false);
    const prefixed = await storage.scanPrefix(shard1, text('b'));
    expect(prefixed.items.map((item) => asText(item.value))).toEqual(['B1', 'B2']);
    await storage.close();
  });

  it('rejects an oversized key on read with the limit named', async () => {
    const { storage } = await openMemoryStorage();
    await expect(storage.get(shard1, new Uint8Array(5000))).rejects.toMatchObject({ code: 'TESSERA_INVALID_ARGUMENT', limit: 'keyBytesMax' });
    await storage.close();
  });

  it('compacts up to the applied index and keeps term(compacted) known', async () => {
    const { storage } = await openMemoryStorage();
    await storage.persist([{ shardId: shard1, entries: [noopEntry(1, 1), noopEntry(2, 2), noopEntry(3, 3)] }]);
    await expect(() => storage.compact(shard1, 2)).toThrow(/beyond applied index/);
    await storage.apply(shard1, storage.logStorage(shard1).entries(1, 3, 1 << 20));
    await storage.compact(shard1, 2);
    const log = storage.logStorage(shard1);
    expect([log.firstIndex(), log.lastIndex(), log.term(2)]).toEqual([3, 3, 2]);
    expect(() => log.term(1)).toThrow(expect.objectContaining({ code: 'TESSERA_LOG_COMPACTED' }));
    expect(() => log.entries(2, 4, 100)).toThrow(expect.objectContaining({ code: 'TESSERA_LOG_COMPACTED' }));
    expect(() => log.term(4)).toThrow(expect.objectContaining({ code: 'TESSERA_LOG_UNAVAILABLE' }));
    await storage.close();
  });

  it('discards the whole log when a snapshot is persisted', async () => {
    const { storage } = await openMemoryStorage();
    await storage.persist([{ shardId: shard1, entries: [noopEntry(1, 1), noopEntry(2, 1)] }]);
    await storage.persist([{ shardId: shard1, snapshot: { index: 10, term: 3, confState: voters }, entries: [noopEntry(11, 3)] }]);
    const log = storage.logStorage(shard1);
    expect([log.firstIndex(), log.lastIndex(), log.term(10)]).toEqual([11, 11, 3]);
    expect(log.snapshot().metadata).toEqual({ index: 10, term: 3, confState: voters });
    expect(tessera.kv.CommandResult).toBeDefined();
    await storage.close();
  });
});
