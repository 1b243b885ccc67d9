/** Shared builders for the storage tests. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Entry, ShardId } from '../../src/raft/types.js';
import { shardId } from '../../src/raft/types.js';
import { createMemoryLevel, NodeStorage, type StorageDb } from '../../src/storage/index.js';
import { ByteReader } from '../../src/storage/bytes.js';
import { chunkKind, decodeChunk, decodeHeader } from '../../src/storage/snapshot-format.js';
import { tessera } from '../../src/wire/proto.js';

export const shard1: ShardId = shardId(1);
export const shard2: ShardId = shardId(2);

export const text = (value: string): Uint8Array => new TextEncoder().encode(value);
export const asText = (value: Uint8Array | null | undefined): string => Buffer.from(value ?? new Uint8Array(0)).toString();
export const hex = (value: Uint8Array): string => Buffer.from(value).toString('hex');

/** A NodeStorage on a fresh memory-level db (returned too, so a test can reopen it). */
export async function openMemoryStorage(db: StorageDb = createMemoryLevel()): Promise<{ storage: NodeStorage; db: StorageDb }> {
  return { storage: await NodeStorage.open({ db }), db };
}

/** A fresh temporary directory and its cleanup. */
export async function temporaryDirectory(): Promise<{ path: string; remove: () => Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), 'tessera-storage-'));
  return { path, remove: () => rm(path, { recursive: true, force: true }) };
}

export function noopEntry(index: number, term: number): Entry {
  return { index, term, type: 'normal', data: new Uint8Array(0) };
}

export function dataEntry(index: number, term: number, bytes: number): Entry {
  // Pseudo-random bytes, so LevelDB's compression keeps them verbatim in table files.
  let state = (index * 2654435761) >>> 0 || 1;
  const data = Uint8Array.from({ length: bytes }, () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return state & 0xff;
  });
  return { index, term, type: 'normal', data };
}

export function commandEntry(index: number, term: number, commands: tessera.kv.Command.$Properties[]): Entry {
  return { index, term, type: 'normal', data: tessera.kv.CommandBatch.encode({ commands }).finish() };
}

export function putCommand(key: string, value: string, clientId = 0, sequence = 0): tessera.kv.Command.$Properties {
  return { clientId, sequence, put: { key: text(key), value: text(value) } };
}

/** Decodes a snapshot stream into comparable records: "kind key=value" in stream order, plus its header. */
export async function snapshotRecords(chunks: AsyncIterable<Uint8Array>): Promise<{ appliedIndex: number; records: string[] }> {
  const records: string[] = [];
  let appliedIndex = -1;
  for await (const bytes of chunks) {
    const chunk = decodeChunk(bytes);
    if (chunk.kind === chunkKind.header) appliedIndex = decodeHeader(chunk.payload).appliedIndex;
    if (chunk.kind !== chunkKind.records) continue;
    const reader = new ByteReader(chunk.payload);
    while (reader.remaining > 0) records.push(`${reader.uint8()} ${hex(reader.lengthPrefixed())}=${hex(reader.lengthPrefixed())}`);
  }
  return { appliedIndex, records };
}

/** Resolves when `condition` holds, polling; rejects after `timeoutMs`. */
export async function waitFor(condition: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** Counts the write batches started on `db` from now on; read the count with the returned function. */
export function countBatches(db: StorageDb): () => number {
  const batch = db.batch.bind(db);
  let batches = 0;
  db.batch = ((...args: Parameters<typeof db.batch>) => {
    batches += 1;
    return batch(...(args as []));
  }) as typeof db.batch;
  return () => batches;
}

/** A memory db that counts the snapshots and iterators opened on it and closed again. */
export function countingDb(): { db: StorageDb; open: () => number } {
  const db = createMemoryLevel();
  let opened = 0;
  const track = <T extends { close(): Promise<void> }>(resource: T): T => {
    opened += 1;
    let closed = false;
    const close = resource.close.bind(resource);
    resource.close = async () => {
      if (!closed) opened -= 1;
      closed = true;
      await close();
    };
    return resource;
  };
  const snapshot = db.snapshot.bind(db);
  const iterator = db.iterator.bind(db);
  db.snapshot = (...args) => track(snapshot(...args));
  db.iterator = ((...args: Parameters<typeof db.iterator>) => track(iterator(...args))) as typeof db.iterator;
  return { db, open: () => opened };
}
