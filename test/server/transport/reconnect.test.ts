import { afterEach, describe, expect, it } from 'vitest';
import { nodeId, shardId } from '../../../src/raft/types.js';
import { type TestNode, appendMessage, startNode, waitFor } from './transport-test-kit.js';

const started: TestNode[] = [];

afterEach(async () => {
  await Promise.all(started.splice(0).map((node) => node.transport.stop()));
});

/** Sends one heartbeat-like append every few ms, as Raft would, until `done` holds or the deadline passes. */
async function keepSending(from: TestNode, to: number, done: () => boolean, what: string, deadlineMs = 8_000): Promise<void> {
  let index = 0;
  const timer = setInterval(() => {
    index += 1;
    from.transport.send(nodeId(to), [{ shardId: shardId(1), message: appendMessage(from.id, to, index) }]);
  }, 10);
  try {
    await waitFor(done, what, deadlineMs);
  } finally {
    clearInterval(timer);
  }
}

describe('PeerTransport reconnects', () => {
  it('drops while the peer is down, reports it unreachable, and delivers once it comes up', async () => {
    const probe = await startNode(2);
    const port = probe.transport.port;
    await probe.transport.stop();

    const one = await startNode(1);
    started.push(one);
    one.transport.setPeers(new Map([[nodeId(2), `127.0.0.1:${port}`]]));
    await keepSending(one, 2, () => one.unreachable.length >= 2, 'two failed attempts reported');
    expect(one.transport.stats().droppedMessages).toBeGreaterThan(0);
    expect(one.unreachable.every((peer) => peer === 2)).toBe(true);

    const two = await startNode(2, {}, port);
    started.push(two);
    await keepSending(one, 2, () => two.received.length >= 3, 'messages after the peer came up');
    expect(two.received.every(({ fromNode }) => fromNode === one.id)).toBe(true);
  });

  it('notices a peer that stops mid-stream and resumes when it restarts on the same port', async () => {
    const one = await startNode(1);
    let two = await startNode(2);
    started.push(one);
    const port = two.transport.port;
    one.transport.setPeers(new Map([[two.id, two.address]]));
    await keepSending(one, 2, () => two.received.length >= 1, 'first delivery');
    expect(one.unreachable).toEqual([]);

    await two.transport.stop();
    await waitFor(() => one.unreachable.length >= 1, 'the broken stream reported');

    two = await startNode(2, {}, port);
    started.push(two);
    await keepSending(one, 2, () => two.received.length >= 1, 'delivery after restart');
  });

  it('never blocks or throws in send() while the peer is unreachable', async () => {
    const probe = await startNode(2);
    const port = probe.transport.port;
    await probe.transport.stop();
    const one = await startNode(1);
    started.push(one);
    one.transport.setPeers(new Map([[nodeId(2), `127.0.0.1:${port}`]]));
    const startedAt = performance.now();
    for (let index = 1; index <= 10_000; index += 1) {
      one.transport.send(nodeId(2), [{ shardId: shardId(1), message: appendMessage(1, 2, index) }]);
    }
    expect(performance.now() - startedAt).toBeLessThan(2_000);
    await waitFor(() => one.unreachable.length >= 1, 'failure reported');
  });
});
