import { describe, expect, it } from 'vitest';
import { NotLeaderError } from '../../src/raft/errors.js';
import type { NodeId } from '../../src/raft/types.js';
import { bytes, Network, type NodeOptions } from './harness/network.js';

const decoder = new TextDecoder();

function leaseCluster(options: NodeOptions = { readMode: 'lease', checkQuorum: true }): Network {
  const network = new Network({ voters: [1, 2, 3], options });
  network.electLeader(1);
  network.propose(1, 'w');
  // One heartbeat round acknowledged by the followers establishes the lease.
  network.tickAll(1);
  return network;
}

describe('ReadIndex', () => {
  it('is not served before the new leader commits an entry of its term', () => {
    const network = new Network({ voters: [1, 2, 3] });
    network.filter((sent) => sent.type !== 'append-response');
    network.electLeader(1);
    const leader = network.raft(1);
    expect(leader.raftLog.term(leader.raftLog.committed)).not.toBe(leader.term);
    expect(network.readIndex(1, 'early')).toEqual([]);
    network.heal();
    network.tickAll(2);
    const reads = network.readStates(1).filter((read) => decoder.decode(read.context) === 'early');
    expect(reads).toHaveLength(1);
    expect(leader.raftLog.term(reads[0].index)).toBe(leader.term);
  });

  it('is served at the commit index once a quorum confirms leadership', () => {
    const network = new Network({ voters: [1, 2, 3] });
    network.electLeader(1);
    const { index } = network.propose(1, 'x');
    const reads = network.readIndex(1, 'r');
    expect(reads).toHaveLength(1);
    expect(reads[0].index).toBe(index);
  });

  it('a read without a quorum of acknowledgements is never served', () => {
    const network = new Network({ voters: [1, 2, 3] });
    network.electLeader(1);
    network.isolate(1);
    expect(network.readIndex(1, 'lonely')).toEqual([]);
    network.tick(1, 5);
    expect(network.readStates(1)).toEqual([]);
  });

  it('many reads before one Ready share a single heartbeat per follower', () => {
    const network = new Network({ voters: [1, 2, 3] });
    network.electLeader(1);
    network.propose(1, 'x');
    network.delivered = [];
    for (let read = 0; read < 50; read += 1) network.node(1).readIndex(bytes(`r${read}`));
    network.deliverAll();
    const heartbeats = network.delivered.filter((sent) => sent.type === 'heartbeat');
    expect(heartbeats.map((sent) => sent.to).sort()).toEqual([2, 3]);
    const reads = network.readStates(1);
    expect(reads).toHaveLength(50);
    expect(new Set(reads.map((read) => read.index)).size).toBe(1);
  });

  it('an acknowledgement of an older heartbeat round does not release reads of a newer round', () => {
    const network = new Network({ voters: [1, 2, 3] });
    network.electLeader(1);
    network.propose(1, 'x');
    network.node(1).readIndex(bytes('first'));
    const roundOne = network.takeQueued();
    network.node(1).readIndex(bytes('second'));
    const roundTwo = network.takeQueued();
    expect(roundOne.filter((sent) => sent.type === 'heartbeat')).toHaveLength(2);
    expect(roundTwo.filter((sent) => sent.type === 'heartbeat')).toHaveLength(2);
    for (const sent of roundOne) network.deliver(sent);
    network.processAll();
    for (const sent of network.takeQueued()) if (sent.type === 'heartbeat-response') network.deliver(sent);
    network.processAll();
    expect(network.readStates(1).map((read) => decoder.decode(read.context))).toEqual(['first']);
    for (const sent of roundTwo) network.deliver(sent);
    network.deliverAll();
    expect(network.readStates(1).map((read) => decoder.decode(read.context))).toEqual(['first', 'second']);
  });

  it('a follower forwards its read to the leader and gets the leader commit index', () => {
    const network = new Network({ voters: [1, 2, 3] });
    network.electLeader(1);
    const { index } = network.propose(1, 'x');
    network.delivered = [];
    const reads = network.readIndex(2, 'from-follower');
    expect(network.delivered.some((sent) => sent.type === 'read-index' && sent.from === 2 && sent.to === 1)).toBe(true);
    expect(reads).toHaveLength(1);
    expect(reads[0].index).toBe(index);
    expect(network.readStates(1)).toEqual([]);
  });

  it('a follower without a known leader refuses with NotLeaderError', () => {
    const network = new Network({ voters: [1, 2, 3] });
    expect(() => network.node(2).readIndex(bytes('r'))).toThrow(NotLeaderError);
  });

  it('a single-voter leader serves reads at once', () => {
    const network = new Network({ voters: [1] });
    network.electLeader(1);
    network.propose(1, 'x');
    network.node(1).readIndex(bytes('solo'));
    const ready = network.node(1).ready();
    expect(ready.readStates).toHaveLength(1);
    network.node(1).advance();
  });
});

