import { describe, expect, it } from 'vitest';
import { makeMessage } from '../../src/raft/message.js';
import type { Ready } from '../../src/raft/ready.js';
import { nodeId, type NodeId } from '../../src/raft/types.js';
import { Quiescence } from '../../src/server/quiescence.js';
import type { Replica } from '../../src/server/replica.js';

const self = nodeId(1);
const peer = nodeId(2);
const electionTicks = 10;

/** The parts of a Replica the bookkeeping touches, recording what it asks of Raft. */
function fakeReplica(options: { idle?: boolean; quiesces?: boolean; follows?: { leader: NodeId; term: number }; membersOn?: NodeId[] } = {}) {
  const resumed: number[] = [];
  const replica = {
    shardId: 1,
    quiet: null as Replica['quiet'],
    ingesting: false,
    lastActiveTick: 0,
    isIdle: () => options.idle ?? true,
    hasMemberOn: (id: NodeId) => (options.membersOn ?? [self, peer]).includes(id),
    raw: {
      quiesce: () => options.quiesces ?? true,
      resume: (skippedTicks: number) => resumed.push(skippedTicks),
      status: () => ({ softState: { role: 'follower', leader: options.follows?.leader ?? 0 }, hardState: { term: options.follows?.term ?? 0 } }),
    },
  };
  return { replica: replica as unknown as Replica, resumed };
}

function ticked(quiescence: Quiescence, count: number): void {
  for (let tick = 0; tick < count; tick += 1) quiescence.tick();
}

function emptyReady(fields: Partial<Ready> = {}): Ready {
  return { softState: null, hardState: null, snapshot: null, entries: [], committedEntries: [], messagesBeforePersist: [], messages: [], readStates: [], mustSync: false, ...fields };
}

