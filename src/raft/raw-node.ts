import type { RaftConfig } from './config.js';
import { assert } from './invariant.js';
import { Raft } from './raft.js';
import type { Ready } from './ready.js';
import { entriesPayloadBytes } from './raft-log.js';
import { quiesce, resume } from './quiescence.js';
import { commitBroadcastDue, flushCommitBroadcast, flushReadRound, transferLeadership } from './step-leader.js';
import type { ConfChange, ConfState, HardState, LogIndex, Message, NodeId, SoftState, Term } from './types.js';

/** A snapshot of a node's state for status pages and tests. */
export interface RaftStatus {
  id: NodeId;
  hardState: HardState;
  softState: SoftState;
  applied: LogIndex;
  lastIndex: LogIndex;
  confState: ConfState;
  leadTransferee: NodeId;
  /** Leader only (empty elsewhere): what the leader knows of each member's log. */
  progress: Map<NodeId, { match: LogIndex; next: LogIndex; state: 'probe' | 'replicate' | 'snapshot' }>;
}

/** What a Ready handed out, so advance() can acknowledge exactly that. */
interface ReadyInFlight {
  lastEntry: { index: LogIndex; term: Term } | null;
  snapshotIndex: LogIndex;
  committedLastIndex: LogIndex;
  committedBytes: number;
}

/**
 * The application's handle on one Raft group, after etcd-io/raft's RawNode. Thread-unsafe and
 * synchronous: call tick/step/propose freely, and whenever hasReady() is true take ready(), do what
 * it says (see Ready), then advance(). A second ready() before advance() is a programming error.
 */
export class RawNode {
  private readonly raft: Raft;
  private previousSoftState: SoftState;
  private previousHardState: HardState;
  private inFlight: ReadyInFlight | null = null;

  constructor(config: RaftConfig) {
    this.raft = new Raft(config);
    this.previousSoftState = this.softState();
    this.previousHardState = this.hardState();
  }

  get id(): NodeId {
    return this.raft.id;
  }

  /** Advances the logical clock by one tick: elections, heartbeats, CheckQuorum and leases run on it. */
  tick(): void {
    this.raft.tick();
  }

  /**
   * Moves the clock over `lateTicks` ticks the host could not deliver on time (its process
   * stalled). Leases are judged on real time, so the lease clock jumps; but the stall counts
   * neither as silence from the leader nor towards a CheckQuorum window, because what the peers
   * sent meanwhile has not been read yet. (etcd's ticker drops late ticks altogether; dropping them
   * from the lease clock too would stretch a lease across the stall.)
   */
  skipLateTicks(lateTicks: number): void {
    assert(Number.isSafeInteger(lateTicks) && lateTicks >= 0, `late ticks ${lateTicks} must be a non-negative integer`);
    this.raft.now += lateTicks;
  }

  /**
   * Leader only: when the group is idle (nothing uncommitted, unapplied or unreplicated, no read,
   * transfer or membership change pending), broadcasts the heartbeat that announces quiescence and
   * returns true; the caller then stops ticking this node. Otherwise returns false and sends nothing.
   * See quiescence.ts.
   */
  quiesce(): boolean {
    return quiesce(this.raft);
  }

  /**
   * Restarts ticking after the caller skipped `skippedTicks` ticks of this node: a leader's lease
   * clock jumps over the gap, a follower counts the gap as leader silence. Call it before anything
   * else reaches a node that was not ticked. See quiescence.ts.
   */
  resume(skippedTicks: number): void {
    resume(this.raft, skippedTicks);
  }

  /** Starts an election now (PreVote first when enabled). */
  campaign(): void {
    this.raft.hup(false);
  }

  /** Feeds a message from a peer. Malformed messages and messages for another node are dropped. */
  step(message: Message): void {
    this.raft.step(message);
  }

  /** Appends data to the leader's log; it is committed when an entry with this index and term is applied. */
  propose(data: Uint8Array): { index: LogIndex; term: Term } {
    return this.raft.propose(data);
  }

  /** Proposes a membership change; at most one may be pending (proposed but not applied). */
  proposeConfChange(change: ConfChange): { index: LogIndex; term: Term } {
    return this.raft.proposeConfChange(change);
  }

  /** Applies a committed conf-change entry's change; returns the ConfState to persist with the applied index. */
  applyConfChange(change: ConfChange): ConfState {
    return this.raft.applyConfChange(change);
  }

  /** Requests a linearizable read; its ReadState (carrying `context`) appears in a later Ready. */
  readIndex(context: Uint8Array): void {
    this.raft.readIndex(context);
  }

  /** Hands leadership to `to` once it has caught up (leader only; ignored elsewhere). */
  transferLeadership(to: NodeId): void {
    transferLeadership(this.raft, to);
  }

  /** The transport could not reach `id`: stop pipelining to it and probe again. */
  reportUnreachable(id: NodeId): void {
    const progress = this.raft.role === 'leader' ? this.raft.tracker.progress.get(id) : undefined;
    if (progress !== undefined && progress.state === 'replicate') progress.becomeProbe();
  }