describe('lease reads', () => {
  it('with readMode lease and CheckQuorum, a read is served in the next Ready without a round trip', () => {
    const network = leaseCluster();
    const leader = network.node(1);
    leader.readIndex(bytes('lease'));
    const ready = leader.ready();
    expect(ready.readStates.map((read) => decoder.decode(read.context))).toEqual(['lease']);
    expect(ready.messagesBeforePersist.filter((sent) => sent.type === 'heartbeat')).toEqual([]);
    leader.advance();
  });

  it('readMode lease without CheckQuorum falls back to a heartbeat round', () => {
    const network = leaseCluster({ readMode: 'lease', checkQuorum: false });
    const leader = network.node(1);
    leader.readIndex(bytes('r'));
    const ready = leader.ready();
    expect(ready.readStates).toEqual([]);
    expect(ready.messagesBeforePersist.filter((sent) => sent.type === 'heartbeat')).toHaveLength(2);
    leader.advance();
  });

  it('readMode read-index with CheckQuorum still needs a heartbeat round', () => {
    const network = leaseCluster({ readMode: 'read-index', checkQuorum: true });
    const leader = network.node(1);
    leader.readIndex(bytes('r'));
    expect(leader.ready().readStates).toEqual([]);
    leader.advance();
  });

  it('an isolated leader stops serving lease reads once the lease has run out, while still leader', () => {
    const network = leaseCluster();
    network.isolate(1);
    const electionTicks = network.raft(1).config.electionTicks;
    network.tick(1, electionTicks - 1);
    expect(network.node(1).status().softState.role).toBe('leader');
    expect(network.readIndex(1, 'stale?')).toEqual([]);
  });

  it('the lease survives a few ticks without acknowledgements (it is measured from the last one)', () => {
    const network = leaseCluster();
    network.isolate(1);
    network.tick(1, 3);
    const leader = network.node(1);
    leader.readIndex(bytes('still-valid'));
    expect(leader.ready().readStates).toHaveLength(1);
    leader.advance();
  });

  it('the lease runs from when the heartbeat was sent, not from when its late acknowledgement arrived', () => {
    const network = leaseCluster();
    const leader = network.node(1);
    leader.tick();
    const heartbeats = network.takeQueued().filter((sent) => sent.type === 'heartbeat');
    for (const heartbeat of heartbeats) network.node(heartbeat.to).step(heartbeat);
    const lateAcks = network.takeQueued().filter((sent) => sent.type === 'heartbeat-response');
    expect(lateAcks).toHaveLength(2);
    const electionTicks = network.raft(1).config.electionTicks;
    for (let tick = 0; tick < electionTicks - 1; tick += 1) {
      leader.tick();
      network.takeQueued();
    }
    for (const ack of lateAcks) leader.step(ack);
    expect(leader.status().softState.role).toBe('leader');
    leader.readIndex(bytes('late'));
    expect(leader.ready().readStates).toEqual([]);
    leader.advance();
  });

  it('no lease read is served after the leader sent TimeoutNow for a transfer', () => {
    const network = leaseCluster();
    const leader = network.node(1);
    leader.transferLeadership(2 as NodeId);
    leader.readIndex(bytes('after-transfer'));
    const ready = leader.ready();
    expect(ready.messages.some((sent) => sent.type === 'timeout-now')).toBe(true);
    expect(ready.readStates).toEqual([]);
    leader.advance();
  });
});

describe('lease safety', () => {
  it('a cut-off leader never serves a lease read after another leader has committed a write', () => {
    let overlappingTicks = 0;
    for (let seed = 1; seed <= 15; seed += 1) {
      const network = new Network({ voters: [1, 2, 3], seed, options: { readMode: 'lease', checkQuorum: true } });
      network.electLeader(1);
      network.propose(1, 'old');
      network.tickAll(1);
      network.isolate(1);
      let newWriteCommitted = false;
      for (let tick = 0; tick < 40; tick += 1) {
        network.tickAll(1);
        const other = [2, 3].find((id) => network.node(id).status().softState.role === 'leader');
        if (other !== undefined && !newWriteCommitted) {
          network.propose(other, 'new');
          newWriteCommitted = network.appliedData(other).includes('new');
        }
        const old = network.node(1);
        if (!newWriteCommitted || old.status().softState.role !== 'leader') continue;
        overlappingTicks += 1;
        old.readIndex(bytes(`stale-${tick}`));
        const ready = old.ready();
        expect(ready.readStates, `seed ${seed} tick ${tick}`).toEqual([]);
        old.advance();
      }
      expect(newWriteCommitted, `seed ${seed}: the majority side elected a leader and wrote`).toBe(true);
    }
    // The scan is only meaningful if the two leaderships overlapped in time for some seeds.
    expect(overlappingTicks).toBeGreaterThan(0);
  });
});
