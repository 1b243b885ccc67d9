import { describe, expect, it } from 'vitest';
import { bytes, Network, type NodeOptions } from './harness/network.js';

const decoder = new TextDecoder();
const leaseOptions: NodeOptions = { readMode: 'lease', checkQuorum: true, preVote: true };

/** A 3-voter group led by node 1, with one write committed, applied and acknowledged everywhere. */
function idleCluster(options: NodeOptions = leaseOptions): Network {
  const network = new Network({ voters: [1, 2, 3], options });
  network.electLeader(1);
  network.propose(1, 'w');
  // One heartbeat round acknowledged by the followers establishes the lease and spreads the commit.
  network.tickAll(1);
  return network;
}

function leaseReadServedAtOnce(network: Network, context: string): boolean {
  const leader = network.node(1);
  leader.readIndex(bytes(context));
  const ready = leader.ready();
  leader.advance();
  return ready.readStates.some((read) => decoder.decode(read.context) === context);
}

describe('quiesce', () => {
  it('an idle leader quiesces with one heartbeat to every follower', () => {
    const network = idleCluster();
    const sent = network.takeQueued();
    expect(sent).toEqual([]);
    expect(network.node(1).quiesce()).toBe(true);
    const heartbeats = network.takeQueued();
    expect(heartbeats.map((message) => [message.type, message.to])).toEqual([
      ['heartbeat', 2],
      ['heartbeat', 3],
    ]);
    expect(heartbeats.every((message) => message.commit === network.raft(1).raftLog.committed)).toBe(true);
  });

  it('a follower or a candidate never quiesces', () => {
    const network = idleCluster();
    expect(network.node(2).quiesce()).toBe(false);
    expect(network.takeQueued()).toEqual([]);
  });

  it('a leader with an entry some follower lacks does not quiesce', () => {
    const network = idleCluster();
    network.isolate(3);
    network.propose(1, 'only-two');
    expect(network.raft(1).raftLog.committed).toBe(network.raft(1).raftLog.lastIndex());
    expect(network.node(1).quiesce()).toBe(false);
    network.heal();
    network.tickAll(1);
    expect(network.node(1).quiesce()).toBe(true);
  });

  it('a leader with an uncommitted or unapplied entry does not quiesce', () => {
    const network = idleCluster();
    network.node(1).propose(bytes('pending'));
    expect(network.node(1).quiesce()).toBe(false);
    network.deliverAll();
    expect(network.node(1).quiesce()).toBe(true);
  });

  it('a leader with a read waiting for its heartbeat round does not quiesce', () => {
    const network = idleCluster({ readMode: 'read-index', checkQuorum: true });
    network.isolate(2);
    network.isolate(3);
    network.node(1).readIndex(bytes('waiting'));
    network.deliverAll();
    expect(network.node(1).quiesce()).toBe(false);
  });

  it('a leader that has not heard from every follower in this CheckQuorum window stays awake until CheckQuorum deposes it', () => {
    const network = idleCluster();
    // Its messages still arrive; only the followers' answers are lost (a one-way cut).
    network.filter((message) => message.to !== 1);
    const electionTicks = network.raft(1).config.electionTicks;
    // Within one election timeout the window that saw the last answers closes.
    network.tick(1, electionTicks);
    network.deliverAll();
    for (let tick = 0; tick < electionTicks && network.raft(1).role === 'leader'; tick += 1) {
      expect(network.node(1).quiesce()).toBe(false);
      network.tick(1, 1);
      network.deliverAll();
    }
    expect(network.raft(1).role).toBe('follower');
  });

  it('a leader transferring its leadership does not quiesce', () => {
    const network = idleCluster();
    network.filter((message) => message.type !== 'timeout-now');
    network.node(1).transferLeadership(network.node(2).id);
    network.deliverAll();
    expect(network.raft(1).leadTransferee).toBe(2);
    expect(network.node(1).quiesce()).toBe(false);
  });
});

