import { confChangeEntersJoint, confChangeLeavesJoint, encodeConfChange } from './conf-change-codec.js';
import { Changer, ConfChangeError, type TrackerState } from './confchange/changer.js';
import { restore } from './confchange/restore.js';
import { resolveRaftConfig, type RaftConfig, type ResolvedRaftConfig } from './config.js';
import { NotLeaderError, ProposalDroppedError } from './errors.js';
import { assert } from './invariant.js';
import { LeaderLease } from './lease.js';
import { isTransferCampaign, makeMessage, transferCampaignContext, validateMessage, voteResponseType } from './message.js';
import { ReadOnlyQueue } from './read-only.js';
import { entriesPayloadBytes, RaftLog } from './raft-log.js';
import { stepCandidate, stepFollower } from './step-follower.js';
import { bcastAppend, flushCommitBroadcast, handleReadRequest, releaseReadsWaitingForCommit, stepLeader, tickLeader } from './step-leader.js';
import { Progress } from './tracker/progress.js';
import { ProgressTracker } from './tracker/progress-tracker.js';
import type { VoteResult } from './quorum/majority-config.js';
import type { ConfChange, ConfState, Entry, LogIndex, Message, MessageType, NodeId, ReadState, Role, Term } from './types.js';
import { noNode } from './types.js';

/** Leader messages that do not depend on local durability (see Ready.messagesBeforePersist). */
const sendableBeforePersist: ReadonlySet<MessageType> = new Set<MessageType>(['append', 'heartbeat', 'snapshot']);

/**
 * One node's Raft state machine (Raft paper §5–§6, thesis ch. 4 and 6). Pure and synchronous:
 * ticks and messages go in; messages, entries to persist and entries to apply come out through
 * RawNode's Ready. Not thread-safe and not reentrant.
 *
 * Role-specific behaviour lives in step-leader.ts and step-follower.ts; becomeX() installs it.
 */
export class Raft {
  readonly id: NodeId;
  readonly config: ResolvedRaftConfig;
  readonly raftLog: RaftLog;
  tracker: ProgressTracker;

  term: Term = 0;
  /** Who we voted for in `term`. Invariant: once set in a term, never changes in that term. */
  vote: NodeId = noNode;
  lead: NodeId = noNode;
  role: Role = 'follower';
  isLearner = false;

  /** Ticks since this node started: the lease clock. */
  now = 0;
  electionElapsed = 0;
  heartbeatElapsed = 0;
  /**
   * Ticks since a leader last reached us (or since startup). While below electionTicks and
   * checkQuorum is on, campaigns are ignored: this is what makes a leader's lease sound.
   */
  leaderContactElapsed = 0;
  randomizedElectionTimeout = 0;

  /** Invariant: noNode unless role === 'leader'. */
  leadTransferee: NodeId = noNode;
  /** No new conf change may be proposed until applied reaches this index. */
  pendingConfIndex: LogIndex = 0;
  uncommittedBytes = 0;
  readOnly = new ReadOnlyQueue();
  /** Reads that arrived before this leader committed an entry of its term (thesis §6.4 step 1). */
  readsWaitingForCommit: { context: Uint8Array; from: NodeId }[] = [];
  lease: LeaderLease;
  /** Leader only: the tick at which each follower entered the snapshot state, to retry lost snapshots. */
  snapshotSentTick = new Map<NodeId, number>();

  messages: Message[] = [];
  messagesBeforePersist: Message[] = [];
  /** The commit index moved since the followers were last told (see flushCommitBroadcast). */
  commitBroadcastPending = false;
  /** The tick (`now`) at which the pending commit broadcast became pending. */
  commitMovedAt = 0;
  readStates: ReadState[] = [];
  droppedMessages = 0;

  private stepRole: (raft: Raft, message: Message) => void = stepFollower;

  constructor(config: RaftConfig) {
    this.config = resolveRaftConfig(config);
    this.id = this.config.id;
    const { hardState, confState } = this.config.storage.initialState();
    this.raftLog = new RaftLog(this.config.storage, this.config.applied);
    this.tracker = new ProgressTracker(this.config.maxInflightMessages, this.config.maxInflightBytes);
    this.lease = new LeaderLease(this.config.electionTicks, this.config.leaseDriftTicks);
    this.switchToConfig(restore(new Changer(this.tracker, this.raftLog.lastIndex()), confState));
    this.loadHardState(hardState.term, hardState.vote, Math.max(hardState.commit, this.config.applied));
    this.becomeFollower(this.term, noNode);
  }

