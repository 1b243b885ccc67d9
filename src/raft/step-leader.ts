import { isLogGapError, isSnapshotTemporarilyUnavailable } from './errors.js';
import { entriesPayloadBytes } from './raft-log.js';
import { decodeRound, encodeRound, type PendingRead } from './read-only.js';
import { makeMessage } from './message.js';
import type { Raft } from './raft.js';
import type { Progress } from './tracker/progress.js';
import type { Message, NodeId } from './types.js';
import { noNode } from './types.js';

/** A follower stuck in the snapshot state this long (in election timeouts) is probed again: the snapshot was lost. */
const snapshotRetryElectionTimeouts = 2;

/** The leader's clock: heartbeats, CheckQuorum, abandoning a stalled transfer, retrying lost snapshots. */
export function tickLeader(raft: Raft): void {
  raft.leaderContactElapsed = 0;
  raft.heartbeatElapsed += 1;
  raft.electionElapsed += 1;
  if (raft.electionElapsed >= raft.config.electionTicks) {
    raft.electionElapsed = 0;
    if (raft.config.checkQuorum) {
      if (!raft.tracker.quorumActive()) {
        raft.config.logger.warn('stepping down: no quorum heard from within an election timeout', { term: raft.term });
        raft.becomeFollower(raft.term, noNode);
        return;
      }
      raft.tracker.visit((id, progress) => {
        if (id !== raft.id) progress.recentActive = false;
      });
    }
    // A transfer that did not finish within an election timeout is abandoned so proposals flow again.
    raft.leadTransferee = noNode;
    retryLostSnapshots(raft);
  }
  if (raft.heartbeatElapsed >= raft.config.heartbeatTicks) {
    raft.heartbeatElapsed = 0;
    bcastHeartbeat(raft);
  }
}

function retryLostSnapshots(raft: Raft): void {
  const deadline = raft.config.electionTicks * snapshotRetryElectionTimeouts;
  for (const [id, sentTick] of raft.snapshotSentTick) {
    const progress = raft.tracker.progress.get(id);
    if (progress === undefined || progress.state !== 'snapshot') {
      raft.snapshotSentTick.delete(id);
    } else if (raft.now - sentTick >= deadline) {
      raft.snapshotSentTick.delete(id);
      progress.becomeProbe();
    }
  }
}

export function bcastHeartbeat(raft: Raft): void {
  raft.tracker.visit((id, progress) => {
    if (id !== raft.id) sendHeartbeat(raft, id, progress);
  });
}

function sendHeartbeat(raft: Raft, to: NodeId, progress: Progress): void {
  const context = encodeRound(raft.readOnly.broadcastRound());
  // A follower may not have entries up to our commit index yet: never tell it more than it matches.
  const commit = Math.min(progress.match, raft.raftLog.committed);
  raft.send(makeMessage({ type: 'heartbeat', to, from: raft.id, term: raft.term, commit, context, index: raft.now }));
}

/** Sends what each follower is missing; with sendIfEmpty also an empty append to carry the commit index. */
export function bcastAppend(raft: Raft, sendIfEmpty = true): void {
  raft.tracker.visit((id) => {
    if (id !== raft.id) maybeSendAppend(raft, id, sendIfEmpty);
  });
}

/**
 * Tells the followers that lack it the commit index, which acknowledgements moved since they were
 * last told: once per Ready, not once per acknowledgement, and not to followers that appends of
 * entries proposed meanwhile already told. With lazyCommitBroadcast not even then: the next
 * proposal's appends carry it anyway (under steady writes one comes within a round trip), so an
 * empty append goes only once a tick has passed without one. A follower that asks for a read index
 * is told at once (serveReads), so its reads never wait for this. Called when a Ready is taken.
 */
export function flushCommitBroadcast(raft: Raft): void {
  if (!raft.commitBroadcastPending) return;
  if (raft.role !== 'leader') {
    raft.commitBroadcastPending = false;
    return;
  }
  const committed = raft.raftLog.committed;
  const lacking: NodeId[] = [];
  raft.tracker.visit((id, progress) => {
    if (id !== raft.id && progress.sentCommit < committed) lacking.push(id);
  });
  if (lacking.length > 0 && !commitBroadcastDue(raft)) return;
  raft.commitBroadcastPending = false;
  for (const id of lacking) {
    // A follower whose append window is full still learns the commit index, from a heartbeat.
    if (maybeSendAppend(raft, id, true)) continue;
    const progress = raft.tracker.progress.get(id);
    if (progress !== undefined && progress.state !== 'snapshot') sendHeartbeat(raft, id, progress);
  }
}