describe('resume', () => {
  it('a leader resumed after a gap judges its lease on real time: no lease read once the gap outlasts it', () => {
    const network = idleCluster();
    expect(network.node(1).quiesce()).toBe(true);
    network.deliverAll();
    // Followers unreachable from here on: only a valid lease may serve a read.
    network.isolate(1);
    const electionTicks = network.raft(1).config.electionTicks;
    network.node(1).resume(electionTicks);
    expect(leaseReadServedAtOnce(network, 'after-gap')).toBe(false);
  });

  it('a leader resumed after a short gap keeps the lease it earned', () => {
    const network = idleCluster();
    expect(network.node(1).quiesce()).toBe(true);
    network.deliverAll();
    network.isolate(1);
    network.node(1).resume(1);
    expect(leaseReadServedAtOnce(network, 'short-gap')).toBe(true);
  });

  it('a resumed leader starts a fresh CheckQuorum window: cut off, it steps down one election timeout later', () => {
    const network = idleCluster();
    expect(network.node(1).quiesce()).toBe(true);
    network.deliverAll();
    network.isolate(1);
    network.node(1).resume(100);
    const electionTicks = network.raft(1).config.electionTicks;
    network.tick(1, electionTicks - 1);
    expect(network.raft(1).role).toBe('leader');
    network.tick(1, 1);
    expect(network.raft(1).role).toBe('follower');
  });

  it('a follower resumed after a long silence campaigns at once, once', () => {
    const network = idleCluster();
    expect(network.node(1).quiesce()).toBe(true);
    network.deliverAll();
    network.isolate(1);
    const follower = network.raft(2);
    network.node(2).resume(3 * follower.config.electionTicks);
    const sent = network.takeQueued();
    expect(sent.filter((message) => message.type === 'prevote').map((message) => message.to)).toEqual([1, 3]);
    expect(follower.role).toBe('pre-candidate');
  });

  it('a follower resumed after a short silence waits out the rest of its election timeout', () => {
    const network = idleCluster();
    expect(network.node(1).quiesce()).toBe(true);
    network.deliverAll();
    network.isolate(1);
    const follower = network.raft(2);
    const timeout = follower.randomizedElectionTimeout;
    network.node(2).resume(timeout - 2);
    expect(network.takeQueued()).toEqual([]);
    expect(follower.inLeaderLease()).toBe(timeout - 2 < follower.config.electionTicks);
    network.tick(2, 1);
    expect(follower.role).toBe('follower');
    network.tick(2, 1);
    expect(follower.role).not.toBe('follower');
  });

  it('followers resumed after their leader went silent elect a new leader, and the group then quiesces again', () => {
    const network = idleCluster();
    expect(network.node(1).quiesce()).toBe(true);
    network.deliverAll();
    network.isolate(1);
    const electionTicks = network.raft(2).config.electionTicks;
    network.node(2).resume(2 * electionTicks);
    network.node(3).resume(2 * electionTicks);
    network.deliverAll();
    // Both campaigned at once; a split vote is settled by their randomized timeouts.
    for (let round = 0; round < 4 * electionTicks && network.leader() === 1; round += 1) {
      network.tick(2);
      network.tick(3);
    }
    const leader = network.leader() ?? 1;
    expect([2, 3]).toContain(leader);
    network.heal();
    network.tickAll(2);
    expect(network.raft(1).role).toBe('follower');
    expect(network.node(leader).quiesce()).toBe(true);
  });

  it('rejects a negative or fractional gap', () => {
    const network = idleCluster();
    expect(() => network.node(1).resume(-1)).toThrow();
    expect(() => network.node(1).resume(1.5)).toThrow();
  });
});

describe('skipLateTicks (ticks that came due while the host stalled)', () => {
  it('a leader judges its lease on real time after a stall, but the stall does not close its CheckQuorum window', () => {
    const network = idleCluster();
    const electionTicks = network.raft(1).config.electionTicks;
    expect(leaseReadServedAtOnce(network, 'before')).toBe(true);
    network.takeQueued();
    network.node(1).skipLateTicks(10 * electionTicks);
    expect(network.raft(1).role).toBe('leader');
    // The lease earned before the stall is as old as the stall: a read must go through ReadIndex.
    expect(leaseReadServedAtOnce(network, 'after')).toBe(false);
    // The followers' answers that queued up meanwhile keep it leader through the next windows.
    network.deliverAll();
    for (let tick = 0; tick < 3 * electionTicks; tick += 1) {
      network.tick(1, 1);
      network.deliverAll();
    }
    expect(network.raft(1).role).toBe('leader');
    expect(leaseReadServedAtOnce(network, 'renewed')).toBe(true);
  });

  it('a follower does not count a stall of its own as silence from its leader', () => {
    const network = idleCluster();
    const term = network.raft(2).term;
    network.node(2).skipLateTicks(100 * network.raft(2).config.electionTicks);
    network.tick(2, 1);
    expect(network.takeQueued().filter((message) => message.from === 2)).toEqual([]);
    expect(network.raft(2).term).toBe(term);
    expect(network.raft(2).role).toBe('follower');
  });

  it('rejects a negative or fractional count', () => {
    const network = idleCluster();
    expect(() => network.node(1).skipLateTicks(-1)).toThrow();
    expect(() => network.node(1).skipLateTicks(1.5)).toThrow();
  });
});
