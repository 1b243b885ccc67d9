import * as grpc from '@grpc/grpc-js';
import { afterEach, describe, expect, it } from 'vitest';
import { NodeConnection } from '../../src/client/connection.js';
import { TransportFailure } from '../../src/client/errors.js';
import type { tessera } from '../../src/wire/proto.js';
import { kvServiceDefinition } from '../../src/wire/service-definitions.js';

type Stream = grpc.ServerDuplexStream<tessera.kv.BatchRequest, tessera.kv.IBatchResponse>;

/** An in-process Kv server whose Batch handler answers puts in reverse order, or holds them. */
async function startServer(behaviour: { hold: boolean }, address = '127.0.0.1:0'): Promise<{ address: string; server: grpc.Server; streams: Stream[]; messages: number[] }> {
  const server = new grpc.Server();
  const streams: Stream[] = [];
  const messages: number[] = [];
  const unary = (_: unknown, callback: grpc.sendUnaryData<object>) => callback(null, {});
  server.addService(kvServiceDefinition, {
    get: unary, put: unary, delete: unary, cas: unary, txn: unary, scan: unary,
    batch: (call: Stream) => {
      streams.push(call);
      call.on('data', (request: tessera.kv.BatchRequest) => {
        messages.push(request.items.length);
        if (behaviour.hold) return;
        const results = request.items.map((item) => ({ id: item.id, put: { version: Number(item.id) * 10 } })).reverse();
        call.write({ results });
      });
      call.on('error', () => undefined);
    },
  });
  const port = await new Promise<number>((resolve, reject) => server.bindAsync(address, grpc.ServerCredentials.createInsecure(), (error, bound) => (error === null ? resolve(bound) : reject(error))));
  return { address: `127.0.0.1:${port}`, server, streams, messages };
}

