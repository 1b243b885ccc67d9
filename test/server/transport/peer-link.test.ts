/**
 * PeerLink against a scripted stand-in for grpc.Client, to drive the states a real network only
 * reaches by chance: a full stream (write() → false), a failed attempt, a late 'drain'.
 */
import { EventEmitter } from 'node:events';
import type * as grpc from '@grpc/grpc-js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type NodeId, nodeId } from '../../../src/raft/types.js';
import { decodeMessageBatch, encodeGroupMessage } from '../../../src/server/transport/batch-codec.js';
import { PeerLink } from '../../../src/server/transport/peer-link.js';
import { ReconnectBackoff } from '../../../src/server/transport/reconnect-backoff.js';
import { connectTimeoutMs } from '../../../src/server/transport/transport-limits.js';
import { emptyTransportStats } from '../../../src/server/transport/transport-stats.js';
import { appendMessages, recordingLogger, waitFor } from './transport-test-kit.js';

/** A client stream whose write() answers what the test says, and whose end the test decides. */
class ScriptedCall extends EventEmitter {
  frames: Buffer[] = [];
  accepting = true;
  ended = false;

  constructor(private readonly callback: (error: grpc.ServiceError | null) => void) {
    super();
  }

  write(frame: Buffer): boolean {
    this.frames.push(frame);
    return this.accepting;
  }

  end(): void {
    this.ended = true;
    this.fail(0);
  }

  cancel(): void {
    this.fail(1);
  }

  fail(code: number): void {
    this.callback(code === 0 ? null : Object.assign(new Error('scripted'), { code, details: 'scripted', metadata: null }) as unknown as grpc.ServiceError);
    this.emit('status', { code });
  }

  messageCounts(): number[] {
    return this.frames.map((frame) => {
      const batch = decodeMessageBatch(frame);
      if (!batch.ok) throw batch.error;
      return batch.value.messages.length;
    });
  }
}

class ScriptedClient {
  calls: ScriptedCall[] = [];
  closed = false;

  makeClientStreamRequest(_path: string, _serialize: unknown, _deserialize: unknown, _metadata: unknown, _options: unknown, callback: (error: grpc.ServiceError | null) => void): ScriptedCall {
    const call = new ScriptedCall(callback);
    this.calls.push(call);
    return call;
  }

  close(): void {
    this.closed = true;
  }
}

function link(options: { queueMessagesMax?: number; queueBytesMax?: number } = {}) {
  const client = new ScriptedClient();
  const stats = emptyTransportStats();
  const unreachable: NodeId[] = [];
  const peerLink = new PeerLink({
    selfId: nodeId(1),
    peerId: nodeId(2),
    address: '127.0.0.1:1',
    client: client as unknown as grpc.Client,
    messageBytesMax: 1024 * 1024,
    queueMessagesMax: options.queueMessagesMax ?? 1000,
    queueBytesMax: options.queueBytesMax ?? 1024 * 1024,
    shutdownGraceMs: 50,
    stats,
    logger: recordingLogger(),
    random: () => 0,
    onUnreachable: (peer) => unreachable.push(peer),
  });
  const enqueue = (count: number): void => {
    for (const groupMessage of appendMessages(1, 2, 1, count)) peerLink.enqueue(encodeGroupMessage(groupMessage));
  };
  return { client, stats, unreachable, peerLink, enqueue };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('ReconnectBackoff', () => {
  it('doubles from 50 ms to a 2 s ceiling, jittered into [half, full], and resets', () => {
    const low = new ReconnectBackoff(() => 0);
    const high = new ReconnectBackoff(() => 0.999999);
    const lows = Array.from({ length: 9 }, () => low.nextDelayMs());
    const highs = Array.from({ length: 9 }, () => high.nextDelayMs());
    expect(lows).toEqual([25, 50, 100, 200, 400, 800, 1000, 1000, 1000]);
    expect(highs).toEqual([50, 100, 200, 400, 800, 1600, 2000, 2000, 2000]);
    low.reset();
    expect(low.nextDelayMs()).toBe(25);
  });
});

describe('PeerLink', () => {
  it('opens one stream lazily and writes a flush as one frame', () => {
    const { client, stats, peerLink, enqueue } = link();
    expect(client.calls).toHaveLength(0);
    enqueue(30);
    peerLink.flush();
    expect(client.calls).toHaveLength(1);
    expect(client.calls[0].messageCounts()).toEqual([30]);
    expect(stats.sentBatches).toBe(1);
    expect(stats.bytesSentPerPeer.get(nodeId(2))).toBe(client.calls[0].frames[0].length);
  });

  it('holds writes while the stream is full, bounded, then sends the rest in one frame on drain', () => {
    const { client, stats, peerLink, enqueue } = link({ queueMessagesMax: 25 });
    enqueue(1);
    const call = client.calls[0];
    call.accepting = false;
    peerLink.flush();
    for (let turn = 0; turn < 4; turn += 1) {
      enqueue(10);
      peerLink.flush();
    }
    expect(call.frames).toHaveLength(1);
    expect(stats.droppedMessages).toBe(15);
    call.accepting = true;
    call.emit('drain');
    expect(call.messageCounts()).toEqual([1, 25]);
    expect(stats.sentMessages).toBe(26);
  });

  it('bounds the queue by bytes, dropping the oldest', () => {
    const one = encodeGroupMessage(appendMessages(1, 2, 1, 1)[0]);
    const { client, stats, peerLink, enqueue } = link({ queueBytesMax: (one.length + 2) * 5 });
    enqueue(8);
    peerLink.flush();
    expect(client.calls[0].messageCounts()).toEqual([5]);
    expect(stats.droppedMessages).toBe(3);
  });

  it('reports a failed stream, drops during backoff, reconnects and resets backoff once open', async () => {
    const { client, stats, unreachable, peerLink, enqueue } = link();
    enqueue(3);
    client.calls[0].fail(14);
    expect(unreachable).toEqual([2]);
    expect(stats.droppedMessages).toBe(3);
    enqueue(2);
    expect(stats.droppedMessages).toBe(5);
    await waitFor(() => client.calls.length === 2, 'a reconnect attempt', 2_000);
    client.calls[1].emit('metadata');
    enqueue(4);
    peerLink.flush();
    expect(client.calls[1].messageCounts()).toEqual([4]);
    await peerLink.close();
    expect(client.closed).toBe(true);
    expect(client.calls[1].ended).toBe(true);
  });

  it('gives up on a connection attempt that never answers', async () => {
    vi.useFakeTimers();
    const { client, unreachable, peerLink, enqueue } = link();
    enqueue(1);
    vi.advanceTimersByTime(connectTimeoutMs - 1);
    expect(unreachable).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(unreachable).toEqual([2]);
    vi.advanceTimersByTime(50);
    expect(client.calls).toHaveLength(2);
    client.calls[1].emit('metadata');
    vi.advanceTimersByTime(connectTimeoutMs * 2);
    expect(unreachable).toEqual([2]);
    await peerLink.close();
  });

  it('drops everything after close() and leaves no reconnect pending', async () => {
    const { client, stats, unreachable, peerLink, enqueue } = link();
    enqueue(2);
    client.calls[0].fail(14);
    await peerLink.close();
    enqueue(2);
    expect(stats.droppedMessages).toBe(4);
    expect(unreachable).toEqual([2]);
    expect(client.calls).toHaveLength(1);
  });
});
