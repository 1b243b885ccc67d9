import { describe, expect, it } from 'vitest';
import { MemoryStorage } from '../../src/raft/memory-storage.js';
import type { Entry, Message, NodeId } from '../../src/raft/types.js';
import { drain, ids, makeLeader, message, newRaft, storageWith } from './harness/fixtures.js';
import { bytes, Network } from './harness/network.js';

function logTerms(network: Network, id: number): number[] {
  return network.log(id).map((entry) => entry.term);
}

function sentTo(messages: Message[], to: number, type: Message['type']): Message[] {
  return messages.filter((sent) => sent.to === to && sent.type === type);
}

/** A leader (1), a follower with `followerTerms` (2) and a third voter agreeing with the leader (3). */
function threeWithFollowerLog(leaderTerms: number[], followerTerms: number[], term: number): Network {
  const storages = new Map([
    [1, storageWith([1, 2, 3], leaderTerms, term)],
    [2, storageWith([1, 2, 3], followerTerms, term)],
    [3, storageWith([1, 2, 3], leaderTerms, term)],
  ]);
  return new Network({ voters: [1, 2, 3], storages });
}

describe('log replication (§5.3)', () => {
  it('every node applies the same entries in the same order', () => {
    const network = new Network({ voters: [1, 2, 3, 4, 5] });
    network.electLeader(1);
    for (let value = 0; value < 20; value += 1) network.propose(1, `v${value}`);
    const expected = Array.from({ length: 20 }, (_, value) => `v${value}`);
    for (const id of network.ids()) {
      expect(network.appliedData(id)).toEqual(expected);
      expect(logTerms(network, id)).toEqual(logTerms(network, 1));
    }
  });

  it('a follower that missed entries catches up after it reconnects', () => {
    const network = new Network({ voters: [1, 2, 3] });
    network.electLeader(1);
    network.isolate(3);
    for (let value = 0; value < 5; value += 1) network.propose(1, `v${value}`);
    expect(network.appliedData(3)).toEqual([]);
    expect(network.appliedData(2)).toHaveLength(5);
    network.heal();
    network.tickAll(2);
    expect(network.appliedData(3)).toEqual(network.appliedData(1));
  });

  // Raft paper Figure 7: the leader of term 8 and the logs followers a–f may hold.
  const figure7Leader = [1, 1, 1, 4, 4, 5, 5, 6, 6, 6];
  it.each([
    { name: 'a (missing one entry)', terms: [1, 1, 1, 4, 4, 5, 5, 6, 6] },
    { name: 'b (missing many)', terms: [1, 1, 1, 4] },
    { name: 'c (one extra entry)', terms: [1, 1, 1, 4, 4, 5, 5, 6, 6, 6, 6] },
    { name: 'd (extra entries of term 7)', terms: [1, 1, 1, 4, 4, 5, 5, 6, 6, 6, 7, 7] },
    { name: 'e (missing and extra)', terms: [1, 1, 1, 4, 4, 4, 4] },
    { name: 'f (extra entries of terms 2 and 3)', terms: [1, 1, 1, 2, 2, 2, 3, 3, 3, 3, 3] },
  ])('Figure 7: follower $name ends up with the leader log', ({ terms }) => {
    const network = threeWithFollowerLog(figure7Leader, terms, 7);
    network.electLeader(1);
    expect(network.node(1).status().hardState.term).toBe(8);
    const expected = [...figure7Leader, 8];
    expect(logTerms(network, 1)).toEqual(expected);
    expect(logTerms(network, 2)).toEqual(expected);
    expect(network.node(2).status().hardState.commit).toBe(11);
  });

  it('Figure 8: an old-term entry on a majority is not committed by counting, only with a current-term entry', () => {
    // S1 was leader of term 2 and wrote index 2; it now leads term 4 (log 1:1 2:2, then its no-op 3:4).
    const leader = newRaft(1, [1, 2, 3, 4, 5], { checkQuorum: false, preVote: false, storage: storageWith([1, 2, 3, 4, 5], [1, 2], 3) });
    makeLeader(leader, [2, 3]);
    expect(leader.term).toBe(4);
    drain(leader);
    // The old entry (index 2, term 2) reaches S2 and S3: with S1 that is a majority of five.
    leader.step(message('append-response', 2, 1, 4, { index: 2 }));
    leader.step(message('append-response', 3, 1, 4, { index: 2 }));
    expect(leader.raftLog.committed).toBe(0);
    // The no-op of term 4 on a majority (S2, S3 and S1 after its own persist) commits both.
    leader.step(message('append-response', 2, 1, 4, { index: 3 }));
    leader.step(message('append-response', 3, 1, 4, { index: 3 }));
    expect(leader.raftLog.committed).toBe(0);
    leader.step(message('append-response', 4, 1, 4, { index: 3 }));
    expect(leader.raftLog.committed).toBe(3);
  });
});

