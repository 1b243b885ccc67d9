import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tessera } from '../../src/wire/proto.js';
import { probeKeyPerShard, TestCluster, waitFor } from './cluster-harness.js';
import { forEachConcurrently, RoutedClient, valueText } from './routed-client.js';

const tickMs = 50;
const electionTicks = 10;
/** The longest randomized election timeout: [electionTicks, 2 × electionTicks) ticks. */
const electionTimeoutMaxMs = 2 * electionTicks * tickMs;
const flags = ['--shards', '8', '--tick-ms', String(tickMs), '--election-ticks', String(electionTicks)];

/** Every shard id of the cluster (the meta group 0 and the data shards), from a node's status. */
async function shardIds(cluster: TestCluster): Promise<number[]> {
  const live = cluster.nodes.find((node) => node.process !== null);
  const status = await live?.client.status();
  return (status?.shards ?? []).map((shard) => Number(shard.shardId ?? 0));
}

/** The live node leading the most shards. */
async function busiestLeader(cluster: TestCluster): Promise<number> {
  const counts = new Map<number, number>();
  for (const shard of await shardIds(cluster)) {
    const leader = await waitFor(`a leader of shard ${shard}`, () => cluster.leaderOf(shard));
    counts.set(leader, (counts.get(leader) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0][0];
}

describe('durability and failover of a 3-node cluster under kill -9', () => {
  const cluster = new TestCluster(3, flags);
  const client = new RoutedClient(cluster);
  const latest = new Map<string, string>();
  const recoveryMs: number[] = [];
  afterAll(async () => {
    await cluster.stop();
  });

  async function writeRound(round: number, count: number): Promise<void> {
    const keys = Array.from({ length: count }, (_, position) => `key-${position}`);
    await forEachConcurrently(keys, 64, async (key) => {
      const value = `${key}@${round}`;
      await client.put(key, value);
      latest.set(key, value);
    });
  }

  async function checkEveryWrite(): Promise<void> {
    const mismatches: string[] = [];
    await forEachConcurrently([...latest], 64, async ([key, value]) => {
      const read = valueText((await client.get(key)).value);
      if (read !== value) mismatches.push(`${key}: read ${read}, acknowledged ${value}`);
    });
    expect(mismatches.slice(0, 5)).toEqual([]);
  }

  /** Kills a node with SIGKILL and measures how long until every shard accepts a write again. */
  async function killAndMeasure(id: number): Promise<void> {
    const killedAt = Date.now();
    await cluster.kill(id);
    await Promise.all((await probeKeyPerShard(cluster)).map((key) => client.put(key, `after-kill-${id}`)));
    recoveryMs.push(Date.now() - killedAt);
  }

  it('keeps 10,000 acknowledged writes through kills of every node in turn, serving again within 2 election timeouts', async () => {
    await cluster.start();
    await waitFor('every shard to have a leader', () => cluster.allShardsLed(), 60_000);
    await writeRound(0, 10_000);
    const first = await busiestLeader(cluster);
    const order = [first, ...[1, 2, 3].filter((id) => id !== first)];
    for (const [round, id] of order.entries()) {
      await killAndMeasure(id);
      await writeRound(round + 1, 500);
      await checkEveryWrite();
      cluster.launch(cluster.node(id));
      await waitFor('every shard to have a leader', () => cluster.allShardsLed(), 60_000);
    }
    console.info(`every shard writable again after a kill -9 within: ${recoveryMs.join(', ')} ms (election timeout ≤ ${electionTimeoutMaxMs} ms)`);
    for (const elapsed of recoveryMs) expect(elapsed).toBeLessThan(2 * electionTimeoutMaxMs + 1000);
  }, 300_000);

  it('keeps everything when all three nodes stop and start again', async () => {
    for (const node of cluster.nodes) expect(await cluster.terminate(node.id)).toBe(0);
    for (const node of cluster.nodes) cluster.launch(node);
    await waitFor('every shard to have a leader after a full restart', () => cluster.allShardsLed(), 60_000);
    await checkEveryWrite();
  }, 180_000);
});

describe('a follower cut off at the network level while leaders compact', () => {
  const cluster = new TestCluster(3, [...flags, '--snapshot-entries', '40'], { peerProxies: true });
  const client = new RoutedClient(cluster);
  afterAll(async () => {
    await cluster.stop();
  });

  it('catches up through snapshots and serves follower reads of the latest data', async () => {
    await cluster.start();
    await waitFor('every shard to have a leader', () => cluster.allShardsLed(), 60_000);
    // Move every leadership off node 3 so the cut leaves it a follower everywhere.
    await cluster.terminate(3);
    cluster.launch(cluster.node(3));
    await waitFor('node 3 to rejoin', () => cluster.allShardsLed(), 60_000);
    for (const shard of await shardIds(cluster)) {
      if ((await cluster.leaderOf(shard)) === 3) {
        await cluster.terminate(3);
        cluster.launch(cluster.node(3));
        await waitFor('node 3 to rejoin', () => cluster.allShardsLed(), 60_000);
      }
    }
    let ledByNode3 = 0;
    for (const shard of await shardIds(cluster)) if ((await cluster.leaderOf(shard)) === 3) ledByNode3 += 1;
    cluster.node(3).peerProxy?.cutOff();
    // The cut is one-way (node 3 still reaches the others). Placement may have handed node 3 a
    // leadership since the check above; unable to hear its followers, it must lose it (CheckQuorum,
    // even when its group is quiesced) and the others elect a leader, so every shard takes writes.
    const cutAt = Date.now();
    await waitFor('every shard led by node 1 or 2', async () => {
      for (const shard of await shardIds(cluster)) {
        const leader = await cluster.leaderOf(shard);
        if (leader === undefined || leader === 3) return undefined;
      }
      return true;
    }, 60_000);
    process.stdout.write(`every shard led by node 1 or 2 ${Date.now() - cutAt} ms after the one-way cut (node 3 led ${ledByNode3})\n`);
    const keys = Array.from({ length: 2000 }, (_, position) => `snap-${position}`);
    await forEachConcurrently(keys, 64, async (key) => {
      await client.put(key, `${key}-v1`);
    });
    cluster.node(3).peerProxy?.heal();
    const node3 = cluster.node(3).client;
    await waitFor('node 3 to serve the latest data through follower reads', async () => {
      for (const key of ['snap-0', 'snap-999', 'snap-1999']) {
        const read = await node3.get(key, tessera.kv.ReadMode.FOLLOWER, 2000);
        if (valueText(read.value) !== `${key}-v1`) return undefined;
      }
      return true;
    }, 60_000);
    // pino writes asynchronously: wait for the line rather than reading the log once.
    await waitFor('node 3 to log a snapshot ingestion', async () => (readFileSync(join(cluster.logDirectory(), 'node-3.log'), 'utf8').includes('ingesting snapshot') ? true : undefined), 10_000);
    // A read that fails (e.g. NOT_LEADER while placement hands node 3 a leadership) is retried;
    // every read that succeeds must return the latest value.
    const answered = await Promise.all(
      keys
        .filter((_, position) => position % 100 === 0)
        .map((key) =>
          waitFor(`a follower read of ${key} on node 3`, async () => {
            const read = await node3.get(key, tessera.kv.ReadMode.FOLLOWER, 5000);
            return read.error?.code ? undefined : valueText(read.value);
          }),
        ),
    );
    expect(answered).toEqual(keys.filter((_, position) => position % 100 === 0).map((key) => `${key}-v1`));
  }, 240_000);
});
