import { describe, expect, it } from 'vitest';
import { TesseraClient } from '../../src/client/client.js';
import { OutcomeUnknownError, TesseraError } from '../../src/client/errors.js';
import { Router } from '../../src/client/router.js';
import { SessionPool } from '../../src/client/sessions.js';
import { FakeTransport, hang, unreachable, wireError, wireMap } from './fake-transport.js';

const ok = { version: 7 };

/** A client over a fake transport with the map fetched (shard leaders hinted as node 1). */
async function setup(handler: ConstructorParameters<typeof FakeTransport>[0], options: { timeoutMs?: number; readMode?: 'linearizable' | 'follower' | 'stale' } = {}) {
  const transport = new FakeTransport(handler);
  const router = new Router({ transport, seeds: ['seed'] });
  await router.refresh({ deadlineAtMs: Date.now() + 1000 });
  const client = new TesseraClient({ router, sessions: new SessionPool(1234), readMode: options.readMode ?? 'linearizable', timeoutMs: options.timeoutMs ?? 2000, close: () => undefined });
  return { transport, router, client };
}

async function failure(promise: Promise<unknown>): Promise<TesseraError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(TesseraError);
    return error as TesseraError;
  }
  throw new Error('expected a rejection');
}

describe('call limits', () => {
  it('refuses a deadline that is not a finite time, before sending anything', async () => {
    const { transport, client } = await setup(() => ok);
    await expect(client.put('k', 'v', { deadline: new Date('not a date') })).rejects.toThrow(TypeError);
    await expect(client.get('k', { deadline: Number.NaN })).rejects.toThrow(/deadline must be a valid Date/);
    await expect(client.put('k', 'v', { deadline: Number.POSITIVE_INFINITY })).rejects.toThrow(TypeError);
    expect(transport.sent).toEqual([]);
    expect(await client.put('k', 'v', { deadline: Date.now() + 1000 })).toEqual(ok);
  });
});

describe('router: NOT_LEADER and EPOCH_MISMATCH', () => {
  it('follows the leader hint at once and caches the new leader', async () => {
    const { transport, client } = await setup((target) => (target.nodeId === 3 ? ok : wireError.notLeader(3)));
    expect(await client.put('k', 'v')).toEqual({ version: 7 });
    expect(transport.sent.map((sent) => sent.nodeId)).toEqual([1, 3]);
    expect(transport.sent[1].atMs - transport.sent[0].atMs).toBeLessThan(20); // no backoff before following a hint
    await client.put('k', 'w');
    expect(transport.sent.map((sent) => sent.nodeId)).toEqual([1, 3, 3]);
  });

  it('backs off and asks elsewhere when there is no hint (an election)', async () => {
    let calls = 0;
    const { transport, client } = await setup(() => (++calls < 3 ? wireError.notLeader(0) : ok));
    await client.put('k', 'v');
    expect(transport.sent).toHaveLength(3);
    expect(new Set(transport.sent.map((sent) => sent.nodeId)).size).toBeGreaterThan(1);
  });

  it('adopts the shard map an EPOCH_MISMATCH carries and retries with its epoch', async () => {
    const { transport, client } = await setup((_, __, sent) => (Number(sent.header.epoch) < 2 ? wireError.epoch(wireMap({ epoch: 2, leader: 2 })) : ok));
    await client.put('k', 'v');
    expect(transport.sent.map((sent) => [sent.nodeId, Number(sent.header.epoch)])).toEqual([[1, 1], [2, 2]]);
    expect(transport.mapFetches).toBe(1); // only the initial fetch: the error carried the map
  });

  it('refreshes the map when an EPOCH_MISMATCH comes without one', async () => {
    const { transport, client } = await setup((_, __, sent) => (Number(sent.header.epoch) < 3 ? wireError.epoch() : ok));
    transport.currentMap = wireMap({ epoch: 3, leader: 1 });
    await client.delete('k');
    expect(transport.mapFetches).toBe(2);
    expect(Number(transport.sent.at(-1)?.header.epoch)).toBe(3);
  });

  it('sends to the other replicas and refreshes the map when the leader is unreachable', async () => {
    const { transport, client } = await setup((target) => {
      if (target.nodeId === 1) throw unreachable(false);
      return target.nodeId === 2 ? ok : wireError.notLeader(2);
    });
    await client.put('k', 'v');
    expect(transport.sent[0].nodeId).toBe(1);
    expect(transport.sent.at(-1)?.nodeId).toBe(2);
    expect(transport.mapFetches).toBeGreaterThanOrEqual(2);
    // The next call avoids the suspect node and goes to the leader found.
    const before = transport.sent.length;
    await client.put('k', 'w');
    expect(transport.sent.slice(before).map((sent) => sent.nodeId)).toEqual([2]);
  });
});

