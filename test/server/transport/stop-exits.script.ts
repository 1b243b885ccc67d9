/**
 * Run as its own process by stop.test.ts: starts three transports, exchanges messages, leaves a
 * snapshot in flight and a dead peer in backoff, stops everything, and must then exit by itself.
 * Prints one JSON line with what happened and the resources still active after stop().
 */
import { nodeId, shardId } from '../../../src/raft/types.js';
import { makeMessage } from '../../../src/raft/message.js';
import { appendMessages, connectAll, startNode, waitFor } from './transport-test-kit.js';

const nodes = await Promise.all([1, 2, 3].map((id) => startNode(id)));
connectAll(nodes);
const peers = new Map(nodes.map((node) => [node.id, node.address] as const));
const dead = await startNode(4);
peers.set(dead.id, dead.address);
await dead.transport.stop();
nodes[0].transport.setPeers(peers);

for (const from of nodes) {
  for (const to of nodes) if (from !== to) from.transport.send(to.id, appendMessages(from.id, to.id, 1, 10));
}
nodes[0].transport.send(dead.id, appendMessages(1, 4, 1, 1));
await waitFor(() => nodes.every((node) => node.received.length === 20), 'all deliveries');
await waitFor(() => nodes[0].unreachable.includes(dead.id), 'dead peer reported');

let snapshotReading = false;
async function* endless(): AsyncGenerator<Uint8Array> {
  for (;;) {
    yield new Uint8Array(64 * 1024);
    snapshotReading = true;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
const snapshotMessage = makeMessage({
  type: 'snapshot', from: nodeId(1), to: nodeId(2), term: 1,
  snapshot: { metadata: { index: 1, term: 1, confState: { voters: [nodeId(1)], learners: [], votersOutgoing: [], learnersNext: [], autoLeave: false } }, data: new Uint8Array(0) },
});
const snapshot = nodes[0].transport.sendSnapshot(nodeId(2), shardId(1), snapshotMessage, endless());
await waitFor(() => snapshotReading, 'snapshot in flight');

const stoppedAt = performance.now();
await Promise.all(nodes.map((node) => node.transport.stop()));
const stopMs = Math.round(performance.now() - stoppedAt);
const snapshotOutcome = await snapshot;
process.stdout.write(`${JSON.stringify({ stopMs, snapshotOutcome, resources: process.getActiveResourcesInfo() })}\n`);
