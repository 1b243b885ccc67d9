/**
 * Test mode track-synced: the sidecar of synced LevelDB log lengths, and the simulated power cut
 * (truncateUnsyncedLogTails) jepsen-lite's lose-unsynced nemesis uses. On a real LevelDB: writes
 * acknowledged with sync:false after the last synced write are gone after the cut, synced ones
 * remain, LevelDB reopens without reporting dropped data, and NodeStorage re-applies its log.
 */
import { appendFile, readdir, stat, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { nodeId } from '../../src/raft/types.js';
import { NodeStorage } from '../../src/storage/index.js';
import { parseStorageTestMode, readSyncedLogLengths, SyncedLogLengthTracker, syncedLogLengthsFileName, truncateUnsyncedLogTails } from '../../src/storage/synced-log-lengths.js';
import { asText, commandEntry, putCommand, shard1, temporaryDirectory, text } from './helpers.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function directory(): Promise<string> {
  const made = await temporaryDirectory();
  cleanups.push(made.remove);
  return made.path;
}

const entries = [1, 2, 3, 4, 5].map((index) => commandEntry(index, 1, [putCommand(`k${index}`, `v${index}`)]));

/** A node's storage with entries 1–5 synced in its log and applied (unsynced); then closed. */
async function writeSyncedLogAndUnsyncedApply(location: string, track: boolean): Promise<void> {
  const storage = await NodeStorage.open({ location, trackSyncedLogLengths: track });
  await storage.createShard(shard1, { voters: [nodeId(1)], learners: [], votersOutgoing: [], learnersNext: [], autoLeave: false });
  await storage.persist([{ shardId: shard1, entries, hardState: { term: 1, vote: nodeId(1), commit: 5 } }]);
  await storage.apply(shard1, entries);
  expect(storage.appliedIndex(shard1)).toBe(5);
  await storage.close();
}

describe('track-synced test mode', () => {
  it('loses the unsynced apply on a simulated power cut, keeps the synced log, and re-applies it', async () => {
    const location = await directory();
    await writeSyncedLogAndUnsyncedApply(location, true);
    const cut = await truncateUnsyncedLogTails(location);
    expect(cut.length).toBeGreaterThan(0);
    for (const log of cut) expect(log.sizeBytes).toBeGreaterThan(log.syncedBytes);

    // LevelDB reopens silently (the recovery check would throw on reported drops); the synced log
    // and hard state are whole, the applied state went back to before the unsynced apply.
    const storage = await NodeStorage.open({ location, trackSyncedLogLengths: true });
    try {
      expect(storage.logStorage(shard1).lastIndex()).toBe(5);
      expect(storage.logStorage(shard1).initialState().hardState).toMatchObject({ term: 1, vote: 1, commit: 5 });
      expect(storage.appliedIndex(shard1)).toBe(0);
      expect((await storage.get(shard1, text('k3'))).found).toBe(false);
      await storage.apply(shard1, storage.logStorage(shard1).entries(1, 6, Number.MAX_SAFE_INTEGER));
      expect(storage.appliedIndex(shard1)).toBe(5);
      expect(asText((await storage.get(shard1, text('k5'))).value)).toBe('v5');
    } finally {
      await storage.close();
    }
  });

  it('keeps everything without the cut, and writes no sidecar with the mode off', async () => {
    const location = await directory();
    await writeSyncedLogAndUnsyncedApply(location, false);
    expect(await readdir(location)).not.toContain(syncedLogLengthsFileName);
    await expect(truncateUnsyncedLogTails(location)).rejects.toMatchObject({ code: 'TESSERA_STORAGE_CORRUPT' });
    const storage = await NodeStorage.open({ location });
    try {
      expect(storage.appliedIndex(shard1)).toBe(5);
    } finally {
      await storage.close();
    }
  });

  it('a log cut inside a record reopens without a reported drop (LevelDB ignores a torn tail)', async () => {
    const location = await directory();
    await writeSyncedLogAndUnsyncedApply(location, true);
    const synced = await readSyncedLogLengths(location);
    for (const name of (await readdir(location)).filter((file) => file.endsWith('.log'))) {
      const size = (await stat(join(location, name))).size;
      const recorded = synced.get(name) ?? 0;
      if (size > recorded + 8) await truncate(join(location, name), recorded + 8 + Math.floor((size - recorded - 8) / 2));
    }
    const storage = await NodeStorage.open({ location });
    try {
      expect(storage.logStorage(shard1).lastIndex()).toBe(5);
      expect(storage.appliedIndex(shard1)).toBe(0);
    } finally {
      await storage.close();
    }
  });
});

describe('SyncedLogLengthTracker', () => {
  it('updates only logs as new as the newest before the sync; a log left behind keeps its synced length', async () => {
    const location = await directory();
    await writeFile(join(location, '000003.log'), Buffer.alloc(100));
    const tracker = new SyncedLogLengthTracker(location);
    await tracker.recordAfterSync(await tracker.newestLogNumber());
    // 50 unsynced bytes into 000003.log, then LevelDB moves to 000005.log, where a synced write lands.
    await appendFile(join(location, '000003.log'), Buffer.alloc(50));
    await writeFile(join(location, '000005.log'), Buffer.alloc(30));
    await tracker.recordAfterSync(5);
    await writeFile(join(location, '000007.log'), Buffer.alloc(20));
    await appendFile(join(location, '000005.log'), Buffer.alloc(10));
    expect(Object.fromEntries(await readSyncedLogLengths(location))).toEqual({ '000003.log': 100, '000005.log': 30 });

    const cut = await truncateUnsyncedLogTails(location);
    expect(cut).toEqual([
      { file: '000003.log', sizeBytes: 150, syncedBytes: 100 },
      { file: '000005.log', sizeBytes: 40, syncedBytes: 30 },
      { file: '000007.log', sizeBytes: 20, syncedBytes: 0 },
    ]);
    expect((await stat(join(location, '000007.log'))).size).toBe(0);
  });

  it('never lowers a recorded length', async () => {
    const location = await directory();
    await writeFile(join(location, '000004.log'), Buffer.alloc(64));
    const tracker = new SyncedLogLengthTracker(location);
    await tracker.recordAfterSync(0);
    await truncate(join(location, '000004.log'), 10);
    await tracker.recordAfterSync(4);
    expect((await readSyncedLogLengths(location)).get('000004.log')).toBe(64);
  });

  it('parses the mode strictly', () => {
    expect(parseStorageTestMode(undefined)).toBe('');
    expect(parseStorageTestMode('track-synced')).toBe('track-synced');
    expect(() => parseStorageTestMode('track-sync')).toThrow(/unknown mode/);
  });
});