describe('router: deadlines, backoff and honest outcomes', () => {
  it('retries with backoff until the deadline, then reports the last refusal', async () => {
    const { transport, client } = await setup(() => wireError.unavailable(), { timeoutMs: 300 });
    const started = Date.now();
    const error = await failure(client.put('k', 'v'));
    const elapsed = Date.now() - started;
    expect(error.code).toBe('TESSERA_UNAVAILABLE');
    expect(error.indeterminate).toBe(false);
    expect(elapsed).toBeGreaterThanOrEqual(295);
    expect(elapsed).toBeLessThan(450);
    // Full jitter capped at 500 ms and growing from 10 ms: a handful of attempts, not a busy loop.
    expect(transport.sent.length).toBeGreaterThan(2);
    expect(transport.sent.length).toBeLessThan(40);
  });

  it('keeps the write session on every retry; the next write gets a higher sequence', async () => {
    let calls = 0;
    const { transport, client } = await setup((target) => {
      calls += 1;
      if (calls === 1) return wireError.notLeader(2);
      if (calls === 2) throw unreachable(true);
      if (calls === 3) return wireError.unavailable();
      return target.nodeId === 3 ? ok : wireError.notLeader(3);
    });
    await client.put('k', 'v');
    const sessions = transport.sent.map((sent) => `${sent.header.clientId}/${sent.header.sequence}`);
    expect(transport.sent.length).toBeGreaterThanOrEqual(4);
    expect(new Set(sessions)).toEqual(new Set(['1234/1']));
    await client.put('k', 'w');
    expect(transport.sent.at(-1)?.header).toMatchObject({ clientId: 1234, sequence: 2 });
  });

  it('gives concurrent writes their own session ids and rising sequences', async () => {
    const { transport, client } = await setup(() => ok);
    await Promise.all([client.put('a', '1'), client.put('b', '2'), client.put('c', '3')]);
    const clientIds = transport.sent.map((sent) => Number(sent.header.clientId));
    expect(new Set(clientIds).size).toBe(3);
    expect(clientIds[0]).toBe(1234);
    expect(transport.sent.map((sent) => Number(sent.header.sequence))).toEqual([1, 2, 3]);
    await client.put('d', '4'); // lanes are reused once free
    expect(new Set(transport.sent.map((sent) => Number(sent.header.clientId))).size).toBe(3);
  });

  it('reports OUTCOME_UNKNOWN when a sent write got no definite answer before the deadline', async () => {
    let calls = 0;
    const { client } = await setup(() => {
      calls += 1;
      throw unreachable(calls === 1); // the first attempt may have arrived, the rest were refused
    }, { timeoutMs: 200 });
    const error = await failure(client.put('k', 'v'));
    expect(error).toBeInstanceOf(OutcomeUnknownError);
    expect(error.code).toBe('TESSERA_OUTCOME_UNKNOWN');
    expect(error.indeterminate).toBe(true);
  });

  it('reports DEADLINE_EXCEEDED for a write that never reached a node', async () => {
    const { client } = await setup(() => {
      throw unreachable(false);
    }, { timeoutMs: 150 });
    const error = await failure(client.put('k', 'v'));
    expect(error.code).toBe('TESSERA_DEADLINE_EXCEEDED');
    expect(error.indeterminate).toBe(false);
  });

  it('never makes a read indeterminate', async () => {
    const { client } = await setup((_, __, ___, options) => hang(options), { timeoutMs: 200 });
    const error = await failure(client.get('k'));
    expect(error.code).toBe('TESSERA_DEADLINE_EXCEEDED');
    expect(error.indeterminate).toBe(false);
  });

  it('throws a definite refusal at once without retrying', async () => {
    const { transport, client } = await setup(() => wireError.invalid());
    const error = await failure(client.put('k', 'v'));
    expect(error.code).toBe('TESSERA_INVALID_ARGUMENT');
    expect(error.limit).toBe('keyBytesMax');
    expect(transport.sent).toHaveLength(1);
  });

  it('aborts: ABORTED before sending, OUTCOME_UNKNOWN for a write in flight, ABORTED for a read in flight', async () => {
    const { transport, client } = await setup((_, __, ___, options) => hang(options));
    const early = await failure(client.put('k', 'v', { signal: AbortSignal.abort() }));
    expect(early.code).toBe('TESSERA_ABORTED');
    expect(transport.sent).toHaveLength(0);
    const writing = new AbortController();
    const write = failure(client.put('k', 'v', { signal: writing.signal }));
    setTimeout(() => writing.abort(), 20);
    expect((await write).code).toBe('TESSERA_OUTCOME_UNKNOWN');
    const reading = new AbortController();
    const read = failure(client.get('k', { signal: reading.signal }));
    setTimeout(() => reading.abort(), 20);
    expect((await read).code).toBe('TESSERA_ABORTED');
  });

  it('respects an absolute deadline', async () => {
    const { client } = await setup(() => wireError.unavailable(), { timeoutMs: 60_000 });
    const started = Date.now();
    await failure(client.get('k', { deadline: new Date(Date.now() + 100) }));
    expect(Date.now() - started).toBeLessThan(300);
  });
});

