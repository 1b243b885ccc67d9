import { describe, expect, it } from 'vitest';
import { encodeConfChange } from '../../src/raft/conf-change-codec.js';
import { drain, makeLeader, message, newRaft, storageWith, tickTimes } from './harness/fixtures.js';
import { Network } from './harness/network.js';
import type { Message } from '../../src/raft/types.js';

const noLease = { checkQuorum: false, preVote: false };

function responses(messages: Message[], type: Message['type']): Message[] {
  return messages.filter((sent) => sent.type === type);
}

describe('leader election (§5.2)', () => {
  it('a three-node cluster elects exactly one leader by timeouts alone', () => {
    const network = new Network({ voters: [1, 2, 3], seed: 5 });
    network.tickAll(40);
    const leader = network.leader();
    expect(leader).toBeDefined();
    const leaders = network.ids().filter((id) => network.node(id).status().softState.role === 'leader');
    expect(leaders).toEqual([leader]);
    for (const id of network.ids()) expect(network.node(id).status().softState.leader).toBe(leader);
  });

  it('a single-voter group becomes leader at once on campaign', () => {
    const raft = newRaft(1, [1], noLease);
    raft.hup(false);
    expect(raft.role).toBe('leader');
    expect(raft.term).toBe(1);
  });

  it('a single-voter group with PreVote still raises its term when it becomes leader', () => {
    const raft = newRaft(1, [1], { preVote: true, checkQuorum: true });
    raft.hup(false);
    expect(raft.role).toBe('leader');
    expect(raft.term).toBe(1);
    expect(raft.vote).toBe(1);
  });

  it('a candidate votes for itself, raises its term and asks every other voter', () => {
    const raft = newRaft(1, [1, 2, 3], noLease);
    raft.hup(false);
    expect(raft.role).toBe('candidate');
    expect(raft.term).toBe(1);
    expect(raft.vote).toBe(1);
    const sent = drain(raft);
    expect(sent.map((sent) => [sent.type, sent.to, sent.term])).toEqual([
      ['vote', 2, 1],
      ['vote', 3, 1],
    ]);
  });

  it('a candidate wins with a majority of grants and loses with a majority of rejections', () => {
    const winner = newRaft(1, [1, 2, 3, 4, 5], noLease);
    winner.hup(false);
    winner.step(message('vote-response', 2, 1, 1));
    expect(winner.role).toBe('candidate');
    winner.step(message('vote-response', 3, 1, 1));
    expect(winner.role).toBe('leader');

    const loser = newRaft(1, [1, 2, 3], noLease);
    loser.hup(false);
    loser.step(message('vote-response', 2, 1, 1, { reject: true }));
    expect(loser.role).toBe('candidate');
    loser.step(message('vote-response', 3, 1, 1, { reject: true }));
    expect(loser.role).toBe('follower');
    expect(loser.term).toBe(1);
  });

  it('a new leader appends an empty no-op entry of its term', () => {
    const raft = newRaft(1, [1, 2, 3], { ...noLease, storage: storageWith([1, 2, 3], [1, 1], 1) });
    makeLeader(raft, [2]);
    expect(raft.raftLog.lastIndex()).toBe(3);
    const noOp = raft.raftLog.slice(3, 4, Infinity)[0];
    expect(noOp).toMatchObject({ term: 2, type: 'normal' });
    expect(noOp.data.length).toBe(0);
  });
});

describe('randomized election timeouts', () => {
  it('a follower campaigns exactly electionTicks + randomInt(electionTicks) ticks after it last heard', () => {
    for (const random of [0, 3, 9]) {
      const bounds: number[] = [];
      const raft = newRaft(1, [1, 2, 3], { ...noLease, electionTicks: 10 });
      (raft.config as { randomInt: (bound: number) => number }).randomInt = (bound) => {
        bounds.push(bound);
        return random;
      };
      raft.becomeFollower(1, 0 as never);
      tickTimes(raft, 10 + random - 1);
      expect(raft.role).toBe('follower');
      raft.tick();
      expect(raft.role).toBe('candidate');
      expect(bounds.every((bound) => bound === 10)).toBe(true);
    }
  });

  it('timeouts stay within [electionTicks, 2 × electionTicks) across seeds', () => {
    for (let seed = 1; seed <= 20; seed += 1) {
      const network = new Network({ voters: [1, 2, 3], seed });
      for (const id of network.ids()) {
        const timeout = network.raft(id).randomizedElectionTimeout;
        expect(timeout).toBeGreaterThanOrEqual(10);
        expect(timeout).toBeLessThan(20);
      }
    }
  });
});

