/** Whole-node backup and restore: round trip, damaged files rejected, non-empty targets refused. */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NodeId } from '../../src/raft/types.js';
import { createMemoryLevel, NodeStorage, verifyBackup } from '../../src/storage/index.js';
import { asText, commandEntry, countingDb, hex, dataEntry, putCommand, shard1, shard2, snapshotRecords, temporaryDirectory, text } from './helpers.js';

let directory: { path: string; remove: () => Promise<void> };

beforeEach(async () => {
  directory = await temporaryDirectory();
});

afterEach(async () => {
  await directory.remove();
});

async function backedUpNode(): Promise<{ file: string; storage: NodeStorage }> {
  const storage = await NodeStorage.open({ location: join(directory.path, 'node') });
  await storage.persist([
    { shardId: shard1, hardState: { term: 2, vote: 1 as NodeId, commit: 3 }, entries: [1, 2, 3].map((index) => dataEntry(index, 2, 100)) },
    { shardId: shard2, entries: [commandEntry(1, 1, [putCommand('x', 'y', 9, 1)])] },
  ]);
  await storage.apply(shard2, storage.logStorage(shard2).entries(1, 2, Infinity));
  await storage.apply(shard1, Array.from({ length: 200 }, (_, i) => commandEntry(i + 1, 1, [putCommand(`k${i}`, 'v'.repeat(3000))])));
  const file = join(directory.path, 'node.backup');
  const summary = await storage.backup(file);
  expect(summary.records).toBeGreaterThan(200);
  return { file, storage };
}

describe('backup and restore', () => {
  it('restores an equal node from a backup', async () => {
    const { file, storage } = await backedUpNode();
    const restoredPath = join(directory.path, 'restored');
    await NodeStorage.restore(file, restoredPath);
    const restored = await NodeStorage.open({ location: restoredPath });
    expect(restored.shardIds()).toEqual(storage.shardIds());
    expect(restored.logStorage(shard1).initialState().hardState).toEqual({ term: 2, vote: 1, commit: 3 });
    const entryText = (node: NodeStorage): string[] => node.logStorage(shard1).entries(1, 4, Infinity).map((entry) => `${entry.index}:${entry.term}:${hex(entry.data)}`);
    expect(entryText(restored)).toEqual(entryText(storage));
    expect(asText((await restored.get(shard2, text('x'))).value)).toBe('y');
    for (const shard of [shard1, shard2]) {
      expect(await snapshotRecords(restored.snapshotChunks(shard))).toEqual(await snapshotRecords(storage.snapshotChunks(shard)));
    }
    await Promise.all([storage.close(), restored.close()]);
  });

  it('rejects a damaged or truncated file before writing anything', async () => {
    const { file, storage } = await backedUpNode();
    await storage.close();
    const bytes = await readFile(file);
    const flipped = Buffer.from(bytes);
    flipped[Math.floor(bytes.length / 2)] ^= 0x10;
    await writeFile(file, flipped);
    await expect(verifyBackup(file)).rejects.toMatchObject({ code: 'TESSERA_BACKUP_INVALID' });
    await expect(NodeStorage.restore(file, join(directory.path, 'restored-a'))).rejects.toMatchObject({ code: 'TESSERA_BACKUP_INVALID' });
    await writeFile(file, bytes.subarray(0, bytes.length - 5));
    await expect(NodeStorage.restore(file, join(directory.path, 'restored-b'))).rejects.toThrow(/file ends inside/);
    await writeFile(file, Buffer.concat([bytes, Buffer.from([0])]));
    await expect(verifyBackup(file)).rejects.toThrow(/after the trailer/);
    await writeFile(file, bytes);
    await expect(NodeStorage.restore(file, join(directory.path, 'node'))).rejects.toThrow(/not empty/);
  });
});

/** Every piece of a backup stream, concatenated. */
async function streamed(storage: NodeStorage): Promise<Buffer> {
  const stream = storage.backupStream();
  const pieces: Uint8Array[] = [];
  for (let piece = await stream.next(); piece !== undefined; piece = await stream.next()) pieces.push(piece);
  await stream.close();
  return Buffer.concat(pieces);
}

describe('backup stream', () => {
  it('hands out the bytes of the backup file with shards and applied indexes', async () => {
    const { file, storage } = await backedUpNode();
    const bytes = await streamed(storage);
    expect(bytes.equals(await readFile(file))).toBe(true);
    const stream = storage.backupStream();
    while ((await stream.next()) !== undefined);
    expect(stream.summary).toMatchObject({ bytes: bytes.length, shards: [{ shardId: 1, appliedIndex: 200 }, { shardId: 2, appliedIndex: 1 }] });
    expect(await verifyBackup(file)).toEqual(stream.summary);
    expect(await storage.sizeOnDiskBytes()).toBeGreaterThan(0);
    await storage.close();
  });

  it('is a point in time: writes after the first piece are not in it', async () => {
    const storage = await NodeStorage.open({ db: createMemoryLevel() });
    await storage.apply(shard1, Array.from({ length: 600 }, (_, i) => commandEntry(i + 1, 1, [putCommand(`k${i}`, 'v'.repeat(4000))])));
    const stream = storage.backupStream();
    const pieces = [(await stream.next()) as Uint8Array];
    await storage.apply(shard1, [commandEntry(601, 1, [putCommand('late', 'x')])]);
    for (let piece = await stream.next(); piece !== undefined; piece = await stream.next()) pieces.push(piece);
    expect(pieces.length).toBeGreaterThan(1);
    expect(stream.summary?.shards).toEqual([{ shardId: 1, appliedIndex: 600 }]);
    const file = join(directory.path, 'early.backup');
    await writeFile(file, Buffer.concat(pieces));
    await NodeStorage.restore(file, join(directory.path, 'early'));
    const restored = await NodeStorage.open({ location: join(directory.path, 'early') });
    expect((await restored.get(shard1, text('late'))).found).toBe(false);
    expect(asText((await restored.get(shard1, text('k599'))).value)).toBe('v'.repeat(4000));
    await Promise.all([storage.close(), restored.close()]);
  });

  it('releases its snapshot and iterator when closed early', async () => {
    const { db, open } = countingDb();
    const storage = await NodeStorage.open({ db });
    await storage.apply(shard1, Array.from({ length: 600 }, (_, i) => commandEntry(i + 1, 1, [putCommand(`k${i}`, 'v'.repeat(4000))])));
    const baseline = open();
    const stream = storage.backupStream();
    expect(await stream.next()).toBeInstanceOf(Uint8Array);
    expect(open()).toBe(baseline + 2);
    await stream.close();
    expect(open()).toBe(baseline);
    expect(await stream.next()).toBeUndefined();
    await storage.close();
  });
});