describe('Figure 8 (§5.4.2) end to end', () => {
  it('Figure 8 end to end: S1 leading term 4 puts its term-2 entry on a majority; S5 (last term 3) must still be able to win and overwrite it safely', () => {
    const entry = (term: number, index: number, data: string): Entry => ({ term, index, type: 'normal', data: new TextEncoder().encode(data) });
    const voters = [1, 2, 3, 4, 5];
    const storageOf = (log: Entry[]) => {
      const storage = new MemoryStorage({ voters: ids(...voters) });
      storage.append(log);
      storage.setHardState({ term: 3, vote: 0 as NodeId, commit: 1 });
      return storage;
    };
    // (a)(b): S1 led term 2 and wrote x at 2 (reached S2); S5 led term 3 and wrote y at 2 (nowhere else).
    const x = 'x'.repeat(200);
    const storages = new Map([
      [1, storageOf([entry(1, 1, 'base'), entry(2, 2, x)])],
      [2, storageOf([entry(1, 1, 'base'), entry(2, 2, x)])],
      [3, storageOf([entry(1, 1, 'base')])],
      [4, storageOf([entry(1, 1, 'base')])],
      [5, storageOf([entry(1, 1, 'base'), entry(3, 2, 'y')])],
    ]);
    // Small messages so that entry 2 travels alone.
    const network = new Network({ voters, storages, options: { maxSizePerMessageBytes: 100 } });
    network.isolate(5);
    // S1's appends lose their term-4 tail, as if sent with a smaller size limit.
    network.rewrite((sent) => (sent.from === 1 && sent.type === 'append' ? { ...sent, entries: sent.entries.filter((carried) => carried.term !== 4) } : sent));
    // (c): S1 leads term 4 and replicates x to S3 and S4: x is on a majority, S1's own-term entry is not.
    network.electLeader(1);
    network.tickAll(3);
    // x is on S1, S2, S3, S4 but only S1 has an entry of term 4: x must not count as committed.
    expect(network.node(1).status().hardState.commit).toBe(1);
    // (d): S1 is cut off; S5 (last term 3) wins and overwrites index 2 everywhere else.
    network.heal();
    network.isolate(1);
    network.filter((sent) => sent.from === 5 || sent.to === 5);
    network.tickAll(20);
    for (let attempt = 0; attempt < 3 && network.node(5).status().softState.role !== 'leader'; attempt += 1) {
      network.node(5).campaign();
      network.deliverAll();
    }
    network.heal();
    network.isolate(1);
    network.tickAll(3);
    expect(network.leader()).toBe(5);
    // Whatever S1 applied must survive in the new leader's history.
    const s1Applied = network.appliedData(1);
    expect(network.appliedData(2).slice(0, s1Applied.length)).toEqual(s1Applied);
    expect(network.appliedData(2)).toEqual(['base', 'y']);
  });
});

