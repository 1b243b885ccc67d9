import { afterEach, describe, expect, it } from 'vitest';
import { nodeId, shardId } from '../../../src/raft/types.js';
import { type TestNode, appendMessage, appendMessages, connectAll, startNode, waitFor } from './transport-test-kit.js';

const started: TestNode[] = [];

async function nodes(...ids: number[]): Promise<TestNode[]> {
  const group = await Promise.all(ids.map((id) => startNode(id)));
  started.push(...group);
  connectAll(group);
  return group;
}

afterEach(async () => {
  await Promise.all(started.splice(0).map((node) => node.transport.stop()));
});

describe('PeerTransport between live nodes on 127.0.0.1', () => {
  it('sends every message queued in one turn as one batch on one stream', async () => {
    const [one, two] = await nodes(1, 2);
    for (const groupMessage of appendMessages(1, 2, 7, 200)) one.transport.send(two.id, [groupMessage]);
    await waitFor(() => two.received.length === 200, '200 messages at node 2');
    const stats = one.transport.stats();
    expect(stats.sentBatches).toBe(1);
    expect(stats.sentMessages).toBe(200);
    expect(stats.droppedMessages).toBe(0);
    expect(stats.bytesSentPerPeer.get(two.id)).toBeGreaterThan(200 * 10);
    expect(two.batchesReceived).toBe(1);
    expect(two.received.map(({ message }) => message.index)).toEqual(Array.from({ length: 200 }, (_, position) => position + 1));
    expect(two.received.every(({ fromNode, shardId: shard }) => fromNode === one.id && shard === 7)).toBe(true);
    expect(two.transport.stats().receivedMessages).toBe(200);
  });

  it('flushNow writes what is queued at once, as one batch, instead of at the end of the turn', async () => {
    const [one, two] = await nodes(1, 2);
    // Open the stream first: a link without one buffers in grpc-js until connected.
    one.transport.send(two.id, [{ shardId: shardId(1), message: appendMessage(1, 2, 1) }]);
    await waitFor(() => two.received.length === 1, 'first message delivered');
    one.transport.send(two.id, appendMessages(1, 2, 1, 3));
    one.transport.send(two.id, appendMessages(1, 2, 1, 2));
    expect(one.transport.stats().sentBatches).toBe(1);
    one.transport.flushNow();
    expect(one.transport.stats().sentBatches).toBe(2);
    expect(one.transport.stats().sentMessages).toBe(6);
    one.transport.flushNow();
    expect(one.transport.stats().sentBatches).toBe(2);
    await waitFor(() => two.received.length === 6, 'all six delivered');
  });

  it('keeps one stream across turns: later turns add batches, not connections', async () => {
    const [one, two] = await nodes(1, 2);
    for (let turn = 1; turn <= 5; turn += 1) {
      one.transport.send(two.id, [{ shardId: shardId(1), message: appendMessage(1, 2, turn) }]);
      await waitFor(() => two.received.length === turn, `turn ${turn} delivered`);
    }
    expect(one.transport.stats().sentBatches).toBe(5);
    expect(two.received.map(({ message }) => message.index)).toEqual([1, 2, 3, 4, 5]);
  });

  it('delivers between three nodes, each batch to its own destination', async () => {
    const [one, two, three] = await nodes(1, 2, 3);
    one.transport.send(two.id, appendMessages(1, 2, 1, 3));
    one.transport.send(three.id, appendMessages(1, 3, 1, 4));
    two.transport.send(three.id, appendMessages(2, 3, 2, 5));
    three.transport.send(one.id, appendMessages(3, 1, 3, 6));
    await waitFor(() => two.received.length === 3 && three.received.length === 9 && one.received.length === 6, 'all messages delivered');
    expect(one.transport.stats().sentBatches).toBe(2);
    expect(three.received.filter(({ fromNode }) => fromNode === one.id)).toHaveLength(4);
    expect(three.received.filter(({ fromNode }) => fromNode === two.id)).toHaveLength(5);
    expect(one.received.every(({ fromNode, shardId: shard }) => fromNode === three.id && shard === 3)).toBe(true);
  });

  it('drops and counts messages for an unknown peer, and reports it unreachable', async () => {
    const [one] = await nodes(1);
    one.transport.send(nodeId(9), appendMessages(1, 9, 1, 3));
    expect(one.transport.stats().droppedMessages).toBe(3);
    await waitFor(() => one.unreachable.includes(nodeId(9)), 'node 9 reported unreachable');
  });

  it('bounds the per-peer queue by count and drops the oldest', async () => {
    const one = await startNode(1, { queueMessagesMax: 50 });
    const two = await startNode(2);
    started.push(one, two);
    connectAll([one, two]);
    one.transport.send(two.id, appendMessages(1, 2, 1, 80));
    await waitFor(() => two.received.length === 50, '50 newest messages');
    expect(one.transport.stats().droppedMessages).toBe(30);
    expect(two.received[0].message.index).toBe(31);
  });

  it('drops a message larger than maxMessageBytes and keeps the stream for the rest', async () => {
    const one = await startNode(1, { maxMessageBytes: 4096 });
    const two = await startNode(2, { maxMessageBytes: 4096 });
    started.push(one, two);
    connectAll([one, two]);
    one.transport.send(two.id, [
      { shardId: shardId(1), message: appendMessage(1, 2, 1, 'y'.repeat(8192)) },
      { shardId: shardId(1), message: appendMessage(1, 2, 2) },
    ]);
    await waitFor(() => two.received.length === 1, 'the small message');
    expect(one.transport.stats().droppedMessages).toBe(1);
  });

  it('splits a turn that exceeds maxMessageBytes into several batches', async () => {
    const one = await startNode(1, { maxMessageBytes: 4096 });
    const two = await startNode(2, { maxMessageBytes: 4096 });
    started.push(one, two);
    connectAll([one, two]);
    const messages = Array.from({ length: 10 }, (_, position) => ({ shardId: shardId(1), message: appendMessage(1, 2, position + 1, 'z'.repeat(1000)) }));
    one.transport.send(two.id, messages);
    await waitFor(() => two.received.length === 10, 'all 10 messages');
    expect(one.transport.stats().sentBatches).toBeGreaterThanOrEqual(3);
    expect(one.transport.stats().droppedMessages).toBe(0);
  });

  it('follows an address change from setPeers', async () => {
    const [one, two] = await nodes(1, 2);
    one.transport.send(two.id, appendMessages(1, 2, 1, 1));
    await waitFor(() => two.received.length === 1, 'first message');
    const twoMoved = await startNode(2);
    started.push(twoMoved);
    one.transport.setPeers(new Map([[two.id, twoMoved.address]]));
    one.transport.send(two.id, appendMessages(1, 2, 1, 2));
    await waitFor(() => twoMoved.received.length === 2, 'messages at the new address');
    expect(two.received).toHaveLength(1);
  });
});
