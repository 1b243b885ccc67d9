import { assert } from './invariant.js';
import type { Raft } from './raft.js';
import { bcastHeartbeat } from './step-leader.js';
import { noNode } from './types.js';

/**
 * Quiescence of idle groups (CockroachDB's quiesce, TiKV's hibernate regions), the parts that
 * touch Raft state. A quiesced group is simply one its host stops ticking: no heartbeats, no
 * election clock, no CheckQuorum. Ticks only ever drive liveness and leases, never safety, so
 * holding the clock still cannot break the log; what it can break is handled here and by the host:
 *
 * - A leader goes quiet only when nothing is in flight (canQuiesce), and says so with one last
 *   heartbeat (the host marks it as the quiesce notice, so followers stop ticking too).
 * - Time does not stop while the clock does. resume() moves the clock over the ticks the host
 *   skipped, so a leader's lease is judged on real time (a stale clock would stretch it) and a
 *   follower's election timer counts the silence of its leader.
 * - The host pins a quiesced follower's election timer to the liveness of its leader's node: it
 *   passes only the ticks since it last heard from that node, which is never more than the ticks
 *   since the follower last heard from the leader itself. A follower therefore never campaigns
 *   (nor grants a vote) sooner than an always-ticking one would, and the leader's lease argument
 *   holds unchanged.
 */

/**
 * True when a leader has nothing in flight: every entry is stable, committed, applied and held by
 * every member, every member answered in the current CheckQuorum window, no read waits, and no
 * transfer or membership change is under way. Only then can
 * the group go without ticks until something new happens to it.
 */
export function canQuiesce(raft: Raft): boolean {
  if (raft.role !== 'leader') return false;
  if (raft.leadTransferee !== noNode) return false;
  if (raft.tracker.config.voters.isJoint()) return false;
  const log = raft.raftLog;
  const lastIndex = log.lastIndex();
  if (log.committed !== lastIndex) return false;
  if (log.applied !== lastIndex) return false;
  if (log.stableLastIndex() !== lastIndex || log.unstable.snapshot !== null) return false;
  if (raft.pendingConfIndex > log.applied) return false;
  if (raft.readOnly.pendingCount() > 0 || raft.readsWaitingForCommit.length > 0) return false;
  for (const [id, progress] of raft.tracker.progress) {
    if (progress.match !== lastIndex) return false;
    // A follower not heard from in this CheckQuorum window may be unreachable (or only its answers
    // are lost): the leader stays awake so CheckQuorum can depose it.
    if (id !== raft.id && (progress.state !== 'replicate' || !progress.recentActive)) return false;
  }
  return true;
}

/**
 * Makes an idle leader broadcast the heartbeat that announces its quiescence; false (and nothing
 * sent) when canQuiesce does not hold. The caller stops ticking the group once this returns true.
 */
export function quiesce(raft: Raft): boolean {
  if (!canQuiesce(raft)) return false;
  raft.heartbeatElapsed = 0;
  bcastHeartbeat(raft);
  return true;
}

/**
 * Restarts the clock of a group that was not ticked for `skippedTicks` ticks.
 *
 * A leader moves its lease clock over the gap — a lease acknowledged before the gap is judged as
 * old as it really is — without the heartbeats and CheckQuorum rounds it skipped: its
 * CheckQuorum window starts afresh, and only followers that answer from now on count as active.
 *
 * Any other role counts the gap as silence from the leader, as `skippedTicks` ticks would, but
 * campaigns at most once for it.
 */
export function resume(raft: Raft, skippedTicks: number): void {
  assert(Number.isSafeInteger(skippedTicks) && skippedTicks >= 0, `skipped ticks ${skippedTicks} must be a non-negative integer`);
  raft.now += skippedTicks;
  if (raft.role === 'leader') {
    raft.electionElapsed = 0;
    raft.heartbeatElapsed = 0;
    raft.tracker.progress.forEach((progress, id) => {
      if (id !== raft.id) progress.recentActive = false;
    });
    return;
  }
  raft.electionElapsed += skippedTicks;
  raft.leaderContactElapsed += skippedTicks;
  if (raft.promotable() && raft.electionElapsed >= raft.randomizedElectionTimeout) {
    raft.electionElapsed = 0;
    raft.hup(false);
  }
}
