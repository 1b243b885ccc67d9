import { describe, expect, it } from 'vitest';
import { MemoryStorage } from '../../src/raft/memory-storage.js';
import type { ConfChange, NodeId } from '../../src/raft/types.js';
import { Network } from './harness/network.js';

/**
 * A node that joins with an empty MemoryStorage knows no membership: the founding one lives in
 * the founders' index-0 state, not in the log. It must never judge conf changes against the empty
 * membership (applying "add-node 4" to nothing would make it a one-voter group that elects itself),
 * and it learns the real membership from a leader's snapshot.
 */
describe('a joiner that starts without a membership', () => {
  const change = (type: 'add-learner' | 'add-node', id: number): ConfChange => ({ transition: 'auto', changes: [{ type, nodeId: id as NodeId }], context: new Uint8Array(0) });

  /** Voters 1–3 led by 1 with one write, and node 4 started empty and added as a learner. */
  function clusterWithLearnerJoiner(): Network {
    const network = new Network({ voters: [1, 2, 3] });
    network.addNode(4 as NodeId, new MemoryStorage());
    network.electLeader(1);
    network.propose(1, 'a');
    network.node(1).proposeConfChange(change('add-learner', 4));
    network.deliverAll();
    return network;
  }

  it('takes no log and never elects itself alone while no snapshot is available', () => {
    const network = clusterWithLearnerJoiner();
    expect(network.appliedData(4)).toEqual([]);
    network.node(1).proposeConfChange(change('add-node', 4));
    network.deliverAll();
    expect(network.node(4).status().confState.voters).toEqual([]);
    network.isolate(4);
    network.tick(4, 50);
    expect(network.node(4).status().softState.role).not.toBe('leader');
  });

  it('learns the group membership from the leader snapshot', () => {
    const network = clusterWithLearnerJoiner();
    network.compact(1);
    network.tickAll(3);
    network.deliverAll();
    expect(network.node(4).status().confState).toEqual(network.node(1).status().confState);
    network.node(1).proposeConfChange(change('add-node', 4));
    network.deliverAll();
    expect(network.node(4).status().confState).toEqual(network.node(1).status().confState);
    expect(network.node(4).status().confState.voters).toEqual([1, 2, 3, 4]);
    expect(network.appliedData(4)).toEqual(network.appliedData(1));
  });
});
