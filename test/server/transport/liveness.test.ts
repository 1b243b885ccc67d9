import { afterEach, describe, expect, it } from 'vitest';
import type { NodeId } from '../../../src/raft/types.js';
import { shardId } from '../../../src/raft/types.js';
import type { PeerTransportOptions } from '../../../src/server/transport/peer-transport.js';
import { type TestNode, appendMessage, connectAll, startNode, waitFor } from './transport-test-kit.js';

const started: TestNode[] = [];

afterEach(async () => {
  await Promise.all(started.splice(0).map((node) => node.transport.stop()));
});

/** A started node that records every contact it hears of: [from, firstOnStream]. */
async function recordingNode(id: number, overrides: Partial<PeerTransportOptions> = {}, port = 0): Promise<TestNode & { contacts: [NodeId, boolean][] }> {
  const contacts: [NodeId, boolean][] = [];
  const node = await startNode(id, { onContact: (from, firstOnStream) => contacts.push([from, firstOnStream]), ...overrides }, port);
  started.push(node);
  return Object.assign(node, { contacts });
}

describe('PeerTransport liveness', () => {
  it('beats every peer it has nothing else for, once per interval', async () => {
    const one = await recordingNode(1, { livenessIntervalMs: 40 });
    const two = await recordingNode(2);
    connectAll([one, two]);
    await waitFor(() => two.contacts.length >= 4, 'four beats at node 2');
    expect(two.received).toEqual([]);
    expect(two.contacts.every(([from]) => from === one.id)).toBe(true);
    expect(one.transport.stats().sentBeats).toBeGreaterThanOrEqual(4);
    expect(one.transport.stats().sentBatches).toBe(0);
    // Node 2 beats nobody: it was given no interval.
    expect(one.contacts).toEqual([]);
  });

  it('sends no beat in an interval that carried messages', async () => {
    const one = await recordingNode(1, { livenessIntervalMs: 60 });
    const two = await recordingNode(2);
    connectAll([one, two]);
    await waitFor(() => two.contacts.length >= 1, 'the first beat');
    const beatsBefore = one.transport.stats().sentBeats;
    let index = 0;
    const traffic = setInterval(() => {
      index += 1;
      one.transport.send(two.id, [{ shardId: shardId(1), message: appendMessage(1, 2, index) }]);
    }, 10);
    try {
      await waitFor(() => two.received.length >= 30, '30 messages at node 2');
    } finally {
      clearInterval(traffic);
    }
    // At most one beat may have been due as the traffic started.
    expect(one.transport.stats().sentBeats - beatsBefore).toBeLessThanOrEqual(1);
  });

  it('tells which batch is the first of a new stream, again after the peer restarts', async () => {
    const one = await recordingNode(1, { livenessIntervalMs: 30 });
    const two = await recordingNode(2);
    connectAll([one, two]);
    await waitFor(() => two.contacts.length >= 3, 'three beats');
    expect(two.contacts.map(([, first]) => first)).toEqual([true, ...two.contacts.slice(1).map(() => false)]);

    const port = one.transport.port;
    await one.transport.stop();
    const restarted = await recordingNode(1, { livenessIntervalMs: 30 }, port);
    connectAll([restarted, two]);
    const seen = two.contacts.length;
    await waitFor(() => two.contacts.length >= seen + 2, 'beats from the restarted node');
    expect(two.contacts[seen]).toEqual([restarted.id, true]);
    expect(two.contacts[seen + 1]).toEqual([restarted.id, false]);
  });

  it('sends no beats by default and stops beating when stopped', async () => {
    const quiet = await recordingNode(1);
    const beating = await recordingNode(2, { livenessIntervalMs: 20 });
    connectAll([quiet, beating]);
    await waitFor(() => quiet.contacts.length >= 2, 'beats from node 2');
    await beating.transport.stop();
    const heard = quiet.contacts.length;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(quiet.contacts.length).toBeLessThanOrEqual(heard + 1);
    expect(beating.contacts).toEqual([]);
    expect(quiet.transport.stats().sentBeats).toBe(0);
  });

  it('rejects a negative interval', async () => {
    await expect(startNode(1, { livenessIntervalMs: -1 })).rejects.toThrow(TypeError);
  });
});