describe('router: balanced reads', () => {
  it('sends linearizable reads to the leader and spreads follower reads over every replica', async () => {
    const { transport, client } = await setup(() => ({ found: true, value: new Uint8Array([1]), version: 1 }));
    for (let position = 0; position < 30; position += 1) await client.get('k');
    expect(new Set(transport.sent.map((sent) => sent.nodeId))).toEqual(new Set([1]));
    transport.sent.length = 0;
    for (let position = 0; position < 60; position += 1) await client.get('k', { readMode: 'follower' });
    expect(new Set(transport.sent.map((sent) => sent.nodeId))).toEqual(new Set([1, 2, 3]));
    expect(transport.sent.every((sent) => sent.header.readMode === 1)).toBe(true);
  });

  it('avoids the busiest replica (power of two choices on outstanding requests)', async () => {
    const { transport, client } = await setup(() => ({ found: false }), { readMode: 'stale' });
    transport.load.set('node-2', 50);
    for (let position = 0; position < 60; position += 1) await client.get('k');
    const counts = [1, 2, 3].map((id) => transport.sent.filter((sent) => sent.nodeId === id).length);
    expect(counts[1]).toBe(0); // any pair holding node 2 picks the other node
    expect(counts[0]).toBeGreaterThan(10);
    expect(counts[2]).toBeGreaterThan(10);
  });

  it('moves a follower read to another replica when one has no leader to ask', async () => {
    const { transport, client } = await setup((target) => (target.nodeId === 2 ? wireError.notLeader(0) : { found: true, value: new Uint8Array([9]), version: 3 }), { readMode: 'follower' });
    for (let position = 0; position < 20; position += 1) expect((await client.get('k')).version).toBe(3);
    const retried = transport.sent.filter((sent, index) => sent.nodeId === 2 && transport.sent[index + 1] !== undefined);
    for (const sent of retried) expect(transport.sent[transport.sent.indexOf(sent) + 1].nodeId).not.toBe(2);
  });
});