/** True when followers must be told a commit index at the next Ready (see flushCommitBroadcast). */
export function commitBroadcastDue(raft: Raft): boolean {
  return raft.commitBroadcastPending && (!raft.config.lazyCommitBroadcast || raft.now > raft.commitMovedAt);
}

/** Sends the next append (or a snapshot when the log no longer has what the follower needs). */
export function maybeSendAppend(raft: Raft, to: NodeId, sendIfEmpty: boolean): boolean {
  const progress = raft.tracker.progress.get(to);
  if (progress === undefined || progress.isPaused()) return false;
  const previousIndex = progress.next - 1;
  const previousTerm = raft.raftLog.term(previousIndex);
  if (previousTerm === undefined) return maybeSendSnapshot(raft, to, progress);
  // A follower that needs the log from its very start gets a snapshot when there is one: the founding
  // membership is not in the log, so a joiner replaying it would not know the group it joins.
  if (previousIndex === 0 && maybeSendSnapshot(raft, to, progress)) return true;
  let entries;
  try {
    entries = raft.raftLog.entriesFrom(progress.next, raft.config.maxSizePerMessageBytes);
  } catch (error) {
    if (isLogGapError(error)) return maybeSendSnapshot(raft, to, progress);
    throw error;
  }
  if (entries.length === 0 && !sendIfEmpty) return false;
  raft.send(
    makeMessage({ type: 'append', to, from: raft.id, term: raft.term, index: previousIndex, logTerm: previousTerm, entries, commit: raft.raftLog.committed }),
  );
  progress.updateOnEntriesSend(entries.length, entriesPayloadBytes(entries), progress.next);
  progress.sentCommit = raft.raftLog.committed;
  return true;
}

function maybeSendSnapshot(raft: Raft, to: NodeId, progress: Progress): boolean {
  // Only to a follower we heard from recently: a snapshot to a dead node is wasted work.
  if (!progress.recentActive) return false;
  let snapshot;
  try {
    snapshot = raft.raftLog.snapshot();
  } catch (error) {
    if (isSnapshotTemporarilyUnavailable(error)) return false;
    throw error;
  }
  if (snapshot.metadata.index === 0) return false;
  progress.becomeSnapshot(snapshot.metadata.index);
  raft.snapshotSentTick.set(to, raft.now);
  raft.send(makeMessage({ type: 'snapshot', to, from: raft.id, term: raft.term, snapshot }));
  return true;
}

export function stepLeader(raft: Raft, message: Message): void {
  if (message.type === 'read-index') {
    handleReadRequest(raft, message.context, message.from);
    return;
  }
  const progress = raft.tracker.progress.get(message.from);
  if (progress === undefined) return;
  if (message.type === 'append-response') handleAppendResponse(raft, message, progress);
  else if (message.type === 'heartbeat-response') handleHeartbeatResponse(raft, message, progress);
  else if (message.type === 'append' || message.type === 'heartbeat' || message.type === 'snapshot') {
    raft.config.logger.warn('another leader in our term: ignored', { from: message.from, term: raft.term });
  }
}

function handleAppendResponse(raft: Raft, message: Message, progress: Progress): void {
  progress.recentActive = true;
  if (message.reject) {
    let nextProbeIndex = message.rejectHint;
    if (message.logTerm > 0) nextProbeIndex = raft.raftLog.findConflictByTerm(message.rejectHint, message.logTerm).index;
    if (progress.maybeDecrTo(message.index, nextProbeIndex)) {
      if (progress.state === 'replicate') progress.becomeProbe();
      maybeSendAppend(raft, message.from, true);
    }
    return;
  }
  const wasPaused = progress.isPaused();
  // A probed follower that already holds everything acknowledges no new index, yet must leave the
  // probe state (etcd-io/raft, heartbeat_rep_recovers_from_probing.txt): a caught-up follower left
  // probing, e.g. after reportUnreachable, would otherwise be probed on every heartbeat forever.
  const probeAnswered = progress.state === 'probe' && progress.match === message.index;
  if (!progress.maybeUpdate(message.index) && !probeAnswered) return;
  if (progress.state === 'probe') {
    progress.becomeReplicate();
  } else if (progress.state === 'snapshot' && progress.match + 1 >= raft.raftLog.firstIndex()) {
    progress.becomeProbe();
    progress.becomeReplicate();
  } else if (progress.state === 'replicate') {
    progress.inflights.freeLE(message.index);
  }
  if (raft.maybeCommit()) {
    releaseReadsWaitingForCommit(raft);
    raft.noteCommitMoved();
  } else if (wasPaused) {
    maybeSendAppend(raft, message.from, true);
  }
  while (maybeSendAppend(raft, message.from, false)) {
    // Keep the pipeline full up to the inflight limit.
  }
  if (message.from === raft.leadTransferee && progress.match === raft.raftLog.lastIndex()) sendTimeoutNow(raft, message.from);
}