describe('fast backtracking', () => {
  function rejections(network: Network, from: number): number {
    return network.delivered.filter((sent) => sent.from === from && sent.type === 'append-response' && sent.reject).length;
  }

  it('a follower with a long divergent tail of an old term needs at most two rejections, not one per entry', () => {
    const leaderTerms = [1, ...Array<number>(50).fill(3)];
    const followerTerms = [1, ...Array<number>(60).fill(2)];
    const network = threeWithFollowerLog(leaderTerms, followerTerms, 3);
    network.electLeader(1);
    expect(rejections(network, 2)).toBeLessThanOrEqual(2);
    expect(rejections(network, 2)).toBeGreaterThan(0);
    expect(logTerms(network, 2)).toEqual(logTerms(network, 1));
  });

  it('a follower missing a long suffix is found in one rejection', () => {
    const leaderTerms = Array<number>(40).fill(1);
    const network = threeWithFollowerLog(leaderTerms, [1, 1], 1);
    network.electLeader(1);
    expect(rejections(network, 2)).toBe(1);
    expect(logTerms(network, 2)).toEqual(logTerms(network, 1));
  });

  it('a leader whose tail the follower lacks skips a whole term per round trip', () => {
    // Leader: 1, 2×20, 4×20; follower: 1, 2×10, 3×30. The follower's hint (its last term-≤ entry) lets the leader jump.
    const leaderTerms = [1, ...Array<number>(20).fill(2), ...Array<number>(20).fill(4)];
    const followerTerms = [1, ...Array<number>(10).fill(2), ...Array<number>(30).fill(3)];
    const network = threeWithFollowerLog(leaderTerms, followerTerms, 4);
    network.electLeader(1);
    expect(rejections(network, 2)).toBeLessThanOrEqual(3);
    expect(logTerms(network, 2)).toEqual(logTerms(network, 1));
  });
});

describe('flow control', () => {
  function replicatingCluster(options: ConstructorParameters<typeof Network>[0]['options']): Network {
    const network = new Network({ voters: [1, 2, 3], options });
    network.electLeader(1);
    network.propose(1, 'warm');
    expect(network.node(1).status().progress.get(2 as never)?.state).toBe('replicate');
    return network;
  }

  it('the inflight window bounds the appends outstanding to a follower by count', () => {
    const network = replicatingCluster({ maxInflightMessages: 2, maxSizePerMessageBytes: 1 });
    for (let value = 0; value < 10; value += 1) network.node(1).propose(bytes(`v${value}`));
    const sent = network.takeQueued();
    expect(entriesCarried(sentTo(sent, 2, 'append'))).toBe(2);
    for (const queued of sent) network.deliver(queued);
    network.deliverAll();
    expect(network.appliedData(2)).toHaveLength(11);
  });

  it('the inflight window bounds the appends outstanding to a follower by bytes', () => {
    const network = replicatingCluster({ maxInflightMessages: 100, maxInflightBytes: 100, maxSizePerMessageBytes: 50 });
    for (let value = 0; value < 10; value += 1) network.node(1).propose(new Uint8Array(40));
    const sent = network.takeQueued();
    // 40 + 40 < 100, the third append fills the window: three messages, then nothing.
    expect(sentTo(sent, 2, 'append')).toHaveLength(3);
    for (const queued of sent) network.deliver(queued);
    network.deliverAll();
    expect(network.raft(2).raftLog.committed).toBe(network.raft(1).raftLog.lastIndex());
  });

  it('maxSizePerMessageBytes splits a long catch-up into several appends', () => {
    const network = new Network({ voters: [1, 2, 3], options: { maxSizePerMessageBytes: 100 } });
    network.electLeader(1);
    network.isolate(3);
    for (let value = 0; value < 10; value += 1) network.node(1).propose(new Uint8Array(30));
    network.deliverAll();
    network.delivered = [];
    network.heal();
    network.tickAll(3);
    const appends = network.delivered.filter((sent) => sent.to === 3 && sent.type === 'append' && sent.entries.length > 0);
    expect(appends.length).toBeGreaterThanOrEqual(4);
    for (const append of appends) {
      const payload = append.entries.reduce((total, entry) => total + entry.data.length, 0);
      expect(append.entries.length === 1 || payload <= 100).toBe(true);
    }
    expect(network.raft(3).raftLog.lastIndex()).toBe(network.raft(1).raftLog.lastIndex());
  });
});

