import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, OutcomeUnknownError, TesseraError, type TesseraClient } from '../../src/client/index.js';
import { shardForKey } from '../../src/routing/shard-map.js';
import { freePorts, TestCluster, waitFor } from '../integration/cluster-harness.js';

const text = (bytes: Uint8Array): string => Buffer.from(bytes).toString();

async function keysOf(iterable: AsyncIterable<{ key: Uint8Array }>): Promise<string[]> {
  const keys: string[] = [];
  for await (const item of iterable) keys.push(text(item.key));
  return keys;
}

async function rejection(promise: Promise<unknown>): Promise<TesseraError> {
  const outcome = await promise.then(() => undefined, (error: unknown) => error);
  expect(outcome).toBeInstanceOf(TesseraError);
  return outcome as TesseraError;
}

/** The SDK against a real 3-node cluster of `tessera` processes on 127.0.0.1 (4 shards, 3 replicas each). */
describe('the SDK on a 3-node cluster', () => {
  const cluster = new TestCluster(3, ['--shards', '4', '--tick-ms', '50', '--election-ticks', '10']);
  let client: TesseraClient;
  const endpoints = (): string[] => cluster.nodes.map((node) => node.clientAddress);

  beforeAll(async () => {
    await cluster.start();
    await waitFor('every shard to have a leader', () => cluster.allShardsLed(), 60_000);
    client = await connect({ endpoints: endpoints(), timeoutMs: 10_000 });
  }, 90_000);

  afterAll(async () => {
    client?.close();
    await cluster.stop();
  });

  it('puts, gets and deletes', async () => {
    const { version } = await client.put('greeting', 'hello');
    expect(version).toBeGreaterThan(0);
    expect(await client.get('greeting', { valueAs: 'string' })).toMatchObject({ found: true, value: 'hello', version });
    expect(text((await client.get(new TextEncoder().encode('greeting'))).value)).toBe('hello');
    expect((await client.getString('greeting')).value).toBe('hello');
    expect(await client.delete('greeting')).toEqual({ deleted: true });
    expect(await client.delete('greeting')).toEqual({ deleted: false });
    expect(await client.get('greeting')).toMatchObject({ found: false, version: 0 });
    const values = await client.batchGet(['greeting', 'nothing']);
    expect(values.map((value) => value.found)).toEqual([false, false]);
  });

  it('compares and sets', async () => {
    const created = await client.cas('cas-key', { expectAbsent: true }, 'one');
    expect(created.succeeded).toBe(true);
    const refused = await client.cas('cas-key', { expectAbsent: true }, 'two');
    expect(refused.succeeded).toBe(false);
    expect(refused.current).toMatchObject({ found: true, version: created.version });
    expect(text(refused.current?.value ?? new Uint8Array())).toBe('one');
    const updated = await client.cas('cas-key', { expectVersion: created.version }, 'two');
    expect(updated.succeeded).toBe(true);
    expect((await client.cas('cas-key', { expectVersion: created.version }, 'three')).succeeded).toBe(false);
    expect((await client.cas('cas-key', { expectValue: 'two' }, { delete: true })).succeeded).toBe(true);
    expect((await client.get('cas-key')).found).toBe(false);
  });

  it('runs transactions inside one shard and refuses keys across shards', async () => {
    const first = await client.txn({ compares: [{ key: '{acct}/a', absent: true }], success: [{ type: 'put', key: '{acct}/a', value: '10' }, { type: 'put', key: '{acct}/b', value: '20' }, { type: 'get', key: '{acct}/b' }] });
    expect(first.succeeded).toBe(true);
    expect(text(first.results[2].value)).toBe('20');
    const second = await client.txn({ compares: [{ key: '{acct}/a', absent: true }], success: [{ type: 'delete', key: '{acct}/a' }], failure: [{ type: 'get', key: '{acct}/a' }] });
    expect(second.succeeded).toBe(false);
    expect(text(second.results[0].value)).toBe('10');
    const map = client.shardMap();
    const shardOf = (key: string): number => shardForKey(map, new TextEncoder().encode(key)).id;
    const other = Array.from({ length: 50 }, (_, index) => `k${index}`).find((key) => shardOf(key) !== shardOf('k0')) as string;
    const error = await rejection(client.txn({ success: [{ type: 'put', key: 'k0', value: 'x' }, { type: 'put', key: other, value: 'y' }] }));
    expect(error).toMatchObject({ code: 'TESSERA_INVALID_ARGUMENT', limit: 'txnShards' });
  });

  it('scans across every shard in key order, page by page', async () => {
    const keys = Array.from({ length: 200 }, (_, index) => `scan/${String(index).padStart(3, '0')}`);
    await client.batchPut(keys.map((key) => ({ key, value: `value of ${key}` })));
    const map = client.shardMap();
    expect(new Set(keys.map((key) => shardForKey(map, new TextEncoder().encode(key)).id)).size).toBe(map.shards.length);
    expect(await keysOf(client.scan({ prefix: 'scan/', pageSize: 16 }))).toEqual(keys);
    expect(await keysOf(client.scan({ prefix: 'scan/01' }))).toEqual(keys.slice(10, 20));
    expect(await keysOf(client.scan({ start: 'scan/050', end: 'scan/060', pageSize: 3 }))).toEqual(keys.slice(50, 60));
    expect(await keysOf(client.scan({ prefix: 'scan/', limit: 25, pageSize: 4 }))).toEqual(keys.slice(0, 25));
    const everything = await keysOf(client.scan({ pageSize: 32, readMode: 'follower' }));
    expect(everything).toEqual([...everything].sort((left, right) => Buffer.compare(Buffer.from(left), Buffer.from(right))));
    expect(everything.filter((key) => key.startsWith('scan/'))).toEqual(keys);
    for await (const item of client.scan({ prefix: 'scan/199' })) expect(text(item.value)).toBe('value of scan/199');
  });

  it('carries 500 concurrent puts over one batch stream per node', async () => {
    const fresh = await connect({ endpoints: endpoints() });
    try {
      const results = await Promise.all(Array.from({ length: 500 }, (_, index) => fresh.put(`many/${index}`, `v${index}`)));
      expect(results.every((result) => result.version > 0)).toBe(true);
      const { connections } = fresh.stats();
      const items = connections.reduce((sum, connection) => sum + connection.itemsSent, 0);
      const messages = connections.reduce((sum, connection) => sum + connection.messagesSent, 0);
      expect(items).toBeGreaterThanOrEqual(500);
      expect(messages).toBeLessThanOrEqual(items / 20);
      // Nodes leading no shard may carry no Kv request at all; none needed a second stream.
      for (const connection of connections) expect(connection.streamsOpened).toBeLessThanOrEqual(1);
      expect(connections.filter((connection) => connection.streamsOpened === 1).length).toBeGreaterThanOrEqual(1);
      const values = await fresh.batchGet(['many/0', 'many/499']);
      expect(values.map((value) => text(value.value))).toEqual(['v0', 'v499']);
    } finally {
      fresh.close();
    }
  });

  it('serves follower reads on every replica and stale reads with their applied index', async () => {
    const { version } = await client.put('modes', 'seen');
    const reader = await connect({ endpoints: endpoints(), readMode: 'follower' });
    try {
      for (let round = 0; round < 60; round += 1) expect(await reader.get('modes', { valueAs: 'string' })).toMatchObject({ value: 'seen', version });
      const busy = reader.stats().connections.filter((connection) => connection.itemsSent > 0);
      expect(busy.length).toBeGreaterThanOrEqual(2);
      const stale = await waitFor('a stale read to show the write', async () => {
        const result = await reader.get('modes', { readMode: 'stale' });
        return result.version === version ? result : undefined;
      });
      expect(stale.appliedIndex).toBeGreaterThanOrEqual(version);
    } finally {
      reader.close();
    }
  });

  it('rejects with TESSERA_ABORTED when the signal aborts before the request is sent', async () => {
    expect((await rejection(client.get('abort-me', { signal: AbortSignal.abort() }))).code).toBe('TESSERA_ABORTED');
    const controller = new AbortController();
    const write = client.put('abort-me', 'never', { signal: controller.signal });
    controller.abort(); // the request is still queued for this turn's stream message
    const error = await rejection(write);
    expect(error.code).toBe('TESSERA_ABORTED');
    expect(error.indeterminate).toBe(false);
    expect((await client.get('abort-me')).found).toBe(false);
  });

  it('keeps every acknowledged write and applies none twice when a leader is SIGKILLed mid-load', async () => {
    const victim = await waitFor('a leader of shard 1', () => cluster.leaderOf(1));
    const acked = new Map<string, { value: string; version: number }>();
    const unknown = new Set<string>();
    const counters = Array.from({ length: 6 }, () => ({ successes: 0, unknown: 0, refusedAsIfApplied: 0 }));
    let killed = false;
    const worker = async (workerIndex: number): Promise<void> => {
      const counter = counters[workerIndex];
      for (let round = 0; round < 60; round += 1) {
        const key = `load/${workerIndex}/${round}`;
        const value = `${workerIndex}-${round}-${Math.random()}`;
        try {
          acked.set(key, { value, version: (await client.put(key, value, { timeoutMs: 15_000 })).version });
        } catch (error) {
          if (!(error instanceof OutcomeUnknownError)) throw error;
          unknown.add(key);
        }
        // Only this worker writes its counter, so a refused CAS means an earlier attempt was applied and its answer lost.
        const counterKey = `counter/${workerIndex}`;
        const current = await client.get(counterKey, { timeoutMs: 15_000 });
        const next = String(Number(current.found ? text(current.value) : '0') + 1);
        try {
          const result = await client.cas(counterKey, { expectVersion: current.version }, next, { timeoutMs: 15_000 });
          if (result.succeeded) counter.successes += 1;
          else counter.refusedAsIfApplied += 1;
        } catch (error) {
          if (!(error instanceof OutcomeUnknownError)) throw error;
          counter.unknown += 1;
        }
        if (!killed && acked.size >= 60) {
          killed = true;
          await cluster.kill(victim);
        }
      }
    };
    await Promise.all(counters.map((_, index) => worker(index)));
    expect(killed).toBe(true);
    for (const [key, { value, version }] of acked) {
      const stored = await client.get(key);
      expect(text(stored.value), key).toBe(value);
      expect(stored.version, key).toBe(version);
    }
    const loaded = await keysOf(client.scan({ prefix: 'load/', pageSize: 100 }));
    expect(loaded.length).toBeGreaterThanOrEqual(acked.size);
    expect(loaded.length).toBeLessThanOrEqual(acked.size + unknown.size);
    for (const [index, counter] of counters.entries()) {
      expect(counter.refusedAsIfApplied).toBe(0);
      const final = Number(text((await client.get(`counter/${index}`)).value));
      expect(final).toBeGreaterThanOrEqual(counter.successes);
      expect(final).toBeLessThanOrEqual(counter.successes + counter.unknown);
    }
    cluster.launch(cluster.node(victim));
    await waitFor('the restarted node to rejoin', () => cluster.allShardsLed(), 30_000);
  }, 60_000);

  it('follows NOT_LEADER when its cached leader is stale (the leadership moved)', async () => {
    await client.put('moved', 'before');
    const leader = await waitFor('a leader of shard 1', () => cluster.leaderOf(1));
    const key = await keyOfShard(1);
    await client.put(key, 'cached');
    const to = (leader % 3) + 1;
    // Placement may be moving leaderships too (it spreads them after the previous test's restart),
    // and may take shard 1 elsewhere first: any leader but the cached one makes the cache stale.
    let polls = 0;
    await waitFor(`shard 1 to move off node ${leader}`, async () => {
      const now = await cluster.leaderOf(1);
      if (now !== undefined && now !== leader) return true;
      if (polls++ % 20 === 0) await cluster.node(leader).client.transferLeader(1, to).catch(() => undefined);
      return undefined;
    });
    await client.put(key, 'after the move');
    expect((await client.get(key, { valueAs: 'string' })).value).toBe('after the move');
  });

  it('goes around an unreachable node and an endpoint that is down', async () => {
    const down = `127.0.0.1:${(await freePorts(1))[0]}`;
    const reader = await connect({ endpoints: [down, ...endpoints()], timeoutMs: 10_000 });
    try {
      await reader.put('around', 'yes');
      const follower = 3;
      await cluster.kill(follower);
      for (let round = 0; round < 20; round += 1) {
        expect((await reader.get('around', { readMode: 'follower', valueAs: 'string' })).value).toBe('yes');
      }
      await reader.put('around', 'still');
      cluster.launch(cluster.node(follower));
      await waitFor('the restarted node to rejoin', () => cluster.allShardsLed(), 30_000);
    } finally {
      reader.close();
    }
  }, 60_000);

  it('fails a write with a typed, honest error at its deadline when no quorum is left', async () => {
    const [first, second] = [1, 2];
    await cluster.kill(first);
    await cluster.kill(second);
    try {
      const started = Date.now();
      const error = await rejection(client.put('no-quorum', 'x', { timeoutMs: 1500 }));
      expect(Date.now() - started).toBeLessThan(5000);
      // Sent and unanswered: it may or may not be applied later. Never sent: a definite failure.
      if (error.indeterminate) expect(error).toBeInstanceOf(OutcomeUnknownError);
      else expect(['TESSERA_UNAVAILABLE', 'TESSERA_DEADLINE_EXCEEDED', 'TESSERA_NOT_LEADER']).toContain(error.code);
      const read = await rejection(client.get('no-quorum', { timeoutMs: 1000 }));
      expect(read.indeterminate).toBe(false);
    } finally {
      cluster.launch(cluster.node(first));
      cluster.launch(cluster.node(second));
      await waitFor('the restarted nodes to rejoin', () => cluster.allShardsLed(), 30_000);
    }
  }, 60_000);

  /** A key the shard map places in `shardId`. */
  async function keyOfShard(shardId: number): Promise<string> {
    const map = client.shardMap();
    for (let position = 0; position < 100_000; position += 1) {
      const key = `probe-${position}`;
      if (shardForKey(map, Buffer.from(key)).id === shardId) return key;
    }
    throw new Error(`no key of shard ${shardId}`);
  }
});
