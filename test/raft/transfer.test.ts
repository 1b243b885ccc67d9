import { describe, expect, it } from 'vitest';
import { ProposalDroppedError } from '../../src/raft/errors.js';
import type { NodeId } from '../../src/raft/types.js';
import { bytes, Network } from './harness/network.js';

function cluster(learners: number[] = []): Network {
  const network = new Network({ voters: [1, 2, 3], learners });
  network.electLeader(1);
  network.propose(1, 'a');
  // A few heartbeats, so that every voter is inside the leader's CheckQuorum lease.
  network.tickAll(2);
  return network;
}

function role(network: Network, id: number): string {
  return network.node(id).status().softState.role;
}

describe('leadership transfer', () => {
  it('an up-to-date follower gets TimeoutNow at once and wins without waiting out the lease', () => {
    const network = cluster();
    const term = network.node(1).status().hardState.term;
    network.delivered = [];
    network.node(1).transferLeadership(2 as NodeId);
    network.deliverAll();
    expect(network.delivered.filter((sent) => sent.type === 'timeout-now').map((sent) => sent.to)).toEqual([2]);
    expect(network.leader()).toBe(2);
    expect(role(network, 1)).toBe('follower');
    expect(network.node(2).status().hardState.term).toBe(term + 1);
    network.propose(2, 'b');
    for (const id of network.ids()) expect(network.appliedData(id)).toEqual(['a', 'b']);
  });

  it('a lagging follower is caught up first, then told to campaign', () => {
    const network = cluster();
    network.filter((sent) => !(sent.to === 3 && sent.type === 'append'));
    for (let value = 0; value < 5; value += 1) network.propose(1, `v${value}`);
    const leaderLast = network.node(1).status().lastIndex;
    expect(network.node(3).status().lastIndex).toBeLessThan(leaderLast);
    network.heal();
    network.delivered = [];
    network.node(1).transferLeadership(3 as NodeId);
    network.deliverAll();
    const timeoutNow = network.delivered.findIndex((sent) => sent.type === 'timeout-now');
    const lastAppend = network.delivered.findLastIndex((sent) => sent.type === 'append' && sent.to === 3 && sent.entries.length > 0);
    expect(lastAppend).toBeGreaterThanOrEqual(0);
    expect(timeoutNow).toBeGreaterThan(lastAppend);
    expect(network.leader()).toBe(3);
    expect(network.appliedData(3)).toEqual(['a', 'v0', 'v1', 'v2', 'v3', 'v4']);
  });

  it('proposals are dropped with reason leader-transfer while a transfer is pending', () => {
    const network = cluster();
    network.isolate(3);
    network.node(1).transferLeadership(3 as NodeId);
    expect(network.node(1).status().leadTransferee).toBe(3);
    let caught: unknown;
    try {
      network.node(1).propose(bytes('during'));
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ProposalDroppedError);
    expect((caught as ProposalDroppedError).reason).toBe('leader-transfer');
    expect((caught as ProposalDroppedError).code).toBe('TESSERA_PROPOSAL_DROPPED');
  });

  it('a transfer that does not finish within an election timeout is abandoned and proposals flow again', () => {
    const network = cluster();
    network.isolate(3);
    network.node(1).transferLeadership(3 as NodeId);
    const electionTicks = network.raft(1).config.electionTicks;
    network.tickAll(electionTicks);
    expect(network.node(1).status().leadTransferee).toBe(0);
    expect(network.leader()).toBe(1);
    network.propose(1, 'after');
    expect(network.appliedData(2)).toEqual(['a', 'after']);
  });

  it('a transfer to self, to a learner or to an unknown node is ignored', () => {
    const network = cluster([4]);
    for (const target of [1, 4, 9]) {
      network.node(1).transferLeadership(target as NodeId);
      expect(network.node(1).status().leadTransferee).toBe(0);
      network.deliverAll();
      expect(network.leader()).toBe(1);
    }
    network.propose(1, 'still-leader');
  });

  it('a follower ignores transferLeadership', () => {
    const network = cluster();
    network.node(2).transferLeadership(3 as NodeId);
    network.deliverAll();
    expect(network.leader()).toBe(1);
  });

  it('a learner that receives TimeoutNow does not campaign', () => {
    const network = cluster([4]);
    const term = network.node(1).status().hardState.term;
    network.node(4).step({ type: 'timeout-now', from: 1 as NodeId, to: 4 as NodeId, term, logTerm: 0, index: 0, entries: [], commit: 0, snapshot: null, reject: false, rejectHint: 0, context: new Uint8Array(0) });
    network.deliverAll();
    expect(role(network, 4)).toBe('follower');
    expect(network.leader()).toBe(1);
  });
});