/** Total entries carried by a list of appends (each test append carries one entry here). */
function entriesCarried(appends: Message[]): number {
  return appends.reduce((total, append) => total + append.entries.length, 0);
}

describe('persistence ordering', () => {
  it('the leader sends appends before its own persist; follower acknowledgements wait for theirs', () => {
    const network = new Network({ voters: [1, 2, 3] });
    network.electLeader(1);
    const leader = network.node(1);
    leader.propose(bytes('x'));
    const leaderReady = leader.ready();
    expect(sentTo(leaderReady.messagesBeforePersist, 2, 'append')).toHaveLength(1);
    expect(leaderReady.messages.filter((sent) => sent.type === 'append')).toEqual([]);
    expect(leaderReady.entries).toHaveLength(1);

    const follower = network.node(2);
    for (const sent of sentTo(leaderReady.messagesBeforePersist, 2, 'append')) follower.step(sent);
    const followerReady = follower.ready();
    expect(followerReady.messagesBeforePersist).toEqual([]);
    expect(followerReady.messages.map((sent) => sent.type)).toEqual(['append-response']);
    network.storages.get(2 as never)?.append(followerReady.entries);
    follower.advance();

    // One follower acknowledged, but the leader has not persisted: no quorum yet (1 of 3 durable).
    const commitBefore = leader.status().hardState.commit;
    leader.step(followerReady.messages[0]);
    expect(leader.status().hardState.commit).toBe(commitBefore);
    network.storages.get(1 as never)?.append(leaderReady.entries);
    leader.advance();
    expect(leader.status().hardState.commit).toBe(leaderReady.entries[0].index);
  });

  it('a candidate sends its votes only in messages (after persisting its term and vote)', () => {
    const network = new Network({ voters: [1, 2, 3], options: { preVote: false, checkQuorum: false } });
    const candidate = network.node(1);
    candidate.campaign();
    const ready = candidate.ready();
    expect(ready.messagesBeforePersist).toEqual([]);
    expect(ready.messages.map((sent) => sent.type)).toEqual(['vote', 'vote']);
    expect(ready.hardState).toMatchObject({ term: 1, vote: 1 });
    expect(ready.mustSync).toBe(true);
  });

  it('a voter grants only in messages', () => {
    const network = new Network({ voters: [1, 2, 3], options: { preVote: false, checkQuorum: false } });
    network.node(2).step(message('vote', 1, 2, 1));
    const ready = network.node(2).ready();
    expect(ready.messagesBeforePersist).toEqual([]);
    expect(ready.messages).toHaveLength(1);
    expect(ready.hardState).toMatchObject({ term: 1, vote: 1 });
  });
});

