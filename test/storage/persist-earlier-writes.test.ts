import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createClassicLevel, createMemoryLevel, persistEarlierWrites, writeBatch, type StorageDb } from '../../src/storage/db.js';

const directories: string[] = [];
const databases: StorageDb[] = [];

afterEach(async () => {
  for (const db of databases.splice(0)) await db.close();
  for (const directory of directories.splice(0)) rmSync(directory, { recursive: true, force: true });
});

async function openTemporary(): Promise<{ db: StorageDb; location: string }> {
  const location = mkdtempSync(join(tmpdir(), 'tessera-persist-'));
  directories.push(location);
  const db = createClassicLevel(location);
  await db.open();
  databases.push(db);
  return { db, location };
}

/** The write-ahead logs of a LevelDB directory with their sizes. */
function logs(location: string): Map<string, number> {
  return new Map(readdirSync(location).filter((name) => /^\d+\.log$/.test(name)).map((name) => [name, statSync(join(location, name)).size]));
}

describe('persistEarlierWrites', () => {
  it('moves every earlier write, unsynced ones included, out of the write-ahead logs into synced table files', async () => {
    const { db, location } = await openTemporary();
    const encoder = new TextEncoder();
    const operations = Array.from({ length: 500 }, (_, position) => ({ type: 'put' as const, key: encoder.encode(`unsynced-${position}`), value: new Uint8Array(100).fill(position % 251) }));
    await writeBatch(db, operations, { sync: false });
    const before = logs(location);
    expect([...before.values()].some((size) => size > 0)).toBe(true);
    await persistEarlierWrites(db);
    const after = logs(location);
    // The logs that held the writes are gone; only a fresh, empty one remains.
    for (const name of before.keys()) expect(after.has(name)).toBe(false);
    expect([...after.values()].every((size) => size === 0)).toBe(true);
    expect(readdirSync(location).some((name) => name.endsWith('.ldb'))).toBe(true);
    const read = await db.get(encoder.encode('unsynced-499'));
    expect(read?.length).toBe(100);
  });

  it('is a no-op on an in-memory database', async () => {
    const db = createMemoryLevel();
    await db.open();
    databases.push(db);
    await expect(persistEarlierWrites(db)).resolves.toBeUndefined();
  });
});
