import { afterEach, describe, expect, it } from 'vitest';
import { nodeId, shardId, type NodeId } from '../../src/raft/types.js';
import { eventually, StoreCluster } from './store-cluster.js';

const shard = shardId(1);
const thresholdBytes = 256 * 1024;
let cluster: StoreCluster | null = null;

afterEach(async () => {
  await cluster?.stop();
  cluster = null;
});

describe('log compaction in the Store', () => {
  it('compacts a log whose entries outgrow the byte threshold, though they are far fewer than the entry threshold', async () => {
    const started = await StoreCluster.start([1, 2, 3], [1], { tickMs: 20, electionTicks: 10, heartbeatTicks: 2, compactionThresholdBytes: thresholdBytes });
    cluster = started;
    const leader = await eventually('a leader', () => started.settledLeaderOf(shard));
    const encoder = new TextEncoder();
    const value = new Uint8Array(32 * 1024).fill(7);
    // 64 writes of 32 KiB: 2 MiB of entries, 8 times the threshold; the entry threshold is 10,000.
    for (let position = 0; position < 64; position += 1) {
      const replica = started.replica(leader, shard);
      const written = replica.write({ put: { key: encoder.encode(`big-${position}`), value } });
      started.stores.get(leader)?.scheduleTurn(replica);
      await written;
    }
    const firstIndexes = (): number[] => started.ids.map((id: NodeId) => started.storages.get(id)?.logStorage(shard).firstIndex() ?? 0);
    await eventually('every replica compacted', () => (firstIndexes().every((first) => first > 10) ? true : undefined));
    for (const id of started.ids) {
      const log = started.storages.get(id)?.logStorage(shard);
      expect(log?.retainedBytes()).toBeLessThan(thresholdBytes + value.length + 1024);
    }
    expect(started.replica(nodeId(leader), shard).appliedIndex).toBeGreaterThanOrEqual(64);
  });
});