describe('recovery from lost appends', () => {
  // Regression: in 2806ff9 a heartbeat response with a full window sent entries into the full
  // Inflights and threw InvariantViolation (etcd sends an empty append in that case).
  it('the leader survives a heartbeat response while the appends that filled the window were lost', () => {
    const network = new Network({ voters: [1, 2, 3], options: { maxInflightMessages: 2, maxSizePerMessageBytes: 1 } });
    network.electLeader(1);
    network.propose(1, 'warm');
    expect(network.node(1).status().progress.get(2 as never)?.state).toBe('replicate');
    for (let value = 0; value < 5; value += 1) network.node(1).propose(bytes(`v${value}`));
    for (const sent of network.takeQueued()) if (sent.to !== 2) network.deliver(sent);
    network.deliverAll();
    expect(() => network.tickAll(5)).not.toThrow();
    expect(network.appliedData(2)).toEqual(network.appliedData(1));
  });

  it('a caught-up follower sent back to probing returns to replicate on its next acknowledgement', () => {
    const network = new Network({ voters: [1, 2, 3] });
    network.electLeader(1);
    network.propose(1, 'a');
    network.node(1).reportUnreachable(3 as never);
    expect(network.node(1).status().progress.get(3 as never)?.state).toBe('probe');
    network.tickAll(1);
    expect(network.node(1).status().progress.get(3 as never)?.state).toBe('replicate');
    // Once back, heartbeats no longer draw probing appends.
    network.delivered = [];
    network.tickAll(2);
    expect(network.delivered.filter((sent) => sent.type === 'append')).toEqual([]);
  });

  it('appends lost to a probing follower are retried on the next heartbeat response', () => {
    const network = new Network({ voters: [1, 2, 3] });
    network.electLeader(1);
    network.filter((sent) => !(sent.type === 'append' && sent.to === 3));
    network.propose(1, 'a');
    network.node(1).reportUnreachable(3 as never);
    network.propose(1, 'b');
    network.heal();
    network.tickAll(3);
    expect(network.appliedData(3)).toEqual(['a', 'b']);
  });
});

describe('proposals and stale messages', () => {
  it('a follower refuses a proposal with NotLeaderError naming the leader; a node without a leader names none', () => {
    const network = new Network({ voters: [1, 2, 3] });
    expect(() => network.node(2).propose(bytes('x'))).toThrow(expect.objectContaining({ code: 'TESSERA_NOT_LEADER', leaderHint: 0 }));
    network.electLeader(1);
    expect(() => network.node(2).propose(bytes('x'))).toThrow(expect.objectContaining({ code: 'TESSERA_NOT_LEADER', leaderHint: 1 }));
  });

  it('an append from an older term is answered with the current term and changes nothing', () => {
    const follower = newRaft(2, [1, 2, 3], { checkQuorum: true, storage: storageWith([1, 2, 3], [1, 2], 3) });
    follower.step(message('append', 1, 2, 2, { index: 2, logTerm: 2, entries: [{ term: 2, index: 3, type: 'normal', data: new Uint8Array(0) }], commit: 3 }));
    expect(follower.raftLog.lastIndex()).toBe(2);
    expect(follower.raftLog.committed).toBe(0);
    expect(drain(follower)).toMatchObject([{ type: 'append-response', to: 1, term: 3 }]);
  });

  it('an append entirely below the follower commit index is acknowledged with the commit index', () => {
    const follower = newRaft(2, [1, 2, 3], { checkQuorum: false, storage: storageWith([1, 2, 3], [1, 1, 1, 1, 1], 1) });
    follower.raftLog.commitTo(5);
    follower.step(message('append', 1, 2, 1, { index: 1, logTerm: 1, entries: [{ term: 1, index: 2, type: 'normal', data: new Uint8Array(0) }], commit: 2 }));
    expect(drain(follower)).toMatchObject([{ type: 'append-response', index: 5, reject: false }]);
  });

  it('a leader that hears of a higher term steps down', () => {
    const leader = newRaft(1, [1, 2, 3], { checkQuorum: false, preVote: false });
    makeLeader(leader, [2]);
    leader.step(message('append-response', 3, 1, leader.term + 1));
    expect(leader.role).toBe('follower');
    expect(leader.term).toBe(2);
  });

  it('a duplicated acknowledgement does not move match backwards or commit twice', () => {
    const network = new Network({ voters: [1, 2, 3] });
    network.electLeader(1);
    network.propose(1, 'a');
    const ack = network.delivered.filter((sent) => sent.type === 'append-response' && sent.from === 2).at(0);
    expect(ack).toBeDefined();
    network.propose(1, 'b');
    const before = network.node(1).status().progress.get(2 as never);
    network.deliver(ack as Message);
    network.deliverAll();
    expect(network.node(1).status().progress.get(2 as never)?.match).toBe(before?.match);
    expect(network.appliedData(1)).toEqual(['a', 'b']);
  });
});