describe('voting rules', () => {
  function voter(): ReturnType<typeof newRaft> {
    // Log terms by index: 1:1 2:1 3:2.
    return newRaft(1, [1, 2, 3], { ...noLease, storage: storageWith([1, 2, 3], [1, 1, 2], 2) });
  }

  it.each([
    { logTerm: 1, index: 5, granted: false, why: 'lower last term, longer log' },
    { logTerm: 2, index: 2, granted: false, why: 'same last term, shorter log' },
    { logTerm: 2, index: 3, granted: true, why: 'same last term, same length' },
    { logTerm: 2, index: 4, granted: true, why: 'same last term, longer log' },
    { logTerm: 3, index: 1, granted: true, why: 'higher last term, shorter log' },
  ])('§5.4.1 up-to-date check: $why → granted $granted', ({ logTerm, index, granted }) => {
    const raft = voter();
    raft.step(message('vote', 2, 1, 3, { logTerm, index }));
    const [response] = drain(raft);
    expect(response).toMatchObject({ type: 'vote-response', to: 2, reject: !granted });
    expect(raft.vote).toBe(granted ? 2 : 0);
  });

  it('one vote per term: a second candidate in the same term is rejected, the first may ask again', () => {
    const raft = voter();
    raft.step(message('vote', 2, 1, 3, { logTerm: 2, index: 3 }));
    raft.step(message('vote', 3, 1, 3, { logTerm: 2, index: 3 }));
    raft.step(message('vote', 2, 1, 3, { logTerm: 2, index: 3 }));
    expect(drain(raft).map((sent) => [sent.to, sent.reject])).toEqual([
      [2, false],
      [3, true],
      [2, false],
    ]);
    expect(raft.vote).toBe(2);
  });

  it('a node that knows a leader in its term does not vote in that term', () => {
    const raft = voter();
    raft.step(message('append', 2, 1, 3, { index: 3, logTerm: 2 }));
    drain(raft);
    raft.step(message('vote', 3, 1, 3, { logTerm: 9, index: 9 }));
    expect(drain(raft)[0]).toMatchObject({ type: 'vote-response', reject: true });
  });

  it('a voter answering twice is counted once, with its first answer', () => {
    const raft = newRaft(1, [1, 2, 3, 4, 5], noLease);
    raft.hup(false);
    raft.step(message('vote-response', 2, 1, 1));
    raft.step(message('vote-response', 2, 1, 1, { reject: true }));
    raft.step(message('vote-response', 3, 1, 1));
    expect(raft.role).toBe('leader');
    const other = newRaft(1, [1, 2, 3, 4, 5], noLease);
    other.hup(false);
    other.step(message('vote-response', 2, 1, 1));
    other.step(message('vote-response', 2, 1, 1));
    expect(other.role).toBe('candidate');
  });

  it('a candidate steps down on a message of a higher term', () => {
    const raft = newRaft(1, [1, 2, 3], noLease);
    raft.hup(false);
    raft.step(message('vote-response', 2, 1, 5, { reject: true }));
    expect(raft.role).toBe('follower');
    expect(raft.term).toBe(5);
    expect(raft.vote).toBe(0);
  });

  it('a candidate follows a leader that appends in its own term', () => {
    const raft = newRaft(1, [1, 2, 3], noLease);
    raft.hup(false);
    raft.step(message('append', 2, 1, 1));
    expect(raft.role).toBe('follower');
    expect(raft.lead).toBe(2);
  });

  it('a learner never campaigns, and its vote does not count', () => {
    const learner = newRaft(3, [1, 2], { ...noLease, learners: [3] });
    tickTimes(learner, 100);
    expect(learner.role).toBe('follower');
    expect(learner.term).toBe(0);

    const candidate = newRaft(1, [1, 2], { ...noLease, learners: [3] });
    candidate.hup(false);
    expect(drain(candidate).map((sent) => sent.to)).toEqual([2]);
    candidate.step(message('vote-response', 3, 1, 1));
    expect(candidate.role).toBe('candidate');
    candidate.step(message('vote-response', 2, 1, 1));
    expect(candidate.role).toBe('leader');
  });
});

