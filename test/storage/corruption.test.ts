/**
 * Damaged records are reported as StorageCorruptionError naming shard and index, never returned as
 * data or silently dropped; an unacknowledged tail above the recorded last index is dropped.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ClassicLevel } from 'classic-level';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NodeId } from '../../src/raft/types.js';
import { NodeStorage } from '../../src/storage/index.js';
import { entryKey, recordKind, shardRecordKey } from '../../src/storage/layout.js';
import { encodeEntry } from '../../src/storage/records.js';
import { dataEntry, shard1, temporaryDirectory } from './helpers.js';

let directory: { path: string; remove: () => Promise<void> };

beforeEach(async () => {
  directory = await temporaryDirectory();
  const storage = await NodeStorage.open({ location: directory.path });
  await storage.persist([{ shardId: shard1, hardState: { term: 3, vote: 2 as NodeId, commit: 4 }, entries: [1, 2, 3, 4, 5].map((index) => dataEntry(index, 1, 64)) }]);
  await storage.close();
});

afterEach(async () => {
  await directory.remove();
});

/** Edits the raw db while NodeStorage is closed. */
async function withRawDb(edit: (db: ClassicLevel<Uint8Array, Uint8Array>) => Promise<void>): Promise<void> {
  const db = new ClassicLevel<Uint8Array, Uint8Array>(directory.path, { keyEncoding: 'view', valueEncoding: 'view' });
  await db.open();
  try {
    await edit(db);
  } finally {
    await db.close();
  }
}

async function flipStoredByte(key: Uint8Array, offset: number): Promise<void> {
  await withRawDb(async (db) => {
    const value = (await db.get(key)) as Uint8Array;
    const damaged = value.slice();
    damaged[offset] ^= 0x40;
    await db.put(key, damaged);
  });
}

describe('corruption detection', () => {
  it('reports a flipped byte in a mid-log entry with shard and index', async () => {
    await flipStoredByte(entryKey(shard1, 3), 20);
    await expect(NodeStorage.open({ location: directory.path })).rejects.toMatchObject({ code: 'TESSERA_STORAGE_CORRUPT', shardId: 1, index: 3 });
  });

  it('reports an intact entry stored under the wrong index', async () => {
    await withRawDb((db) => db.put(entryKey(shard1, 2), encodeEntry(shard1, dataEntry(4, 1, 64)).value));
    await expect(NodeStorage.open({ location: directory.path })).rejects.toMatchObject({ code: 'TESSERA_STORAGE_CORRUPT', shardId: 1, index: 2 });
  });

  it('reports a missing entry inside the log bounds', async () => {
    await withRawDb((db) => db.del(entryKey(shard1, 4)));
    await expect(NodeStorage.open({ location: directory.path })).rejects.toMatchObject({ code: 'TESSERA_STORAGE_CORRUPT', shardId: 1, index: 4 });
  });

  it('reports a damaged hard state', async () => {
    await flipStoredByte(shardRecordKey(shard1, recordKind.hardState), 9);
    await expect(NodeStorage.open({ location: directory.path })).rejects.toMatchObject({ code: 'TESSERA_STORAGE_CORRUPT', shardId: 1, record: 'hard state' });
  });

  it('drops entries above the recorded last index (an unacknowledged tail), even damaged ones', async () => {
    await withRawDb(async (db) => {
      await db.put(entryKey(shard1, 6), encodeEntry(shard1, dataEntry(6, 1, 64)).value);
      await db.put(entryKey(shard1, 7), new Uint8Array([1, 2, 3]));
    });
    const storage = await NodeStorage.open({ location: directory.path });
    expect(storage.logStorage(shard1).lastIndex()).toBe(5);
    await storage.close();
    await withRawDb(async (db) => expect(await db.get(entryKey(shard1, 6))).toBeUndefined());
  });

  it('detects bytes flipped inside the LevelDB table files while closed', async () => {
    const marker = dataEntry(3, 1, 64).data;
    await withRawDb((db) => db.compactRange(new Uint8Array([0]), new Uint8Array([0xff])));
    let flipped = 0;
    for (const name of (await readdir(directory.path)).filter((file) => file.endsWith('.ldb') || file.endsWith('.log'))) {
      const bytes = await readFile(join(directory.path, name));
      const at = bytes.indexOf(Buffer.from(marker.subarray(0, 32)));
      if (at < 0) continue;
      bytes[at + 10] ^= 0x01;
      await writeFile(join(directory.path, name), bytes);
      flipped += 1;
    }
    expect(flipped).toBeGreaterThan(0);
    await expect(NodeStorage.open({ location: directory.path })).rejects.toMatchObject({ code: 'TESSERA_STORAGE_CORRUPT', shardId: 1, index: 3 });
  });
});

describe('a damaged write-ahead log', () => {
  it('is refused on open instead of silently rolling synced Raft state back (LevelDB drops the block)', async () => {
    const fresh = await temporaryDirectory();
    try {
      const storage = await NodeStorage.open({ location: fresh.path });
      for (let index = 1; index <= 40; index += 1) {
        await storage.persist([{ shardId: shard1, hardState: { term: 3, vote: 2 as NodeId, commit: index - 1 }, entries: [dataEntry(index, 3, 200)] }]);
      }
      await storage.close();
      // Not reopened before the flip: an open would fold the log into a table file first.
      const wal = (await readdir(fresh.path)).filter((name) => name.endsWith('.log')).sort().at(-1) as string;
      const bytes = await readFile(join(fresh.path, wal));
      bytes[100] ^= 0x01;
      await writeFile(join(fresh.path, wal), bytes);
      await expect(NodeStorage.open({ location: fresh.path })).rejects.toMatchObject({ code: 'TESSERA_STORAGE_CORRUPT' });
    } finally {
      await fresh.remove();
    }
  });
});
