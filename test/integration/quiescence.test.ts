import { afterAll, describe, expect, it } from 'vitest';
import { probeKeyPerShard, TestCluster, waitFor } from './cluster-harness.js';
import { RoutedClient, valueText } from './routed-client.js';

const tickMs = 50;
const electionTicks = 10;
/** The longest randomized election timeout: [electionTicks, 2 × electionTicks) ticks. */
const electionTimeoutMaxMs = 2 * electionTicks * tickMs;
const flags = ['--shards', '8', '--tick-ms', String(tickMs), '--election-ticks', String(electionTicks)];

describe('idle groups of a 3-node cluster quiesce', () => {
  const cluster = new TestCluster(3, flags, { peerProxies: true });
  const client = new RoutedClient(cluster);
  afterAll(async () => {
    await cluster.stop();
  });

  /** True once every group on every live node reports itself quiesced. */
  async function allQuiesced(): Promise<true | undefined> {
    for (const node of cluster.nodes) {
      if (node.process === null) continue;
      const status = await node.client.status(1000).catch(() => undefined);
      if (status === undefined || (status.shards ?? []).length === 0) return undefined;
      if ((status.shards ?? []).some((shard) => shard.quiesced !== true)) return undefined;
    }
    return true;
  }

  /** The live node leading the most groups, as its own status says. */
  async function busiestLeader(): Promise<number> {
    let best = { id: 0, count: -1 };
    for (const node of cluster.nodes) {
      const status = await node.client.status(1000);
      const count = (status.shards ?? []).filter((shard) => shard.role === 'leader').length;
      if (count > best.count) best = { id: node.id, count };
    }
    return best.id;
  }

  async function readAll(keys: string[]): Promise<string[]> {
    return Promise.all(keys.map(async (key) => valueText((await client.get(key)).value)));
  }

  it('quiet groups serve reads and writes, wake for them, fail over within 2 election timeouts when a leader is killed, and fail over under a one-way cut', async () => {
    await cluster.start();
    await waitFor('every shard to have a leader', () => cluster.allShardsLed(), 60_000);
    const keys = await probeKeyPerShard(cluster);
    await Promise.all(keys.map((key) => client.put(key, 'v1')));
    await waitFor('every group quiesced on every node', allQuiesced, 30_000);

    // Linearizable reads wake quiet leaders (and their lease clock) and see the latest writes.
    expect(await readAll(keys)).toEqual(keys.map(() => 'v1'));
    await waitFor('every group quiet again', allQuiesced, 30_000);

    // Kill the busiest leader while every group is quiet: its followers hear no heartbeats either
    // way and must notice the silence of its node.
    const victim = await busiestLeader();
    expect(await allQuiesced()).toBe(true);
    const killedAt = Date.now();
    await cluster.kill(victim);
    await Promise.all(keys.map((key) => client.put(key, 'v2')));
    const recoveryMs = Date.now() - killedAt;
    console.info(`every shard writable again after a kill -9 of quiet leaders within: ${recoveryMs} ms (election timeout ≤ ${electionTimeoutMaxMs} ms)`);
    expect(recoveryMs).toBeLessThan(2 * electionTimeoutMaxMs + 1000);

    cluster.launch(cluster.node(victim));
    await waitFor('every shard to have a leader after the restart', () => cluster.allShardsLed(), 60_000);
    await waitFor('every group quiet again after the restart', allQuiesced, 30_000);
    expect(await readAll(keys)).toEqual(keys.map(() => 'v2'));

    // A one-way cut of a quiet leader's node: it still reaches its followers (their election clocks
    // stay pinned to it), but nothing reaches it. Only the leaders can notice: they must wake, lose
    // CheckQuorum, and let the others elect.
    await waitFor('every group quiet before the cut', allQuiesced, 30_000);
    const deaf = await busiestLeader();
    cluster.node(deaf).peerProxy?.cutOff();
    const cutAt = Date.now();
    await Promise.all(keys.map((key) => client.put(key, 'v3')));
    const cutRecoveryMs = Date.now() - cutAt;
    console.info(`every shard writable again after a one-way cut of quiet leaders within: ${cutRecoveryMs} ms (election timeout ≤ ${electionTimeoutMaxMs} ms)`);
    // Silence noticed after an election timeout, CheckQuorum after another, an election after a third.
    expect(cutRecoveryMs).toBeLessThan(4 * electionTimeoutMaxMs + 2000);
    cluster.node(deaf).peerProxy?.heal();
    expect(await readAll(keys)).toEqual(keys.map(() => 'v3'));
  }, 180_000);
});