  private loadHardState(term: Term, vote: NodeId, commit: LogIndex): void {
    const lastIndex = this.raftLog.lastIndex();
    assert(commit <= lastIndex, `hard state commit ${commit} beyond last index ${lastIndex}`);
    this.term = term;
    this.vote = vote;
    this.raftLog.commitTo(commit);
  }

  // ---- role transitions -------------------------------------------------------------------

  becomeFollower(term: Term, lead: NodeId): void {
    // A leader stepping down tells its followers what it committed first: nobody else may know it
    // yet (a leader removed by a conf change it just committed would otherwise leave the rest
    // without that change applied).
    if (this.role === 'leader' && this.commitBroadcastPending) {
      this.commitMovedAt = -1;
      flushCommitBroadcast(this);
    }
    this.stepRole = stepFollower;
    this.reset(term);
    this.lead = lead;
    this.role = 'follower';
    this.config.logger.debug('became follower', { term, lead });
  }

  becomePreCandidate(): void {
    assert(this.role !== 'leader', 'a leader cannot become a pre-candidate');
    // A pre-candidate changes neither term nor vote: a failed pre-election leaves no trace.
    this.stepRole = stepCandidate;
    this.tracker.resetVotes();
    this.lead = noNode;
    this.role = 'pre-candidate';
  }

  becomeCandidate(): void {
    assert(this.role !== 'leader', 'a leader cannot become a candidate');
    this.stepRole = stepCandidate;
    this.reset(this.term + 1);
    this.vote = this.id;
    this.role = 'candidate';
    this.config.logger.debug('became candidate', { term: this.term });
  }

  becomeLeader(): void {
    assert(this.role !== 'follower', 'a follower cannot become leader without an election');
    this.stepRole = stepLeader;
    this.reset(this.term);
    this.lead = this.id;
    this.role = 'leader';
    const self = this.tracker.progress.get(this.id);
    assert(self !== undefined, 'a leader is in its own configuration');
    self.becomeReplicate();
    self.recentActive = true;
    // Conservatively: no conf change until everything before this term is applied.
    this.pendingConfIndex = this.raftLog.lastIndex();
    // The no-op of §5.4.2/§8: commits every earlier entry and enables ReadIndex.
    this.appendEntries([{ term: 0, index: 0, type: 'normal', data: new Uint8Array(0) }]);
    this.config.logger.info('became leader', { term: this.term });
  }

  private reset(term: Term): void {
    if (this.term !== term) {
      this.term = term;
      this.vote = noNode;
    }
    this.lead = noNode;
    this.electionElapsed = 0;
    this.heartbeatElapsed = 0;
    this.randomizedElectionTimeout = this.config.electionTicks + this.config.randomInt(this.config.electionTicks);
    this.leadTransferee = noNode;
    this.tracker.resetVotes();
    const lastIndex = this.raftLog.lastIndex();
    const stableLastIndex = this.raftLog.stableLastIndex();
    for (const [id, old] of this.tracker.progress) {
      const fresh = new Progress({
        next: lastIndex + 1,
        match: id === this.id ? stableLastIndex : 0,
        inflightCountMax: this.tracker.inflightCountMax,
        inflightBytesMax: this.tracker.inflightBytesMax,
        isLearner: old.isLearner,
      });
      this.tracker.progress.set(id, fresh);
    }
    this.pendingConfIndex = 0;
    this.uncommittedBytes = 0;
    this.readOnly = new ReadOnlyQueue();
    this.readsWaitingForCommit = [];
    this.lease = new LeaderLease(this.config.electionTicks, this.config.leaseDriftTicks);
    this.snapshotSentTick.clear();
  }

  // ---- clock ------------------------------------------------------------------------------

