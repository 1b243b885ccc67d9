/** Admin.Snapshot's handler against a fake call: chunking, checksum, backpressure, cancellation, node stop. */
import { createHash } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { snapshotChunkBytesMax, type SnapshotCall, streamSnapshot } from '../../src/server/snapshot-stream.js';
import { NodeStorage, verifyBackup } from '../../src/storage/index.js';
import type { tessera } from '../../src/wire/proto.js';
import { commandEntry, countingDb, putCommand, shard1, shard2, temporaryDirectory } from '../storage/helpers.js';

/** A server call whose buffer is "full" (write returns false) whenever `full` is set. */
class FakeCall extends EventEmitter implements SnapshotCall {
  cancelled = false;
  ended = false;
  full = false;
  readonly messages: tessera.kv.ISnapshotChunk[] = [];

  write(message: tessera.kv.ISnapshotChunk): boolean {
    if (this.ended) throw new Error('write after end');
    this.messages.push(message);
    return !this.full;
  }

  end(): void {
    this.ended = true;
  }

  cancel(): void {
    this.cancelled = true;
    this.emit('cancelled');
    this.emit('close');
  }
}

const logger = pino({ level: 'silent' });
let directory: { path: string; remove: () => Promise<void> };
let counting: ReturnType<typeof countingDb>;
let storage: NodeStorage;

/** Lets every pending callback and I/O completion run, so a handler that could go on would. */
async function settle(): Promise<void> {
  for (let turn = 0; turn < 20; turn += 1) await new Promise((resolve) => setImmediate(resolve));
}

beforeEach(async () => {
  directory = await temporaryDirectory();
  counting = countingDb();
  storage = await NodeStorage.open({ db: counting.db });
  // About 5 MB: 640 keys of 8000 bytes, so storage pieces exceed 1 MiB and must be split.
  await storage.apply(shard1, Array.from({ length: 640 }, (_, i) => commandEntry(i + 1, 1, [putCommand(`k${i}`, String(i % 10).repeat(8000))])));
  await storage.apply(shard2, [commandEntry(1, 1, [putCommand('x', 'y')])]);
});

afterEach(async () => {
  await storage.close();
  await directory.remove();
});

function source(stopping = new AbortController().signal) {
  return { nodeId: 7, storage: () => storage, logger, stopping };
}

describe('Admin.Snapshot handler', () => {
  it('streams begin, chunks of at most 1 MiB with a running count, and an end with the SHA-256', async () => {
    const call = new FakeCall();
    await streamSnapshot(call, source());
    expect(call.ended).toBe(true);
    const [begin, ...rest] = call.messages;
    const end = rest.pop();
    expect(begin.begin?.nodeId).toBe(7);
    const chunks = rest.map((message) => message.data as Uint8Array);
    expect(chunks.length).toBeGreaterThanOrEqual(5);
    expect(Math.max(...chunks.map((chunk) => chunk.length))).toBeLessThanOrEqual(snapshotChunkBytesMax);
    let total = 0;
    rest.forEach((message, position) => {
      total += chunks[position].length;
      expect(message.bytesSent).toBe(total);
    });
    const file = Buffer.concat(chunks);
    expect(end?.end?.totalBytes).toBe(file.length);
    expect(Buffer.from(end?.end?.sha256 ?? []).toString('hex')).toBe(createHash('sha256').update(file).digest('hex'));
    expect(end?.end?.shards).toEqual([
      { shardId: 1, appliedIndex: 640 },
      { shardId: 2, appliedIndex: 1 },
    ]);
    const path = join(directory.path, 'node.backup');
    await writeFile(path, file);
    expect((await verifyBackup(path)).records).toBe(end?.end?.records);
    expect(counting.open()).toBe(0);
  });

  it('writes nothing more until the call drains', async () => {
    const call = new FakeCall();
    call.full = true;
    const done = streamSnapshot(call, source());
    for (let expected = 1; expected <= 3; expected += 1) {
      await settle();
      expect(call.messages).toHaveLength(expected);
      call.emit('drain');
    }
    call.full = false;
    call.emit('drain');
    await done;
    expect(call.messages.at(-1)?.end?.totalBytes).toBeGreaterThan(5_000_000);
  });

  it('releases the db snapshot and iterator when the client cancels mid-stream', async () => {
    const call = new FakeCall();
    call.full = true;
    const done = streamSnapshot(call, source());
    await settle();
    call.emit('drain');
    await settle();
    expect(call.messages.some((message) => message.data !== undefined)).toBe(true);
    expect(counting.open()).toBe(2);
    call.cancel();
    await done;
    expect(counting.open()).toBe(0);
    expect(call.messages.some((message) => message.end !== undefined || message.error !== undefined)).toBe(false);
  });

  it('ends open streams with TESSERA_UNAVAILABLE when the node stops, and refuses without storage', async () => {
    const call = new FakeCall();
    call.full = true;
    const stopping = new AbortController();
    const done = streamSnapshot(call, source(stopping.signal));
    await settle();
    stopping.abort();
    await done;
    expect(call.messages.at(-1)?.error?.code).toBe('TESSERA_UNAVAILABLE');
    expect(call.ended).toBe(true);
    expect(counting.open()).toBe(0);
    const closedCall = new FakeCall();
    await streamSnapshot(closedCall, { ...source(), storage: () => null });
    expect(closedCall.messages.map((message) => message.error?.code)).toEqual(['TESSERA_UNAVAILABLE']);
  });
});