/** Sends until the restarted node answers (grpc reconnects with a backoff of its own). */
async function waitForAnswer(connection: NodeConnection): Promise<object> {
  const deadline = Date.now() + 5000;
  for (;;) {
    try {
      return await connection.send(put, { deadlineAtMs: Date.now() + 1000 });
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}

const put = { operation: 'put' as const, request: { key: new Uint8Array([1]), value: new Uint8Array([2]) } };

describe('NodeConnection', () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => {
    for (const cleanup of cleanups.splice(0)) cleanup();
  });

  it('sends the requests of one event-loop turn as one stream message and matches answers by id', async () => {
    const node = await startServer({ hold: false });
    const connection = new NodeConnection(node.address);
    cleanups.push(() => connection.close(), () => node.server.forceShutdown());
    const answers = await Promise.all(Array.from({ length: 100 }, () => connection.send(put, { deadlineAtMs: Date.now() + 5000 })));
    expect(answers.map((answer) => (answer as { version: number }).version)).toEqual(Array.from({ length: 100 }, (_, index) => (index + 1) * 10));
    expect(node.messages).toEqual([100]);
    expect(connection.stats()).toMatchObject({ streamsOpened: 1, messagesSent: 1, itemsSent: 100, outstanding: 0 });
    await connection.send(put, { deadlineAtMs: Date.now() + 5000 });
    expect(connection.stats().streamsOpened).toBe(1); // the stream is long-lived
  });

  it('fails pending requests as sent-but-unanswered when the stream breaks, and reopens it on demand', async () => {
    const node = await startServer({ hold: true });
    const connection = new NodeConnection(node.address);
    cleanups.push(() => connection.close());
    const pending = connection.send(put, { deadlineAtMs: Date.now() + 5000 });
    const settled = pending.catch((error: unknown) => error);
    while (node.messages.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    node.server.forceShutdown(); // the node dies with the request in its hands
    const failure = await settled;
    expect(failure).toBeInstanceOf(TransportFailure);
    expect(failure).toMatchObject({ reason: 'unreachable', sent: true });
    const restarted = await startServer({ hold: false }, node.address);
    cleanups.push(() => restarted.server.forceShutdown());
    const answer = await waitForAnswer(connection);
    expect(answer).toMatchObject({ version: expect.any(Number) });
    expect(connection.stats().streamsOpened).toBeGreaterThanOrEqual(2);
  });

  it('times out a request without an answer, and aborts one still queued as not sent', async () => {
    const node = await startServer({ hold: true });
    const connection = new NodeConnection(node.address);
    cleanups.push(() => connection.close(), () => node.server.forceShutdown());
    await expect(connection.send(put, { deadlineAtMs: Date.now() + 100 })).rejects.toMatchObject({ reason: 'timeout', sent: true });
    const controller = new AbortController();
    const aborted = connection.send(put, { deadlineAtMs: Date.now() + 5000, signal: controller.signal });
    controller.abort();
    await expect(aborted).rejects.toMatchObject({ reason: 'aborted', sent: false });
    expect(connection.outstanding).toBe(0);
  });

  it('times each request out at its own deadline, a later shorter one first', async () => {
    const node = await startServer({ hold: true });
    const connection = new NodeConnection(node.address);
    cleanups.push(() => connection.close(), () => node.server.forceShutdown());
    const start = Date.now();
    const settledAt = (promise: Promise<unknown>): Promise<number> => promise.then(() => -1, () => Date.now() - start);
    const long = settledAt(connection.send(put, { deadlineAtMs: start + 600 }));
    const short = settledAt(connection.send(put, { deadlineAtMs: start + 150 }));
    const shortAfterMs = await short;
    expect(shortAfterMs).toBeGreaterThanOrEqual(149);
    expect(connection.outstanding).toBe(1); // the longer deadline still waits
    expect(await long).toBeGreaterThanOrEqual(599);
    expect(connection.outstanding).toBe(0);
    // An answered request leaves no deadline behind that could fail a later one early.
    const answered = await startServer({ hold: false });
    const live = new NodeConnection(answered.address);
    cleanups.push(() => live.close(), () => answered.server.forceShutdown());
    await live.send(put, { deadlineAtMs: Date.now() + 100 });
    const later = Date.now();
    const slow = settledAt(live.send(put, { deadlineAtMs: later + 2000 }));
    expect(await slow).toBe(-1);
  });

  it('writes a request that finds nothing else outstanding before the check phase, and gathers the ones behind it', async () => {
    const node = await startServer({ hold: true });
    const connection = new NodeConnection(node.address);
    cleanups.push(() => connection.close(), () => node.server.forceShutdown());
    const drainMicrotasks = async (): Promise<void> => {
      for (let i = 0; i < 10; i += 1) await Promise.resolve();
    };
    const budget = { deadlineAtMs: Date.now() + 5000 };
    const settled: Promise<unknown>[] = [];
    settled.push(connection.send(put, budget).catch(() => undefined));
    await drainMicrotasks();
    expect(connection.stats().messagesSent).toBe(1); // a lone request does not wait a loop iteration
    settled.push(connection.send(put, budget).catch(() => undefined), connection.send(put, budget).catch(() => undefined));
    await drainMicrotasks();
    expect(connection.stats().messagesSent).toBe(1); // one is in flight: these wait for the turn's end, together
    await new Promise((resolve) => setImmediate(resolve));
    expect(connection.stats()).toMatchObject({ messagesSent: 2, itemsSent: 3 });
    connection.close();
    await Promise.all(settled);
  });

  it('holds a request to one node for the check phase while the client awaits another node', async () => {
    const [first, second] = [await startServer({ hold: true }), await startServer({ hold: true })];
    const shared = { count: 0 };
    const [toFirst, toSecond] = [new NodeConnection(first.address, shared), new NodeConnection(second.address, shared)];
    cleanups.push(() => toFirst.close(), () => toSecond.close(), () => first.server.forceShutdown(), () => second.server.forceShutdown());
    const budget = { deadlineAtMs: Date.now() + 5000 };
    const settled = [toFirst.send(put, budget).catch(() => undefined)];
    for (let i = 0; i < 10; i += 1) await Promise.resolve();
    expect(toFirst.stats().messagesSent).toBe(1);
    settled.push(toSecond.send(put, budget).catch(() => undefined));
    for (let i = 0; i < 10; i += 1) await Promise.resolve();
    expect(toSecond.stats().messagesSent).toBe(0); // not alone in the client: it waits to be gathered
    await new Promise((resolve) => setImmediate(resolve));
    expect(toSecond.stats().messagesSent).toBe(1);
    toFirst.close();
    toSecond.close();
    await Promise.all(settled);
    expect(shared.count).toBe(0);
  });

  it('reports a refused connection as not sent', async () => {
    const node = await startServer({ hold: false });
    node.server.forceShutdown();
    const connection = new NodeConnection(node.address);
    cleanups.push(() => connection.close());
    await expect(connection.send(put, { deadlineAtMs: Date.now() + 2000 })).rejects.toMatchObject({ reason: 'unreachable', sent: false });
  });
});