  tick(): void {
    this.now += 1;
    if (this.role === 'leader') {
      tickLeader(this);
      return;
    }
    this.electionElapsed += 1;
    this.leaderContactElapsed += 1;
    if (this.promotable() && this.electionElapsed >= this.randomizedElectionTimeout) {
      this.electionElapsed = 0;
      this.hup(false);
    }
  }

  // ---- elections --------------------------------------------------------------------------

  /** True when this node may campaign: a voter, with no snapshot waiting to be persisted. */
  promotable(): boolean {
    const progress = this.tracker.progress.get(this.id);
    return progress !== undefined && !progress.isLearner && this.raftLog.unstable.snapshot === null;
  }

  /** Starts an election unless this node may not; `transfer` skips PreVote and the voters' lease check. */
  hup(transfer: boolean): void {
    if (this.role === 'leader') return;
    if (!this.promotable()) return;
    if (this.hasUnappliedConfChanges()) {
      // Campaigning with a configuration that is about to change could elect a leader the new one would not.
      this.config.logger.warn('not campaigning: committed conf change not yet applied', { term: this.term });
      return;
    }
    this.campaign(this.config.preVote && !transfer ? 'pre-election' : 'election', transfer);
  }

  private hasUnappliedConfChanges(): boolean {
    if (this.raftLog.applied >= this.raftLog.committed) return false;
    const entries = this.raftLog.slice(this.raftLog.applied + 1, this.raftLog.committed + 1, Number.MAX_SAFE_INTEGER);
    return entries.some((entry) => entry.type === 'conf-change');
  }

  campaign(kind: 'pre-election' | 'election', transfer: boolean): void {
    let voteTerm: Term;
    let type: 'vote' | 'prevote';
    if (kind === 'pre-election') {
      this.becomePreCandidate();
      type = 'prevote';
      voteTerm = this.term + 1;
    } else {
      this.becomeCandidate();
      type = 'vote';
      voteTerm = this.term;
    }
    if (this.poll(this.id, true) === 'won') {
      // Only a single-voter group wins on its own vote.
      if (kind === 'pre-election') this.campaign('election', transfer);
      else this.becomeLeader();
      return;
    }
    const lastIndex = this.raftLog.lastIndex();
    const lastTerm = this.raftLog.lastTerm();
    for (const voter of this.tracker.voterNodes()) {
      if (voter === this.id) continue;
      this.send(makeMessage({ type, to: voter, from: this.id, term: voteTerm, index: lastIndex, logTerm: lastTerm, context: transfer ? transferCampaignContext : new Uint8Array(0) }));
    }
  }

  poll(id: NodeId, granted: boolean): VoteResult {
    this.tracker.recordVote(id, granted);
    return this.tracker.tallyVotes().result;
  }

  // ---- messages ---------------------------------------------------------------------------

  send(message: Message): void {
    if (this.role === 'leader' && sendableBeforePersist.has(message.type)) this.messagesBeforePersist.push(message);
    else this.messages.push(message);
  }

  /** Entry point for every message from a peer. Malformed messages are dropped and counted. */
  step(message: Message): void {
    const problem = validateMessage(message, this.id);
    if (problem !== null) {
      this.droppedMessages += 1;
      this.config.logger.warn('dropped malformed message', { problem, from: message?.from, term: this.term });
      return;
    }
    if (!this.stepTerm(message)) return;
    if (message.type === 'vote' || message.type === 'prevote') {
      this.handleVoteRequest(message);
      return;
    }
    this.stepRole(this, message);
  }

  /** The term rules common to every role (§5.1). Returns false when the message is finished with. */
  private stepTerm(message: Message): boolean {
    if (message.term === 0) return true;
    if (message.term > this.term) {
      const isCampaign = message.type === 'vote' || message.type === 'prevote';
      if (isCampaign && !isTransferCampaign(message) && this.inLeaderLease()) {
        // Someone campaigns while we still hear from a leader: ignore it, without even raising our term.
        return false;
      }
      if (message.type === 'prevote') return true;
      if (message.type === 'prevote-response' && !message.reject) return true;
      const fromLeader = message.type === 'append' || message.type === 'heartbeat' || message.type === 'snapshot';
      this.becomeFollower(message.term, fromLeader ? message.from : noNode);
      return true;
    }
    if (message.term < this.term) {
      this.answerStaleTerm(message);
      return false;
    }
    return true;
  }