function handleHeartbeatResponse(raft: Raft, message: Message, progress: Progress): void {
  progress.recentActive = true;
  progress.msgAppFlowPaused = false;
  if (progress.state === 'replicate' && progress.inflights.full()) progress.inflights.freeFirstOne();
  raft.lease.acknowledge(message.from, message.index);
  if (progress.match < raft.raftLog.lastIndex() || progress.state === 'probe') maybeSendAppend(raft, message.from, true);
  const round = decodeRound(message.context);
  if (round === 0 || round > raft.readOnly.broadcastRound()) return;
  serveReads(raft, raft.readOnly.acknowledge(message.from, round, raft.id, raft.tracker.config.voters));
}

export function sendTimeoutNow(raft: Raft, to: NodeId): void {
  // From here on another node may win an election at any moment: no more lease reads in this term.
  raft.lease.revoke();
  raft.send(makeMessage({ type: 'timeout-now', to, from: raft.id, term: raft.term }));
}

/** Starts a transfer to `to` (thesis §3.10): catch it up, then tell it to campaign at once. */
export function transferLeadership(raft: Raft, to: NodeId): void {
  if (raft.role !== 'leader' || to === raft.id) return;
  if (!raft.tracker.config.voters.ids().has(to)) {
    raft.config.logger.warn('leader transfer target is not a voter: ignored', { to, term: raft.term });
    return;
  }
  if (raft.leadTransferee === to) return;
  raft.electionElapsed = 0;
  raft.leadTransferee = to;
  const progress = raft.tracker.progress.get(to);
  if (progress !== undefined && progress.match === raft.raftLog.lastIndex()) sendTimeoutNow(raft, to);
  else maybeSendAppend(raft, to, true);
}

function committedEntryInCurrentTerm(raft: Raft): boolean {
  return raft.raftLog.term(raft.raftLog.committed) === raft.term;
}

/**
 * A linearizable read at the leader (thesis §6.4): it is answered with the commit index once this
 * node has shown it is still leader — by a quorum heartbeat round, or by a valid lease.
 */
export function handleReadRequest(raft: Raft, context: Uint8Array, from: NodeId): void {
  if (!committedEntryInCurrentTerm(raft)) {
    // Our commit index may still lag the previous leader's until our no-op commits.
    raft.readsWaitingForCommit.push({ context, from });
    return;
  }
  const index = raft.raftLog.committed;
  if (raft.tracker.isSingleton()) {
    serveReads(raft, [{ context, from, index, round: 0 }]);
    return;
  }
  const leaseAllowed = raft.config.readMode === 'lease' && raft.config.checkQuorum;
  if (leaseAllowed && raft.lease.isValid(raft.now, raft.id, raft.tracker.config.voters)) {
    serveReads(raft, [{ context, from, index, round: 0 }]);
    return;
  }
  raft.readOnly.add(context, from, index);
}

export function releaseReadsWaitingForCommit(raft: Raft): void {
  if (raft.readsWaitingForCommit.length === 0 || !committedEntryInCurrentTerm(raft)) return;
  const waiting = raft.readsWaitingForCommit;
  raft.readsWaitingForCommit = [];
  for (const read of waiting) handleReadRequest(raft, read.context, read.from);
}

/** Broadcasts one heartbeat round for every read queued since the last one. Called when a Ready is taken. */
export function flushReadRound(raft: Raft): void {
  if (raft.role !== 'leader' || !raft.readOnly.needsBroadcast()) return;
  raft.readOnly.startBroadcast();
  bcastHeartbeat(raft);
}

function serveReads(raft: Raft, reads: PendingRead[]): void {
  for (const read of reads) {
    if (read.from === raft.id) {
      raft.readStates.push({ index: read.index, context: read.context });
    } else {
      // The follower serves the read once it has applied read.index, so it must learn that commit now.
      const progress = raft.tracker.progress.get(read.from);
      if (progress !== undefined && progress.sentCommit < read.index) maybeSendAppend(raft, read.from, true);
      raft.send(makeMessage({ type: 'read-index-response', to: read.from, from: raft.id, term: raft.term, index: read.index, context: read.context }));
    }
  }
}
