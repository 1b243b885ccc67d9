import { afterAll, describe, expect, it } from 'vitest';
import { TestCluster, waitFor } from './cluster-harness.js';

/** Data shards led by each live node, from the nodes' own status. */
async function leaderCounts(cluster: TestCluster): Promise<Map<number, number>> {
  const counts = new Map<number, number>();
  for (const node of cluster.nodes) {
    if (node.process === null) continue;
    const status = await node.client.status(1000);
    counts.set(node.id, (status.shards ?? []).filter((shard) => Number(shard.shardId ?? 0) !== 0 && shard.role === 'leader').length);
  }
  return counts;
}

describe('placement spreads leaderships', () => {
  const cluster = new TestCluster(3, ['--shards', '6', '--tick-ms', '50', '--election-ticks', '10']);
  afterAll(async () => {
    await cluster.stop();
  });

  it('gives a restarted node its share of leaderships again within a minute', async () => {
    await cluster.start();
    await waitFor('every shard to have a leader', () => cluster.allShardsLed(), 60_000);
    const before = await leaderCounts(cluster);
    const busiest = [...before].sort((a, b) => b[1] - a[1])[0][0];
    await cluster.kill(busiest);
    await waitFor('every shard to have a leader without it', () => cluster.allShardsLed(), 30_000);
    expect((await leaderCounts(cluster)).get(busiest)).toBeUndefined();
    cluster.launch(cluster.node(busiest));
    const restartedAt = Date.now();
    const balanced = await waitFor(
      'leaderships spread within one of each other',
      async () => {
        const counts = [...(await leaderCounts(cluster)).values()];
        return counts.length === 3 && Math.max(...counts) - Math.min(...counts) <= 1 ? counts : undefined;
      },
      60_000,
    );
    console.info(`leaderships per node ${balanced.join(', ')} ${Date.now() - restartedAt} ms after the restart`);
  }, 150_000);
});