  /** checkQuorum's promise to leaders: while a leader reaches us, no campaign gets our vote. */
  inLeaderLease(): boolean {
    return this.config.checkQuorum && this.leaderContactElapsed < this.config.electionTicks;
  }

  private answerStaleTerm(message: Message): void {
    if ((this.config.checkQuorum || this.config.preVote) && (message.type === 'heartbeat' || message.type === 'append')) {
      // A stale leader cut off by a partition learns our term and steps down; otherwise it never would
      // once PreVote stops us from raising terms it could see.
      this.send(makeMessage({ type: 'append-response', to: message.from, from: this.id, term: this.term }));
    } else if (message.type === 'prevote') {
      this.send(makeMessage({ type: 'prevote-response', to: message.from, from: this.id, term: this.term, reject: true }));
    }
  }

  private handleVoteRequest(message: Message): void {
    const type = message.type as 'vote' | 'prevote';
    const canVote =
      this.vote === message.from ||
      (this.vote === noNode && this.lead === noNode) ||
      (type === 'prevote' && message.term > this.term);
    if (canVote && this.raftLog.isUpToDate(message.index, message.logTerm)) {
      // Our response carries the candidate's term so it is counted there (a prevote did not raise ours).
      this.send(makeMessage({ type: voteResponseType(type), to: message.from, from: this.id, term: message.term }));
      if (type === 'vote') {
        this.electionElapsed = 0;
        this.vote = message.from;
      }
      return;
    }
    this.send(makeMessage({ type: voteResponseType(type), to: message.from, from: this.id, term: this.term, reject: true }));
  }

  // ---- proposals --------------------------------------------------------------------------

  private checkCanPropose(): void {
    if (this.role !== 'leader' || !this.tracker.progress.has(this.id)) throw new NotLeaderError(this.role === 'leader' ? noNode : this.lead);
    if (this.leadTransferee !== noNode) throw new ProposalDroppedError('leader-transfer', `transferring leadership to ${this.leadTransferee}`);
  }

  propose(data: Uint8Array): { index: LogIndex; term: Term } {
    this.checkCanPropose();
    this.checkUncommittedBytes(data.length);
    const index = this.appendEntries([{ term: 0, index: 0, type: 'normal', data }]);
    bcastAppend(this);
    return { index, term: this.term };
  }

  proposeConfChange(change: ConfChange): { index: LogIndex; term: Term } {
    this.checkCanPropose();
    if (this.pendingConfIndex > this.raftLog.applied) {
      throw new ProposalDroppedError('conf-change-pending', `a conf change at ${this.pendingConfIndex} is not yet applied (applied ${this.raftLog.applied})`);
    }
    const problem = this.dryRunConfChange(change);
    if (problem !== null) throw new ProposalDroppedError('conf-change-invalid', problem);
    const data = encodeConfChange(change);
    this.checkUncommittedBytes(data.length);
    const index = this.appendEntries([{ term: 0, index: 0, type: 'conf-change', data }]);
    this.pendingConfIndex = index;
    bcastAppend(this);
    return { index, term: this.term };
  }

  private dryRunConfChange(change: ConfChange): string | null {
    const joint = this.tracker.config.voters.isJoint();
    const leaves = confChangeLeavesJoint(change);
    if (joint && !leaves) return 'must leave the joint configuration first';
    if (!joint && leaves) return 'not in a joint configuration';
    try {
      this.changeConfig(change);
      return null;
    } catch (error) {
      if (error instanceof ConfChangeError) return error.message;
      throw error;
    }
  }

  private checkUncommittedBytes(bytes: number): void {
    const limit = this.config.maxUncommittedEntriesBytes;
    // An empty log of uncommitted entries always takes one proposal, however large, so nothing starves.
    if (limit > 0 && this.uncommittedBytes > 0 && this.uncommittedBytes + bytes > limit) {
      throw new ProposalDroppedError('uncommitted-size', `${this.uncommittedBytes} uncommitted bytes, limit ${limit}`);
    }
  }

