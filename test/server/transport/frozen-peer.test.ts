import { type Server, type Socket, connect, createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { shardId } from '../../../src/raft/types.js';
import { keepaliveTimeMs, keepaliveTimeoutMs } from '../../../src/server/transport/transport-limits.js';
import { type TestNode, appendMessage, startNode, waitFor } from './transport-test-kit.js';

/** A TCP relay to `targetPort` that can freeze: sockets stay open but nothing passes, like a hung host. */
async function freezableRelay(targetPort: number): Promise<{ port: number; freeze: () => void; close: () => Promise<void> }> {
  const sockets: Socket[] = [];
  let frozen = false;
  const server: Server = createServer((inbound) => {
    const outbound = connect(targetPort, '127.0.0.1');
    sockets.push(inbound, outbound);
    for (const [from, to] of [[inbound, outbound], [outbound, inbound]] as const) {
      from.on('data', (data) => {
        if (!frozen) to.write(data);
      });
      from.on('error', () => {});
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('relay has no port');
  return {
    port: address.port,
    freeze: () => (frozen = true),
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

const started: TestNode[] = [];
let closeRelay: (() => Promise<void>) | null = null;

afterEach(async () => {
  await Promise.all(started.splice(0).map((node) => node.transport.stop()));
  await closeRelay?.();
  closeRelay = null;
});

describe('PeerTransport keepalive', () => {
  it('declares a hung peer unreachable within a few seconds', async () => {
    const one = await startNode(1);
    const two = await startNode(2);
    started.push(one, two);
    const relay = await freezableRelay(two.transport.port);
    closeRelay = relay.close;
    one.transport.setPeers(new Map([[two.id, `127.0.0.1:${relay.port}`]]));
    one.transport.send(two.id, [{ shardId: shardId(1), message: appendMessage(1, 2, 1) }]);
    await waitFor(() => two.received.length === 1, 'delivery through the relay');

    relay.freeze();
    const frozenAt = Date.now();
    const budgetMs = keepaliveTimeMs + keepaliveTimeoutMs + 2_000;
    await waitFor(() => one.unreachable.length >= 1, 'the hung peer reported unreachable', budgetMs);
    expect(Date.now() - frozenAt).toBeLessThan(budgetMs);
  }, 15_000);
});