describe('PreVote', () => {
  it('an isolated node with PreVote keeps its term however long it campaigns', () => {
    const raft = newRaft(1, [1, 2, 3], { preVote: true, checkQuorum: false });
    tickTimes(raft, 200);
    expect(raft.term).toBe(0);
    expect(raft.role).toBe('pre-candidate');
    expect(drain(raft).every((sent) => sent.type === 'prevote' && sent.term === 1)).toBe(true);
  });

  it('without PreVote the same isolated node inflates its term', () => {
    const raft = newRaft(1, [1, 2, 3], noLease);
    tickTimes(raft, 200);
    expect(raft.term).toBeGreaterThan(5);
  });

  it('granting a prevote changes neither the voter term nor its vote', () => {
    const raft = newRaft(1, [1, 2, 3], { preVote: true, checkQuorum: false });
    raft.step(message('prevote', 2, 1, 1, { logTerm: 0, index: 0 }));
    expect(drain(raft)[0]).toMatchObject({ type: 'prevote-response', term: 1, reject: false });
    expect(raft.term).toBe(0);
    expect(raft.vote).toBe(0);
  });

  it('a pre-candidate becomes a candidate only after a quorum of prevotes', () => {
    const raft = newRaft(1, [1, 2, 3], { preVote: true, checkQuorum: false });
    raft.hup(false);
    expect(raft.role).toBe('pre-candidate');
    raft.step(message('prevote-response', 2, 1, 1));
    expect(raft.role).toBe('candidate');
    expect(raft.term).toBe(1);
  });

  it('a partitioned node rejoining with PreVote does not disrupt the leader', () => {
    const network = new Network({ voters: [1, 2, 3] });
    network.electLeader(1);
    const term = network.node(1).status().hardState.term;
    network.isolate(3);
    network.tickAll(100);
    network.propose(1, 'while-partitioned');
    expect(network.node(3).status().hardState.term).toBe(term);
    network.heal();
    network.tickAll(30);
    expect(network.leader()).toBe(1);
    for (const id of network.ids()) expect(network.node(id).status().hardState.term).toBe(term);
    expect(network.appliedData(3)).toEqual(['while-partitioned']);
  });
});