  /** Appends entries at the leader's tail with its term. The leader counts itself only after advance(). */
  appendEntries(entries: Entry[]): LogIndex {
    let index = this.raftLog.lastIndex();
    const stamped = entries.map((entry) => {
      index += 1;
      return { ...entry, term: this.term, index };
    });
    this.raftLog.append(stamped);
    this.uncommittedBytes += entriesPayloadBytes(stamped);
    return index;
  }

  /** Raft §5.4.2 commit rule, applied after any change to a follower's match or to the config. */
  maybeCommit(): boolean {
    return this.raftLog.maybeCommit(this.tracker.committed(), this.term);
  }

  readIndex(context: Uint8Array): void {
    if (this.role === 'leader') {
      handleReadRequest(this, context, this.id);
      return;
    }
    if (this.lead === noNode) throw new NotLeaderError(noNode);
    this.send(makeMessage({ type: 'read-index', to: this.lead, from: this.id, term: 0, context }));
  }

  // ---- membership -------------------------------------------------------------------------

  private changeConfig(change: ConfChange): TrackerState {
    const changer = new Changer(this.tracker, this.raftLog.lastIndex());
    if (confChangeLeavesJoint(change)) return changer.leaveJoint();
    const joint = confChangeEntersJoint(change);
    if (joint !== null) return changer.enterJoint(joint.autoLeave, change.changes);
    return changer.simple(change.changes);
  }

  applyConfChange(change: ConfChange): ConfState {
    if (this.tracker.config.voters.ids().size === 0) {
      // A node that started without a membership (a joiner) cannot judge a change against it: applying
      // "add me" to an empty config would make it a one-voter group of its own. It waits for a snapshot.
      this.config.logger.warn('ignored conf change: no membership known yet (waiting for a snapshot)', { term: this.term });
      return this.tracker.confState();
    }
    let state: TrackerState;
    try {
      state = this.changeConfig(change);
    } catch (error) {
      if (!(error instanceof ConfChangeError)) throw error;
      // Every replica reaches the same verdict on the same entry, so skipping it keeps them in agreement.
      this.config.logger.warn('skipped invalid conf change', { error: error.message, term: this.term });
      return this.tracker.confState();
    }
    return this.switchToConfig(state);
  }

  switchToConfig(state: TrackerState): ConfState {
    this.tracker.config = state.config;
    this.tracker.progress = state.progress;
    const confState = this.tracker.confState();
    const self = this.tracker.progress.get(this.id);
    this.isLearner = self?.isLearner ?? false;
    if ((self === undefined || this.isLearner) && this.role === 'leader') {
      this.becomeFollower(this.term, noNode);
      return confState;
    }
    if (this.role !== 'leader' || confState.voters.length === 0) return confState;
    if (this.maybeCommit()) {
      releaseReadsWaitingForCommit(this);
      bcastAppend(this);
    } else {
      bcastAppend(this, false);
    }
    if (this.leadTransferee !== noNode && !this.tracker.config.voters.ids().has(this.leadTransferee)) this.leadTransferee = noNode;
    return confState;
  }

  /** Called from advance(): proposes leaving a joint configuration once entering it has been applied. */
  maybeAutoLeaveJoint(): void {
    if (this.role !== 'leader' || !this.tracker.config.autoLeave) return;
    if (this.raftLog.applied < this.pendingConfIndex) return;
    const data = encodeConfChange({ transition: 'auto', changes: [], context: new Uint8Array(0) });
    this.pendingConfIndex = this.appendEntries([{ term: 0, index: 0, type: 'conf-change', data }]);
    bcastAppend(this);
  }

  /** Called from advance() with the last index now durable locally: the leader's own acknowledgement. */
  acknowledgeOwnLog(): void {
    if (this.role !== 'leader') return;
    const self = this.tracker.progress.get(this.id);
    if (self === undefined) return;
    if (self.maybeUpdate(this.raftLog.stableLastIndex()) && this.maybeCommit()) {
      releaseReadsWaitingForCommit(this);
      this.noteCommitMoved();
    }
  }

  /** The leader's commit index moved: the followers are told with the next append, or after a tick. */
  noteCommitMoved(): void {
    if (this.commitBroadcastPending) return;
    this.commitBroadcastPending = true;
    this.commitMovedAt = this.now;
  }
}
