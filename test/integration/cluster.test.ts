import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tessera } from '../../src/wire/proto.js';
import { TestCluster, waitFor } from './cluster-harness.js';
import { RoutedClient } from './routed-client.js';

const { ReadMode } = tessera.kv;

/**
 * Real 3-node clusters of `tessera` processes on 127.0.0.1: replication, leader failover after
 * SIGKILL, recovery on restart, exactly-once retries, read modes, bad input, graceful SIGTERM.
 */
describe('a 3-node tessera cluster', () => {
  const cluster = new TestCluster(3, ['--shards', '4', '--tick-ms', '50', '--election-ticks', '10']);

  const client = new RoutedClient(cluster);
  const put = (key: string, value: string, session = { clientId: 0, sequence: 0 }): Promise<tessera.kv.PutResponse> => client.put(key, value, session);
  const get = (key: string): Promise<tessera.kv.GetResponse> => client.get(key);

  const text = (value: Uint8Array | null | undefined): string => Buffer.from(value ?? []).toString();

  beforeAll(async () => {
    await cluster.start();
    await waitFor('every shard to have a leader', () => cluster.allShardsLed(), 60_000);
  }, 90_000);

  afterAll(async () => {
    await cluster.stop();
  });

  it('replicates writes and serves linearizable, follower and stale reads', async () => {
    for (let position = 0; position < 20; position += 1) await put(`key-${position}`, `value-${position}`);
    for (let position = 0; position < 20; position += 1) expect(text((await get(`key-${position}`)).value)).toBe(`value-${position}`);
    // Every replica holds every key (replicas = 3 of 3 nodes): follower reads go through ReadIndex, stale reads are local.
    for (const node of cluster.nodes) {
      const follower = await waitFor('a follower read', async () => {
        const response = await node.client.get('key-7', ReadMode.FOLLOWER, 2000);
        return response.error?.code ? undefined : response;
      });
      expect(text(follower.value)).toBe('value-7');
      const stale = await waitFor('a stale read to catch up', async () => {
        const response = await node.client.get('key-19', ReadMode.STALE, 2000);
        return text(response.value) === 'value-19' ? response : undefined;
      });
      expect(Number(stale.appliedIndex)).toBeGreaterThan(0);
    }
  }, 60_000);

  it('applies a retried write once (client id + sequence)', async () => {
    const first = await put('session-key', 'one', { clientId: 77, sequence: 1 });
    const retry = await put('session-key', 'one', { clientId: 77, sequence: 1 });
    expect(Number(retry.version)).toBe(Number(first.version));
    await put('session-key', 'two', { clientId: 78, sequence: 1 });
    // A late duplicate of the first request must not overwrite the newer value.
    const late = await put('session-key', 'one', { clientId: 77, sequence: 1 });
    expect(Number(late.version)).toBe(Number(first.version));
    expect(text((await get('session-key')).value)).toBe('two');
  }, 60_000);

  it('rejects over-limit input with INVALID_ARGUMENT naming the limit and keeps serving', async () => {
    const response = await cluster.node(1).client.put('big', Buffer.alloc(2 * 1024 * 1024).toString(), { clientId: 0, sequence: 0 }, 5000);
    expect(response.error?.code).toBe('TESSERA_INVALID_ARGUMENT');
    expect(response.error?.limit).toBe('valueBytesMax');
    const empty = await cluster.node(1).client.put('', 'x');
    expect(empty.error?.code).toBe('TESSERA_INVALID_ARGUMENT');
    const unrouted = await cluster.node(1).client.scan(0);
    expect(unrouted.error).toMatchObject({ code: 'TESSERA_INVALID_ARGUMENT', limit: 'shardId' });
    const leader = await waitFor('a leader of shard 1', () => cluster.leaderOf(1));
    for (const toNode of [0, 9]) {
      const transfer = await cluster.node(leader).client.transferLeader(1, toNode);
      expect(transfer.error?.code).toBe('TESSERA_INVALID_ARGUMENT');
    }
    await put('after-bad-input', 'fine');
    expect(text((await get('after-bad-input')).value)).toBe('fine');
  }, 60_000);

  it('fails over after the leader is killed with SIGKILL, loses nothing acknowledged, and the node recovers on restart', async () => {
    const status = await cluster.node(1).client.status();
    const shard = Number((status.shards ?? []).find((candidate) => Number(candidate.shardId ?? 0) !== 0)?.shardId ?? 1);
    const leader = await waitFor(`a leader of shard ${shard}`, () => cluster.leaderOf(shard));
    await cluster.kill(leader);
    for (let position = 0; position < 20; position += 1) expect(text((await get(`key-${position}`)).value)).toBe(`value-${position}`);
    await put('written-during-outage', 'yes');
    const newLeader = await waitFor(`a new leader of shard ${shard}`, () => cluster.leaderOf(shard));
    expect(newLeader).not.toBe(leader);
    cluster.launch(cluster.node(leader));
    const restarted = cluster.node(leader).client;
    const caughtUp = await waitFor('the restarted node to catch up', async () => {
      const response = await restarted.get('written-during-outage', ReadMode.STALE, 2000);
      return text(response.value) === 'yes' ? response : undefined;
    }, 60_000);
    expect(caughtUp.found).toBe(true);
  }, 120_000);

  it('hands its leaderships away and exits 0 on SIGTERM', async () => {
    await waitFor('every shard to have a leader', () => cluster.allShardsLed(), 60_000);
    const code = await cluster.terminate(3);
    expect(code).toBe(0);
    await put('after-sigterm', 'still-writable');
    expect(text((await get('after-sigterm')).value)).toBe('still-writable');
  }, 120_000);
});