  /** The transport finished (or failed) streaming a snapshot to `id`. */
  reportSnapshot(id: NodeId, status: 'finished' | 'failed'): void {
    const progress = this.raft.role === 'leader' ? this.raft.tracker.progress.get(id) : undefined;
    if (progress === undefined || progress.state !== 'snapshot') return;
    if (status === 'failed') progress.pendingSnapshot = 0;
    progress.becomeProbe();
    // Wait for the follower's next heartbeat response before probing, as the snapshot may still be applying.
    progress.msgAppFlowPaused = true;
    this.raft.snapshotSentTick.delete(id);
  }

  hasReady(): boolean {
    const raft = this.raft;
    if (raft.role === 'leader' && (raft.readOnly.needsBroadcast() || commitBroadcastDue(raft))) return true;
    if (raft.messages.length > 0 || raft.messagesBeforePersist.length > 0 || raft.readStates.length > 0) return true;
    if (raft.raftLog.unstable.entries.length > 0 || raft.raftLog.unstable.snapshot !== null) return true;
    if (raft.raftLog.hasNextCommittedEntries()) return true;
    return !sameSoftState(this.softState(), this.previousSoftState) || !sameHardState(this.hardState(), this.previousHardState);
  }

  ready(): Ready {
    assert(this.inFlight === null, 'ready() called again before advance()');
    const raft = this.raft;
    flushReadRound(raft);
    flushCommitBroadcast(raft);
    const softState = this.softState();
    const hardState = this.hardState();
    const entries = raft.raftLog.unstable.entries.slice();
    const snapshot = raft.raftLog.unstable.snapshot;
    const committedEntries = raft.raftLog.nextCommittedEntries(raft.config.maxCommittedBytesPerReady);
    const hardStateChanged = !sameHardState(hardState, this.previousHardState);
    const ready: Ready = {
      softState: sameSoftState(softState, this.previousSoftState) ? null : softState,
      hardState: hardStateChanged ? hardState : null,
      snapshot,
      entries,
      committedEntries,
      messagesBeforePersist: raft.messagesBeforePersist,
      messages: raft.messages,
      readStates: raft.readStates,
      mustSync: entries.length > 0 || snapshot !== null || hardState.term !== this.previousHardState.term || hardState.vote !== this.previousHardState.vote,
    };
    raft.messagesBeforePersist = [];
    raft.messages = [];
    raft.readStates = [];
    this.previousSoftState = softState;
    this.previousHardState = hardState;
    const lastEntry = entries.length > 0 ? entries[entries.length - 1] : null;
    const committedLastIndex = committedEntries.length > 0 ? committedEntries[committedEntries.length - 1].index : 0;
    if (committedLastIndex > 0) raft.raftLog.acceptApplying(committedLastIndex);
    this.inFlight = {
      lastEntry: lastEntry === null ? null : { index: lastEntry.index, term: lastEntry.term },
      snapshotIndex: snapshot === null ? 0 : snapshot.metadata.index,
      committedLastIndex,
      committedBytes: entriesPayloadBytes(committedEntries),
    };
    return ready;
  }

  /** Tells the node the last Ready has been fully handled: persisted, sent, applied. */
  advance(): void {
    const inFlight = this.inFlight;
    assert(inFlight !== null, 'advance() without a ready()');
    this.inFlight = null;
    const raft = this.raft;
    if (inFlight.snapshotIndex > 0) {
      raft.raftLog.unstable.stableSnapshotTo(inFlight.snapshotIndex);
      raft.raftLog.appliedTo(inFlight.snapshotIndex);
    }
    if (inFlight.lastEntry !== null) raft.raftLog.unstable.stableTo(inFlight.lastEntry.index, inFlight.lastEntry.term);
    if (inFlight.committedLastIndex > 0) {
      raft.raftLog.appliedTo(inFlight.committedLastIndex);
      raft.uncommittedBytes = Math.max(0, raft.uncommittedBytes - inFlight.committedBytes);
    }
    raft.acknowledgeOwnLog();
    raft.maybeAutoLeaveJoint();
  }

  status(): RaftStatus {
    const raft = this.raft;
    const progress: RaftStatus['progress'] = new Map();
    if (raft.role === 'leader') {
      raft.tracker.visit((id, entry) => progress.set(id, { match: entry.match, next: entry.next, state: entry.state }));
    }
    return {
      id: raft.id,
      hardState: this.hardState(),
      softState: this.softState(),
      applied: raft.raftLog.applied,
      lastIndex: raft.raftLog.lastIndex(),
      confState: raft.tracker.confState(),
      leadTransferee: raft.leadTransferee,
      progress,
    };
  }

  /** The term of the entry at `index` in this node's log (persisted or not); undefined when compacted away or beyond the end. */
  logTerm(index: LogIndex): Term | undefined {
    return this.raft.raftLog.term(index);
  }

  /** Messages dropped as malformed since start (exported as a metric by the server). */
  droppedMessageCount(): number {
    return this.raft.droppedMessages;
  }

  private softState(): SoftState {
    return { leader: this.raft.lead, role: this.raft.role };
  }

  private hardState(): HardState {
    return { term: this.raft.term, vote: this.raft.vote, commit: this.raft.raftLog.committed };
  }
}

function sameSoftState(a: SoftState, b: SoftState): boolean {
  return a.leader === b.leader && a.role === b.role;
}

function sameHardState(a: HardState, b: HardState): boolean {
  return a.term === b.term && a.vote === b.vote && a.commit === b.commit;
}