describe('CheckQuorum', () => {
  it('an isolated leader steps down within an election timeout or two', () => {
    const network = new Network({ voters: [1, 2, 3] });
    network.electLeader(1);
    network.isolate(1);
    network.tick(1, 20);
    expect(network.node(1).status().softState.role).toBe('follower');
  });

  it('a connected leader stays leader indefinitely', () => {
    const network = new Network({ voters: [1, 2, 3] });
    network.electLeader(1);
    network.tickAll(100);
    expect(network.leader()).toBe(1);
  });

  it('a follower in contact with a leader ignores a higher-term campaign without raising its term', () => {
    const raft = newRaft(2, [1, 2, 3], { checkQuorum: true, preVote: false, random: 9 });
    raft.step(message('heartbeat', 1, 2, 1));
    drain(raft);
    raft.step(message('vote', 3, 2, 2, { logTerm: 5, index: 5 }));
    expect(drain(raft)).toEqual([]);
    expect(raft.term).toBe(1);
    tickTimes(raft, 10);
    // Out of contact for a whole election timeout (but not yet campaigning): the same campaign now gets its vote.
    expect(raft.role).toBe('follower');
    raft.step(message('vote', 3, 2, 2, { logTerm: 5, index: 5 }));
    expect(responses(drain(raft), 'vote-response')[0]).toMatchObject({ reject: false, term: 2 });
  });

  it('a freshly started node ignores campaigns for one election timeout (it may have acked a lease before restarting)', () => {
    const raft = newRaft(2, [1, 2, 3], { checkQuorum: true, preVote: false, random: 5 });
    raft.step(message('vote', 1, 2, 1));
    expect(drain(raft)).toEqual([]);
    tickTimes(raft, 10);
    raft.step(message('vote', 1, 2, 1));
    expect(responses(drain(raft), 'vote-response')[0]).toMatchObject({ reject: false });
  });

  it('PreVote with CheckQuorum: after the leader is cut off, the others elect a new leader and the old one steps down', () => {
    const network = new Network({ voters: [1, 2, 3] });
    network.electLeader(1);
    const oldTerm = network.node(1).status().hardState.term;
    network.isolate(1);
    // An explicit campaign while the followers still trust the lease goes nowhere.
    network.node(2).campaign();
    network.deliverAll();
    expect(network.node(2).status().softState.role).not.toBe('leader');
    expect(network.node(3).status().hardState.term).toBe(oldTerm);
    network.tickAll(40);
    const newLeader = network.leader();
    expect([2, 3]).toContain(newLeader);
    // Stepped down; it may campaign, but PreVote keeps its term where it was.
    expect(network.node(1).status().softState.role).not.toBe('leader');
    expect(network.node(1).status().hardState.term).toBe(oldTerm);
    network.heal();
    network.tickAll(5);
    expect(network.node(1).status().softState.leader).toBe(newLeader);
  });

  it('a stuck higher-term candidate (no PreVote) is freed: it forces the leader down and a leader emerges', () => {
    const network = new Network({ voters: [1, 2, 3], options: { preVote: false, checkQuorum: true } });
    network.electLeader(1);
    network.propose(1, 'committed');
    network.isolate(3);
    network.tickAll(60);
    const stuckTerm = network.node(3).status().hardState.term;
    expect(stuckTerm).toBeGreaterThan(network.node(1).status().hardState.term);
    expect(network.node(3).status().softState.role).toBe('candidate');
    network.heal();
    network.tickAll(60);
    const leader = network.leader();
    expect(leader).toBeDefined();
    const terms = new Set(network.ids().map((id) => network.node(id).status().hardState.term));
    expect(terms.size).toBe(1);
    expect([...terms][0]).toBeGreaterThanOrEqual(stuckTerm);
    network.propose(leader as number, 'after');
    for (const id of network.ids()) expect(network.appliedData(id)).toEqual(['committed', 'after']);
  });
});

describe('campaign preconditions', () => {
  it('a node with a committed but unapplied conf change does not campaign, even on TimeoutNow', () => {
    const storage = storageWith([1, 2, 3], [1, 1], 1);
    const data = encodeConfChange({ transition: 'auto', changes: [{ type: 'add-learner', nodeId: 4 as never }], context: new Uint8Array(0) });
    storage.append([{ term: 1, index: 3, type: 'conf-change', data }]);
    storage.setHardState({ term: 1, vote: 0 as never, commit: 3 });
    const raft = newRaft(1, [1, 2, 3], { ...noLease, storage });
    tickTimes(raft, 50);
    expect(raft.role).toBe('follower');
    raft.step(message('timeout-now', 2, 1, 1));
    expect(raft.role).toBe('follower');
    raft.raftLog.appliedTo(3);
    raft.hup(false);
    expect(raft.role).toBe('candidate');
  });

  it('a leader heartbeat never tells a follower a commit index beyond what it matches', () => {
    const raft = newRaft(1, [1, 2, 3], { ...noLease, storage: storageWith([1, 2, 3], [1, 1, 1], 1) });
    makeLeader(raft, [2]);
    raft.step(message('append-response', 2, 1, 2, { index: 4 }));
    raft.step(message('append-response', 3, 1, 2, { index: 4 }));
    expect(raft.raftLog.committed).toBe(4);
    drain(raft);
    raft.tracker.progress.get(3 as never)!.match = 1;
    tickTimes(raft, 1);
    const heartbeats = drain(raft).filter((sent) => sent.type === 'heartbeat');
    expect(heartbeats.map((sent) => [sent.to, sent.commit])).toEqual([
      [2, 4],
      [3, 1],
    ]);
  });
});
