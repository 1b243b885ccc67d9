import { Changer } from './confchange/changer.js';
import { restore } from './confchange/restore.js';
import { makeMessage } from './message.js';
import { bcastAppend } from './step-leader.js';
import type { Raft } from './raft.js';
import { ProgressTracker } from './tracker/progress-tracker.js';
import type { Message, Snapshot } from './types.js';
import { noNode } from './types.js';

/** A message from the current leader: it is alive, so restart the election clock and trust its lease. */
function heardFromLeader(raft: Raft, message: Message): void {
  raft.electionElapsed = 0;
  raft.leaderContactElapsed = 0;
  raft.lead = message.from;
}

export function stepFollower(raft: Raft, message: Message): void {
  switch (message.type) {
    case 'append':
      heardFromLeader(raft, message);
      handleAppend(raft, message);
      return;
    case 'heartbeat':
      heardFromLeader(raft, message);
      handleHeartbeat(raft, message);
      return;
    case 'snapshot':
      heardFromLeader(raft, message);
      handleSnapshot(raft, message);
      return;
    case 'timeout-now':
      // The leader chose us: campaign now, skipping PreVote and the voters' lease (thesis §3.10).
      raft.hup(true);
      return;
    case 'read-index-response':
      raft.readStates.push({ index: message.index, context: message.context });
      return;
    default:
      return;
  }
}

export function stepCandidate(raft: Raft, message: Message): void {
  const ownResponseType = raft.role === 'pre-candidate' ? 'prevote-response' : 'vote-response';
  switch (message.type) {
    case 'append':
    case 'heartbeat':
    case 'snapshot':
      // A leader exists in our term (§5.2): give up and follow it.
      raft.becomeFollower(message.term, message.from);
      stepFollower(raft, message);
      return;
    case ownResponseType: {
      const result = raft.poll(message.from, !message.reject);
      if (result === 'won') {
        if (raft.role === 'pre-candidate') raft.campaign('election', false);
        else becomeLeaderAndAnnounce(raft);
      } else if (result === 'lost') {
        raft.becomeFollower(raft.term, noNode);
      }
      return;
    }
    default:
      return;
  }
}

function becomeLeaderAndAnnounce(raft: Raft): void {
  raft.becomeLeader();
  bcastAppend(raft);
}

function handleAppend(raft: Raft, message: Message): void {
  const log = raft.raftLog;
  if (raft.tracker.config.voters.ids().size === 0) {
    // A joiner without a membership takes no log: it needs a snapshot, which the leader sends once
    // this rejection walks its probe down to index 1. An append from index 1 is left unanswered, so
    // the leader retries once per heartbeat rather than in a tight loop.
    if (message.index > 0) raft.send(makeMessage({ type: 'append-response', to: message.from, from: raft.id, term: raft.term, index: message.index, reject: true, rejectHint: 0 }));
    return;
  }
  if (message.index < log.committed) {
    raft.send(makeMessage({ type: 'append-response', to: message.from, from: raft.id, term: raft.term, index: log.committed }));
    return;
  }
  const lastNewIndex = log.maybeAppend(message.index, message.logTerm, message.commit, message.entries);
  if (lastNewIndex !== undefined) {
    raft.send(makeMessage({ type: 'append-response', to: message.from, from: raft.id, term: raft.term, index: lastNewIndex }));
    return;
  }
  // Fast backtracking: tell the leader the last index that could match, and its term, so it can skip a whole term at once.
  const hint = log.findConflictByTerm(Math.min(message.index, log.lastIndex()), message.logTerm);
  raft.send(
    makeMessage({ type: 'append-response', to: message.from, from: raft.id, term: raft.term, index: message.index, reject: true, rejectHint: hint.index, logTerm: hint.term }),
  );
}

function handleHeartbeat(raft: Raft, message: Message): void {
  raft.raftLog.commitTo(message.commit);
  raft.send(makeMessage({ type: 'heartbeat-response', to: message.from, from: raft.id, term: raft.term, index: message.index, context: message.context }));
}

function handleSnapshot(raft: Raft, message: Message): void {
  const snapshot = message.snapshot;
  if (snapshot === null) return;
  const index = restoreSnapshot(raft, snapshot) ? raft.raftLog.lastIndex() : raft.raftLog.committed;
  raft.send(makeMessage({ type: 'append-response', to: message.from, from: raft.id, term: raft.term, index }));
}

/** Installs a leader's snapshot unless we already have its state; returns true when it was installed. */
function restoreSnapshot(raft: Raft, snapshot: Snapshot): boolean {
  const { index, term, confState } = snapshot.metadata;
  if (index <= raft.raftLog.committed) return false;
  const members = [...confState.voters, ...confState.learners, ...confState.votersOutgoing];
  if (!members.includes(raft.id)) {
    raft.config.logger.warn('ignored snapshot of a configuration without us', { index, term: raft.term });
    return false;
  }
  if (raft.raftLog.matchTerm(index, term)) {
    // We have the entry: just learn that it is committed.
    raft.raftLog.commitTo(index);
    return false;
  }
  raft.raftLog.restore(snapshot);
  raft.tracker = new ProgressTracker(raft.tracker.inflightCountMax, raft.tracker.inflightBytesMax);
  raft.switchToConfig(restore(new Changer(raft.tracker, raft.raftLog.lastIndex()), confState));
  return true;
}
