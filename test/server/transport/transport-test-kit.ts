/**
 * Shared pieces of the transport tests: a recording logger, a deadline-bound wait, message
 * factories and a started-transport helper that records what it receives.
 */
import { makeMessage } from '../../../src/raft/message.js';
import { type Message, type NodeId, type ShardId, nodeId, shardId } from '../../../src/raft/types.js';
import type { GroupMessage } from '../../../src/server/transport/batch-codec.js';
import { PeerTransport, type PeerTransportOptions } from '../../../src/server/transport/peer-transport.js';
import type { TransportLogger } from '../../../src/server/transport/transport-logger.js';

/** One log call captured by the recording logger. */
export interface LogRecord {
  level: 'debug' | 'info' | 'warn' | 'error';
  fields: object;
  message: string;
}

/** A logger that keeps every record; set TRANSPORT_TEST_LOG=1 to see them on stderr. */
export function recordingLogger(): TransportLogger & { records: LogRecord[] } {
  const records: LogRecord[] = [];
  const log = (level: LogRecord['level']) => (fields: object, message: string): void => {
    records.push({ level, fields, message });
    if (process.env.TRANSPORT_TEST_LOG === '1') process.stderr.write(`${level} ${message} ${JSON.stringify(fields)}\n`);
  };
  return { records, debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') };
}

/** Polls `condition` until it holds; fails with `what` after `deadlineMs`. */
export async function waitFor(condition: () => boolean, what: string, deadlineMs = 5_000): Promise<void> {
  const giveUpAt = Date.now() + deadlineMs;
  while (!condition()) {
    if (Date.now() > giveUpAt) throw new Error(`timed out after ${deadlineMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** A small append message as a leader sends it. */
export function appendMessage(from: number, to: number, index: number, payload = 'x'): Message {
  return makeMessage({
    type: 'append',
    from: nodeId(from),
    to: nodeId(to),
    term: 3,
    logTerm: 3,
    index,
    commit: index,
    entries: [{ term: 3, index: index + 1, type: 'normal', data: new TextEncoder().encode(payload) }],
  });
}

/** `count` append messages for shard `shard`, indexes 1..count. */
export function appendMessages(from: number, to: number, shard: number, count: number): GroupMessage[] {
  return Array.from({ length: count }, (_, position) => ({ shardId: shardId(shard), message: appendMessage(from, to, position + 1) }));
}

/** A started transport and everything it received. */
export interface TestNode {
  id: NodeId;
  transport: PeerTransport;
  address: string;
  received: { fromNode: NodeId; shardId: ShardId; message: Message }[];
  batchesReceived: number;
  unreachable: NodeId[];
  logger: ReturnType<typeof recordingLogger>;
}

/** Starts a transport on 127.0.0.1 with a free port. `port` reuses a specific port (restart tests). */
export async function startNode(id: number, overrides: Partial<PeerTransportOptions> = {}, port = 0): Promise<TestNode> {
  const logger = recordingLogger();
  const node: Partial<TestNode> & Pick<TestNode, 'received' | 'unreachable' | 'batchesReceived'> = {
    id: nodeId(id),
    received: [],
    unreachable: [],
    batchesReceived: 0,
    logger,
  };
  const transport = new PeerTransport({
    nodeId: nodeId(id),
    listenAddress: `127.0.0.1:${port}`,
    logger,
    shutdownGraceMs: 100,
    onMessages: (fromNode, messages) => {
      node.batchesReceived += 1;
      for (const { shardId: shard, message } of messages) node.received.push({ fromNode, shardId: shard, message });
    },
    onSnapshot: async (_from, _shard, _message, chunks) => {
      for await (const chunk of chunks) void chunk;
    },
    onUnreachable: (peer) => node.unreachable.push(peer),
    ...overrides,
  });
  const boundPort = await transport.start();
  node.transport = transport;
  node.address = `127.0.0.1:${boundPort}`;
  return node as TestNode;
}

/** Tells every node where every other node listens. */
export function connectAll(nodes: readonly TestNode[]): void {
  const peers = new Map(nodes.map((node) => [node.id, node.address] as const));
  for (const node of nodes) node.transport.setPeers(peers);
}
