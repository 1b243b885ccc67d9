import { describe, expect, it } from 'vitest';
import type { NodeId, Snapshot } from '../../src/raft/types.js';
import { drain, ids, message, newRaft, storageWith } from './harness/fixtures.js';
import { Network } from './harness/network.js';

/** Node 3 misses `count` entries while the leader compacts its log past them. */
function laggingBehindCompaction(count: number): Network {
  const network = new Network({ voters: [1, 2, 3] });
  network.electLeader(1);
  network.propose(1, 'before');
  network.isolate(3);
  for (let value = 0; value < count; value += 1) network.propose(1, `v${value}`);
  network.compact(1);
  network.propose(1, 'after-compaction');
  return network;
}

function progressOf(network: Network, id: number) {
  return network.node(1).status().progress.get(id as NodeId);
}

function snapshotsTo(network: Network, id: number) {
  return network.delivered.filter((sent) => sent.type === 'snapshot' && sent.to === id);
}

describe('snapshots', () => {
  it('a follower behind the compaction point gets a snapshot, restores it and catches up', () => {
    const network = laggingBehindCompaction(10);
    const compactedAt = network.storages.get(1 as NodeId)?.firstIndex();
    network.heal();
    network.tickAll(3);
    const sent = snapshotsTo(network, 3);
    expect(sent).toHaveLength(1);
    expect(sent[0].snapshot?.metadata.index).toBe((compactedAt as number) - 1);
    expect(sent[0].snapshot?.metadata.confState.voters).toEqual([1, 2, 3]);
    expect(network.appliedData(3)).toEqual(network.appliedData(1));
    expect(network.storages.get(3 as NodeId)?.firstIndex()).toBe(compactedAt);
    expect(progressOf(network, 3)?.state).toBe('replicate');
    network.propose(1, 'later');
    expect(network.appliedData(3).at(-1)).toBe('later');
  });

  it('a failed snapshot puts the follower back to probing and the snapshot is sent again', () => {
    const network = laggingBehindCompaction(5);
    network.heal();
    network.filter((sent) => sent.type !== 'snapshot');
    network.tickAll(2);
    expect(progressOf(network, 3)?.state).toBe('snapshot');
    const match = progressOf(network, 3)?.match as number;
    network.node(1).reportSnapshot(3 as NodeId, 'failed');
    // The follower never got the snapshot: probe right after what it is known to have.
    expect(progressOf(network, 3)).toMatchObject({ state: 'probe', next: match + 1 });
    network.heal();
    network.tickAll(3);
    expect(network.appliedData(3)).toEqual(network.appliedData(1));
  });

  it('a finished snapshot probes from the snapshot index, after the next heartbeat response', () => {
    const network = laggingBehindCompaction(5);
    network.heal();
    network.filter((sent) => sent.type !== 'snapshot');
    network.tickAll(2);
    const pending = network.raft(1).tracker.progress.get(3 as NodeId);
    const snapshotIndex = pending?.pendingSnapshot as number;
    expect(snapshotIndex).toBeGreaterThan(0);
    network.node(1).reportSnapshot(3 as NodeId, 'finished');
    expect(progressOf(network, 3)).toMatchObject({ state: 'probe', next: snapshotIndex + 1 });
    expect(pending?.isPaused()).toBe(true);
  });

  it('reportSnapshot is ignored for a follower that is not in the snapshot state', () => {
    const network = new Network({ voters: [1, 2, 3] });
    network.electLeader(1);
    network.propose(1, 'x');
    const before = progressOf(network, 2);
    network.node(1).reportSnapshot(2 as NodeId, 'failed');
    expect(progressOf(network, 2)).toEqual(before);
  });

  it('no snapshot is sent to a follower the leader has not heard from recently', () => {
    const network = laggingBehindCompaction(5);
    // Two CheckQuorum windows without a word from node 3 clear its recentActive flag.
    network.tickAll(2 * network.raft(1).config.electionTicks);
    expect(network.raft(1).tracker.progress.get(3 as NodeId)?.recentActive).toBe(false);
    network.node(1).reportUnreachable(3 as NodeId);
    network.dropped = [];
    network.propose(1, 'more');
    expect(network.dropped.filter((sent) => sent.type === 'snapshot')).toEqual([]);
    expect(progressOf(network, 3)?.state).not.toBe('snapshot');
  });

  it('a lost snapshot is retried after two to three election timeouts without a report', () => {
    const network = laggingBehindCompaction(5);
    network.heal();
    let dropped = 0;
    network.filter((sent) => {
      if (sent.type !== 'snapshot' || dropped > 0) return true;
      dropped += 1;
      return false;
    });
    // The two-timeout deadline is checked at election-timeout boundaries: allow up to three.
    network.tickAll(3 * network.raft(1).config.electionTicks + 2);
    expect(dropped).toBe(1);
    expect(network.appliedData(3)).toEqual(network.appliedData(1));
  });
});

describe('follower snapshot handling', () => {
  function snapshot(index: number, term: number, voters = [1, 2, 3]): Snapshot {
    return { metadata: { index, term, confState: { voters: ids(...voters), learners: [], votersOutgoing: [], learnersNext: [], autoLeave: false } }, data: new Uint8Array(0) };
  }

  function follower() {
    const raft = newRaft(2, [1, 2, 3], { checkQuorum: false, storage: storageWith([1, 2, 3], [1, 1, 1, 1, 1], 1) });
    raft.raftLog.commitTo(5);
    return raft;
  }

  it('a snapshot older than the follower commit index is ignored and answered with the commit index', () => {
    const raft = follower();
    raft.step(message('snapshot', 1, 2, 2, { snapshot: snapshot(3, 1) }));
    expect(raft.raftLog.unstable.snapshot).toBeNull();
    expect(raft.raftLog.lastIndex()).toBe(5);
    expect(drain(raft)).toMatchObject([{ type: 'append-response', index: 5, reject: false }]);
  });

  it('a snapshot at an entry the follower already has only advances the commit index', () => {
    const raft = newRaft(2, [1, 2, 3], { checkQuorum: false, storage: storageWith([1, 2, 3], [1, 1, 1, 1, 1, 2], 2) });
    raft.raftLog.commitTo(2);
    raft.step(message('snapshot', 1, 2, 2, { snapshot: snapshot(4, 1) }));
    expect(raft.raftLog.unstable.snapshot).toBeNull();
    expect(raft.raftLog.committed).toBe(4);
    expect(raft.raftLog.lastIndex()).toBe(6);
  });

  it('a newer snapshot replaces the log and the membership', () => {
    const raft = follower();
    raft.step(message('snapshot', 1, 2, 3, { snapshot: snapshot(20, 3, [1, 2, 3, 4]) }));
    expect(raft.raftLog.unstable.snapshot?.metadata.index).toBe(20);
    expect(raft.raftLog.lastIndex()).toBe(20);
    expect(raft.raftLog.committed).toBe(20);
    expect(raft.tracker.confState().voters).toEqual([1, 2, 3, 4]);
    expect(drain(raft)).toMatchObject([{ type: 'append-response', index: 20 }]);
    // A pending snapshot blocks campaigning until it is persisted.
    expect(raft.promotable()).toBe(false);
  });

  it('a snapshot of a configuration without the follower is ignored', () => {
    const raft = follower();
    raft.step(message('snapshot', 1, 2, 3, { snapshot: snapshot(20, 3, [1, 3, 4]) }));
    expect(raft.raftLog.unstable.snapshot).toBeNull();
    expect(raft.raftLog.lastIndex()).toBe(5);
  });
});
