import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { nodeId } from '../../../src/raft/types.js';
import type { NodeStorage } from '../../../src/storage/index.js';
import { bootstrapDescription, metaShardId } from '../../../src/server/membership/cluster-description.js';
import { ClusterMembership } from '../../../src/server/membership/cluster-membership.js';
import { addMember, removeMember } from '../../../src/server/membership/member-changes.js';
import { eventually, StoreCluster } from '../store-cluster.js';

const self = nodeId(1);
let cluster: StoreCluster | null = null;
let membership: ClusterMembership | null = null;

afterEach(async () => {
  membership?.stop();
  membership = null;
  await cluster?.stop();
  cluster = null;
});

/** A one-node cluster whose meta group has stored its founding description. */
async function storedMembership(): Promise<ClusterMembership> {
  const started = await StoreCluster.start([1], [0, 1, 2], { tickMs: 10, electionTicks: 10, heartbeatTicks: 2 });
  cluster = started;
  const store = started.stores.get(self);
  if (store === undefined) throw new Error('no store');
  const founding = bootstrapDescription([{ id: 1, peerAddress: '127.0.0.1:1', clientAddress: '127.0.0.1:2' }], 2, 1);
  const created = new ClusterMembership(founding);
  membership = created;
  await eventually('the meta group led', () => (store.replicas.get(metaShardId)?.role === 'leader' ? true : undefined));
  created.start(
    { nodeId: 1, logger: pino({ level: 'silent' }), storage: started.storages.get(self) as NodeStorage, store, descriptionChanged: () => undefined, localStatus: () => ({ nodeId: 1, shards: [] }) },
    // Placement and reconciliation out of the way: the test writes itself.
    { refreshMs: 10, reconcileMs: 3_600_000, placementMs: 3_600_000, movesMax: 4 },
  );
  await eventually('the founding description stored', () => (created.stored ? true : undefined));
  return created;
}

describe('ClusterMembership compare-and-set', () => {
  it('a write computed from a description an operator change has since replaced is refused, and the change survives', async () => {
    const membership = await storedMembership();
    // Placement reads the description, then waits for the members' reports…
    const placementBase = membership.description;
    // …meanwhile an operator adds node 2 (committed and read back by this node)…
    await membership.change((description) => addMember(description, { id: 2, peerAddress: '127.0.0.1:3', clientAddress: '127.0.0.1:4' }));
    expect(membership.description.members.map((member) => member.id)).toEqual([1, 2]);
    // …and placement writes what it computed from its stale read: it must not erase node 2.
    const placementNext = { ...placementBase, metaVoters: [1] };
    expect(await membership.compareAndSet(placementNext, placementBase)).toBe(false);
    expect(membership.description.members.map((member) => member.id)).toEqual([1, 2]);
    // A write computed from the current description goes through.
    const current = membership.description;
    expect(await membership.compareAndSet(removeMember(current, 2), current)).toBe(true);
    expect(membership.description.members.find((member) => member.id === 2)?.state).toBe('draining');
  });
});
