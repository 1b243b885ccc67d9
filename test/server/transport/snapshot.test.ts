import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { makeMessage } from '../../../src/raft/message.js';
import { type Message, nodeId, shardId } from '../../../src/raft/types.js';
import type { SnapshotHandler } from '../../../src/server/transport/snapshot-receiver.js';
import { type TestNode, connectAll, startNode, waitFor } from './transport-test-kit.js';

const started: TestNode[] = [];

afterEach(async () => {
  await Promise.all(started.splice(0).map((node) => node.transport.stop()));
});

function snapshotMessage(from: number, to: number): Message {
  return makeMessage({
    type: 'snapshot',
    from: nodeId(from),
    to: nodeId(to),
    term: 4,
    snapshot: {
      metadata: { index: 1000, term: 4, confState: { voters: [nodeId(1), nodeId(2), nodeId(3)], learners: [], votersOutgoing: [], learnersNext: [], autoLeave: false } },
      data: new Uint8Array(0),
    },
  });
}

/** Deterministic pseudo-random data of `totalBytes`, in pieces of `pieceBytes`. */
function* pieces(totalBytes: number, pieceBytes: number): Generator<Uint8Array> {
  let state = 12345;
  for (let offset = 0; offset < totalBytes; offset += pieceBytes) {
    const piece = new Uint8Array(Math.min(pieceBytes, totalBytes - offset));
    for (let position = 0; position < piece.length; position += 1) {
      state = (state * 1103515245 + 12345) >>> 0;
      piece[position] = state >>> 24;
    }
    yield piece;
  }
}

async function* asyncPieces(totalBytes: number, pieceBytes: number): AsyncGenerator<Uint8Array> {
  yield* pieces(totalBytes, pieceBytes);
}

function sha256(chunks: Iterable<Uint8Array>): string {
  const hash = createHash('sha256');
  for (const chunk of chunks) hash.update(chunk);
  return hash.digest('hex');
}

async function pair(onSnapshot: SnapshotHandler): Promise<[TestNode, TestNode]> {
  const one = await startNode(1);
  const two = await startNode(2, { onSnapshot });
  started.push(one, two);
  connectAll([one, two]);
  return [one, two];
}

describe('PeerTransport snapshots', () => {
  it('streams 10 MiB in chunks, reassembled in order, and finishes', async () => {
    const totalBytes = 10 * 1024 * 1024;
    const received: Uint8Array[] = [];
    let announced: { from: number; shard: number; message: Message } | null = null;
    const [one, two] = await pair(async (from, shard, message, chunks) => {
      announced = { from, shard, message };
      for await (const chunk of chunks) received.push(new Uint8Array(chunk));
    });
    // 3 MiB pieces are split by the sender into chunks of at most 1 MiB.
    const outcome = await one.transport.sendSnapshot(two.id, shardId(6), snapshotMessage(1, 2), asyncPieces(totalBytes, 3 * 1024 * 1024));
    expect(outcome).toBe('finished');
    expect(announced).toEqual({ from: 1, shard: 6, message: snapshotMessage(1, 2) });
    expect(received.length).toBeGreaterThanOrEqual(10);
    expect(Math.max(...received.map((chunk) => chunk.length))).toBeLessThanOrEqual(1024 * 1024);
    expect(received.reduce((sum, chunk) => sum + chunk.length, 0)).toBe(totalBytes);
    expect(sha256(received)).toBe(sha256(pieces(totalBytes, 3 * 1024 * 1024)));
  });

  it('streams an empty snapshot as one chunk carrying the message', async () => {
    let chunkCount = -1;
    const [one, two] = await pair(async (_from, _shard, _message, chunks) => {
      chunkCount = 0;
      for await (const chunk of chunks) chunkCount += chunk.length >= 0 ? 1 : 0;
    });
    expect(await one.transport.sendSnapshot(two.id, shardId(1), snapshotMessage(1, 2), asyncPieces(0, 1))).toBe('finished');
    expect(chunkCount).toBe(0);
  });

  it('reports failed when the receiver rejects the snapshot midway', async () => {
    const [one, two] = await pair(async (_from, _shard, _message, chunks) => {
      for await (const chunk of chunks) {
        if (chunk.length > 0) throw new Error('disk full');
      }
    });
    const outcome = await one.transport.sendSnapshot(two.id, shardId(1), snapshotMessage(1, 2), asyncPieces(4 * 1024 * 1024, 256 * 1024));
    expect(outcome).toBe('failed');
    expect(one.logger.records.some(({ fields }) => JSON.stringify(fields).includes('disk full'))).toBe(true);
  });

  it('reports failed when the source throws, and the receiver sees a broken stream', async () => {
    let receiverError = '';
    let receiverChunks = 0;
    const [one, two] = await pair(async (_from, _shard, _message, chunks) => {
      try {
        for await (const chunk of chunks) receiverChunks += chunk.length > 0 ? 1 : 0;
      } catch (error) {
        receiverError = String(error);
        throw error;
      }
    });
    async function* failing(): AsyncGenerator<Uint8Array> {
      yield new Uint8Array(1024);
      // Fail only once the receiver is reading, so the broken stream is seen on its side too.
      await waitFor(() => receiverChunks === 1, 'receiver reading');
      throw new Error('snapshot file vanished');
    }
    expect(await one.transport.sendSnapshot(two.id, shardId(1), snapshotMessage(1, 2), failing())).toBe('failed');
    await waitFor(() => receiverError !== '', 'receiver saw the stream break');
    expect(receiverError).toContain('before the last chunk');
  });

  it('reports failed for an unknown or unreachable peer', async () => {
    const [one] = await pair(async () => {});
    expect(await one.transport.sendSnapshot(nodeId(9), shardId(1), snapshotMessage(1, 9), asyncPieces(10, 10))).toBe('failed');
    const probe = await startNode(3);
    const deadAddress = probe.address;
    await probe.transport.stop();
    one.transport.setPeers(new Map([[nodeId(3), deadAddress]]));
    expect(await one.transport.sendSnapshot(nodeId(3), shardId(1), snapshotMessage(1, 3), asyncPieces(10, 10))).toBe('failed');
  });
});
