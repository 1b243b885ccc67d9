import { describe, expect, it } from 'vitest';
import { SessionCache } from '../../src/storage/session-cache.js';
import { commandEntry, openMemoryStorage, putCommand, shard1, shard2 } from './helpers.js';

const record = (sequence: number) => ({ sequence, result: Uint8Array.of(sequence) });

async function collect(chunks: AsyncIterable<Uint8Array>): Promise<Uint8Array[]> {
  const all: Uint8Array[] = [];
  for await (const chunk of chunks) all.push(chunk);
  return all;
}

describe('SessionCache', () => {
  it('remembers records and absences, and evicts the least recently used client', () => {
    const cache = new SessionCache(2);
    cache.set(1, record(1));
    cache.set(2, null);
    expect(cache.get(1)).toEqual(record(1));
    expect(cache.get(2)).toBeNull();
    expect(cache.get(3)).toBeUndefined();
    cache.get(1);
    cache.set(3, record(3));
    expect(cache.get(2)).toBeUndefined();
    expect(cache.get(1)).toEqual(record(1));
    cache.clear();
    expect(cache.get(1)).toBeUndefined();
  });

  it('takes a newer record of a remembered client without touching the records it was given', () => {
    const cache = new SessionCache(2);
    const first = record(1);
    cache.set(1, first);
    cache.set(1, record(2));
    expect(cache.get(1)).toEqual(record(2));
    expect(first).toEqual(record(1)); // the cache holds a copy of its own
    cache.set(2, null);
    cache.set(2, record(5));
    expect(cache.get(2)).toEqual(record(5));
  });
});

describe('sessions through the cache', () => {
  it('answers retries across apply calls, also after the client was evicted, and follows an ingested snapshot', async () => {
    const { storage } = await openMemoryStorage();
    await storage.apply(shard1, [commandEntry(1, 1, [putCommand('a', 'x', 7, 1)])]);
    const retry = await storage.apply(shard1, [commandEntry(2, 1, [putCommand('a', 'y', 7, 1)])]);
    expect(retry[0].results[0].put?.version).toBe(1);
    const stale = await storage.apply(shard1, [commandEntry(3, 1, [putCommand('a', 'y', 7, 0)])]);
    expect(stale[0].results[0].put?.error?.code).toBe('TESSERA_INVALID_ARGUMENT');
    // More clients than the cache holds: client 7 is evicted and read back from the db.
    const others = Array.from({ length: 4100 }, (_, position) => putCommand(`k${position}`, 'v', 100 + position, 1));
    await storage.apply(shard1, [commandEntry(4, 1, others)]);
    const evicted = await storage.apply(shard1, [commandEntry(5, 1, [putCommand('a', 'z', 7, 1)])]);
    expect(evicted[0].results[0].put?.version).toBe(1);

    // shard2 knows client 7 at sequence 5; after ingesting shard1's snapshot it knows sequence 1.
    await storage.apply(shard2, [commandEntry(1, 1, [putCommand('b', 'x', 7, 5)])]);
    await storage.ingestSnapshot(shard2, await collect(storage.snapshotChunks(shard1)));
    const afterIngest = await storage.apply(shard2, [commandEntry(6, 1, [putCommand('a', 'w', 7, 2)])]);
    expect(afterIngest[0].results[0].put?.version).toBe(6);
    await storage.close();
  });
});