describe('Quiescence bookkeeping', () => {
  it('a leader quiesces only after the idle ticks, only when idle, and only when Raft agrees', () => {
    const quiescence = new Quiescence({ nodeId: self, electionTicks, idleTicksBeforeQuiesce: 3 });
    const { replica } = fakeReplica();
    ticked(quiescence, 2);
    expect(quiescence.maybeQuiesceLeader(replica)).toBe(false);
    ticked(quiescence, 1);
    expect(quiescence.maybeQuiesceLeader(replica)).toBe(true);
    expect(replica.quiet).toEqual({ sinceTick: 3, leader: self });
    expect(quiescence.maybeQuiesceLeader(fakeReplica({ idle: false }).replica)).toBe(false);
    expect(quiescence.maybeQuiesceLeader(fakeReplica({ quiesces: false }).replica)).toBe(false);
  });

  it('a leader resumes with every tick it skipped', () => {
    const quiescence = new Quiescence({ nodeId: self, electionTicks, idleTicksBeforeQuiesce: 0 });
    const { replica, resumed } = fakeReplica();
    ticked(quiescence, 4);
    quiescence.maybeQuiesceLeader(replica);
    quiescence.contact(peer);
    ticked(quiescence, 25);
    quiescence.wake(replica);
    expect(resumed).toEqual([25]);
    expect(replica.quiet).toBeNull();
    quiescence.wake(replica);
    expect(resumed).toEqual([25]);
  });

  it("a follower's election clock is pinned to its leader's last contact", () => {
    const quiescence = new Quiescence({ nodeId: self, electionTicks, idleTicksBeforeQuiesce: 0 });
    const { replica, resumed } = fakeReplica({ follows: { leader: peer, term: 4 } });
    ticked(quiescence, 5);
    quiescence.contact(peer);
    quiescence.maybeFollowQuiesce(replica, peer, 4);
    expect(replica.quiet).toEqual({ sinceTick: 5, leader: peer });
    ticked(quiescence, 30);
    quiescence.contact(peer);
    ticked(quiescence, 7);
    quiescence.wake(replica);
    // Silence since the last beat of the leader's node, not since the quiesce notice.
    expect(resumed).toEqual([7]);
  });

  it('a follower does not quiesce for a leader it does not follow, or in another term', () => {
    const quiescence = new Quiescence({ nodeId: self, electionTicks, idleTicksBeforeQuiesce: 0 });
    const other = fakeReplica({ follows: { leader: nodeId(3), term: 4 } }).replica;
    quiescence.maybeFollowQuiesce(other, peer, 4);
    expect(other.quiet).toBeNull();
    const stale = fakeReplica({ follows: { leader: peer, term: 5 } }).replica;
    quiescence.maybeFollowQuiesce(stale, peer, 4);
    expect(stale.quiet).toBeNull();
  });

  it('reports a peer once when it has been silent for an election timeout, again only after new contact', () => {
    const quiescence = new Quiescence({ nodeId: self, electionTicks, idleTicksBeforeQuiesce: 0 });
    quiescence.contact(peer);
    ticked(quiescence, electionTicks - 1);
    expect(quiescence.newlySilentPeers()).toEqual([]);
    ticked(quiescence, 1);
    expect(quiescence.newlySilentPeers()).toEqual([peer]);
    ticked(quiescence, 5);
    expect(quiescence.newlySilentPeers()).toEqual([]);
    quiescence.contact(peer);
    ticked(quiescence, electionTicks);
    expect(quiescence.newlySilentPeers()).toEqual([peer]);
  });

  it("lists the quiet replicas depending on a peer: followers of its groups, and this node's quiet groups with a replica on it", () => {
    const quiescence = new Quiescence({ nodeId: self, electionTicks, idleTicksBeforeQuiesce: 0 });
    const follower = fakeReplica({ follows: { leader: peer, term: 1 } }).replica;
    quiescence.maybeFollowQuiesce(follower, peer, 1);
    const leader = fakeReplica().replica;
    quiescence.maybeQuiesceLeader(leader);
    const leaderElsewhere = fakeReplica({ membersOn: [self, nodeId(3), nodeId(4)] }).replica;
    quiescence.maybeQuiesceLeader(leaderElsewhere);
    const awake = fakeReplica().replica;
    const all = [follower, leader, leaderElsewhere, awake];
    expect(quiescence.dependingOn(peer, all)).toEqual([follower, leader]);
    expect(quiescence.dependingOn(nodeId(3), all)).toEqual([leaderElsewhere]);
    expect(quiescence.dependingOn(self, all)).toEqual([]);
  });

  it('only the quiesce notice keeps a quiet follower asleep; a quiet leader sleeps through heartbeat responses only', () => {
    const quiescence = new Quiescence({ nodeId: self, electionTicks, idleTicksBeforeQuiesce: 0 });
    const follower = fakeReplica({ follows: { leader: peer, term: 1 } }).replica;
    quiescence.maybeFollowQuiesce(follower, peer, 1);
    const heartbeat = makeMessage({ type: 'heartbeat', from: peer, to: self, term: 1 });
    expect(quiescence.keepsQuiet(follower, heartbeat, true)).toBe(true);
    expect(quiescence.keepsQuiet(follower, heartbeat, false)).toBe(false);
    expect(quiescence.keepsQuiet(follower, { ...heartbeat, from: nodeId(3) }, true)).toBe(false);
    expect(quiescence.keepsQuiet(follower, { ...heartbeat, type: 'append' }, true)).toBe(false);
    const leader = fakeReplica().replica;
    quiescence.maybeQuiesceLeader(leader);
    const response = makeMessage({ type: 'heartbeat-response', from: peer, to: self, term: 1 });
    expect(quiescence.keepsQuiet(leader, response, false)).toBe(true);
    expect(quiescence.keepsQuiet(leader, { ...response, type: 'read-index' }, false)).toBe(false);
    expect(quiescence.keepsQuiet(leader, { ...response, type: 'prevote' }, false)).toBe(false);
  });

  it('a quiet Ready holds heartbeats, their answers, a commit and its applies — nothing else', () => {
    const quiescence = new Quiescence({ nodeId: self, electionTicks, idleTicksBeforeQuiesce: 0 });
    const heartbeat = makeMessage({ type: 'heartbeat', from: self, to: peer, term: 1 });
    const entry = { index: 3, term: 1, type: 'normal' as const, data: new Uint8Array(0) };
    expect(quiescence.quietReady(emptyReady({ messagesBeforePersist: [heartbeat], committedEntries: [entry], hardState: { term: 1, vote: 0 as NodeId, commit: 3 } }))).toBe(true);
    expect(quiescence.quietReady(emptyReady({ messagesBeforePersist: [{ ...heartbeat, type: 'timeout-now' }] }))).toBe(false);
    expect(quiescence.quietReady(emptyReady({ messages: [{ ...heartbeat, type: 'append-response' }] }))).toBe(false);
    expect(quiescence.quietReady(emptyReady({ softState: { role: 'follower', leader: peer } }))).toBe(false);
    expect(quiescence.quietReady(emptyReady({ entries: [entry] }))).toBe(false);
    expect(quiescence.quietReady(emptyReady({ readStates: [{ index: 3, context: new Uint8Array(0) }] }))).toBe(false);
  });
});
