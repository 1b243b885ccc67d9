/** Snapshot streams: round trip into another shard and db, rejection of bad streams, interrupted ingest. */
import { describe, expect, it } from 'vitest';
import type { NodeId } from '../../src/raft/types.js';
import { NodeStorage } from '../../src/storage/index.js';
import { listGenerations } from '../../src/storage/generations.js';
import { asText, commandEntry, openMemoryStorage, putCommand, shard1, shard2, snapshotRecords, temporaryDirectory, text } from './helpers.js';
import type { StorageDb } from '../../src/storage/index.js';

const confState = { voters: [1, 2] as NodeId[], learners: [3] as NodeId[], votersOutgoing: [], learnersNext: [], autoLeave: false };

/** A storage whose shard 1 holds `keys` keys of `valueBytes` bytes (plus a few sessions) at applied index 2. */
async function populated(keys: number, valueBytes: number, db?: StorageDb): Promise<NodeStorage> {
  const { storage } = await openMemoryStorage(db);
  const commands = Array.from({ length: keys }, (_, i) => putCommand(`key-${String(i).padStart(6, '0')}`, 'v'.repeat(valueBytes), i % 5, i));
  await storage.apply(shard1, [commandEntry(1, 1, commands.slice(0, keys >> 1)), commandEntry(2, 2, commands.slice(keys >> 1))], { confState });
  return storage;
}

async function collect(chunks: AsyncIterable<Uint8Array>): Promise<Uint8Array[]> {
  const all: Uint8Array[] = [];
  for await (const chunk of chunks) all.push(chunk);
  return all;
}

describe('snapshot streams', () => {
  it('streams a shard into another shard of another db: data, sessions, applied index, conf state', async () => {
    const source = await populated(3000, 700);
    const chunks = await collect(source.snapshotChunks(shard1));
    expect(chunks.length).toBeGreaterThan(2);
    for (const chunk of chunks) expect(chunk.length).toBeLessThanOrEqual(1024 * 1024 + 64);
    const { storage: target } = await openMemoryStorage();
    await target.apply(shard2, [commandEntry(1, 1, [putCommand('old', 'gone')])]);
    const header = await target.ingestSnapshot(shard2, chunks);
    expect(header).toMatchObject({ appliedIndex: 2, appliedTerm: 2, confState });
    expect(target.appliedIndex(shard2)).toBe(2);
    expect(target.logStorage(shard2).initialState().confState).toEqual(confState);
    expect((await target.get(shard2, text('old'))).found).toBe(false);
    expect(asText((await target.get(shard2, text('key-000042'))).value)).toBe('v'.repeat(700));
    expect((await snapshotRecords(target.snapshotChunks(shard2))).records).toEqual((await snapshotRecords(source.snapshotChunks(shard1))).records);
    // Sessions came along: a retry of client 3's last command is answered, not applied.
    const retried = await target.apply(shard2, [commandEntry(3, 2, [putCommand('key-000000', 'again', 3, 2998)])]);
    expect(retried[0].results[0].put?.version).toBe(2);
    await Promise.all([source.close(), target.close()]);
  });

  it('rejects a damaged, reordered or truncated stream and keeps the old state', async () => {
    const source = await populated(3000, 700);
    const chunks = await collect(source.snapshotChunks(shard1));
    const { storage: target } = await openMemoryStorage();
    await target.apply(shard1, [commandEntry(1, 1, [putCommand('mine', 'kept')])]);
    const damaged = chunks.map((chunk, i) => (i === 1 ? Uint8Array.from(chunk, (byte, at) => (at === 100 ? byte ^ 1 : byte)) : chunk));
    await expect(target.ingestSnapshot(shard1, damaged)).rejects.toMatchObject({ code: 'TESSERA_SNAPSHOT_INVALID' });
    await expect(target.ingestSnapshot(shard1, [chunks[0], chunks[2], chunks[1]])).rejects.toThrow(/expected/);
    await expect(target.ingestSnapshot(shard1, chunks.slice(0, -1))).rejects.toThrow(/without a trailer/);
    expect(asText((await target.get(shard1, text('mine'))).value)).toBe('kept');
    expect(target.appliedIndex(shard1)).toBe(1);
    await Promise.all([source.close(), target.close()]);
  });

  it('after a crash in the middle of an ingest, reopens with the old state and no staged data', async () => {
    const directory = await temporaryDirectory();
    try {
      const source = await populated(2000, 1000);
      const chunks = await collect(source.snapshotChunks(shard1));
      await source.close();
      const target = await NodeStorage.open({ location: directory.path });
      await target.apply(shard1, [commandEntry(1, 1, [putCommand('mine', 'kept')])]);
      async function* halfThenCrash(): AsyncGenerator<Uint8Array> {
        yield* chunks.slice(0, chunks.length >> 1);
        throw new Error('simulated crash mid-stream');
      }
      await expect(target.ingestSnapshot(shard1, halfThenCrash())).rejects.toThrow(/simulated crash/);
      await target.close();
      const reopened = await NodeStorage.open({ location: directory.path });
      expect(asText((await reopened.get(shard1, text('mine'))).value)).toBe('kept');
      expect((await reopened.get(shard1, text('key-000001'))).found).toBe(false);
      expect(reopened.appliedIndex(shard1)).toBe(1);
      await reopened.close();
      const raw = await NodeStorage.open({ location: directory.path });
      await raw.close();
      const { createClassicLevel } = await import('../../src/storage/db.js');
      const db = createClassicLevel(directory.path);
      await db.open();
      expect(await listGenerations(db, shard1)).toEqual([1]);
      await db.close();
    } finally {
      await directory.remove();
    }
  });

  it('keeps readers on the old generation until the final batch and deletes the old one after', async () => {
    const source = await populated(500, 10);
    const chunks = await collect(source.snapshotChunks(shard1));
    const { storage: target, db } = await openMemoryStorage();
    await target.apply(shard1, [commandEntry(1, 1, [putCommand('mine', 'old')])]);
    let readDuringIngest = '';
    async function* slowly(): AsyncGenerator<Uint8Array> {
      for (const [i, chunk] of chunks.entries()) {
        if (i === chunks.length - 1) readDuringIngest = asText((await target.get(shard1, text('mine'))).value);
        yield chunk;
      }
    }
    await target.ingestSnapshot(shard1, slowly());
    expect(readDuringIngest).toBe('old');
    expect((await target.get(shard1, text('mine'))).found).toBe(false);
    await target.close();
    await db.open();
    expect(await listGenerations(db, shard1)).toEqual([2]);
    await Promise.all([source.close(), db.close()]);
  });
});
