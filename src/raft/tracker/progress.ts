import { assert } from '../invariant.js';
import type { LogIndex } from '../types.js';
import { Inflights } from './inflights.js';

/**
 * How the leader replicates to one follower:
 * - 'probe': the leader does not know where the follower's log matches. It sends one append at a
 *   time and waits for the answer (or the next heartbeat) before the next, walking `next` back on
 *   rejections.
 * - 'replicate': the logs match up to `match`; the leader streams appends optimistically, advancing
 *   `next` as it sends, bounded by the inflights window.
 * - 'snapshot': the follower needs entries the leader has compacted; a snapshot is on its way and
 *   nothing else is sent until it is reported applied or failed.
 */
export type ProgressState = 'probe' | 'replicate' | 'snapshot';

/** What a new Progress starts from. */
export interface ProgressOptions {
  next: LogIndex;
  match: LogIndex;
  inflightCountMax: number;
  inflightBytesMax: number;
  isLearner: boolean;
}

/** The leader's view of one follower's log. */
export class Progress {
  /** Invariant: match < next. Use: the highest index known replicated on the follower. */
  match: LogIndex;
  /** The index of the next entry to send. */
  next: LogIndex;
  state: ProgressState = 'probe';
  /** In 'snapshot': the index of the snapshot being sent. 0 otherwise. */
  pendingSnapshot: LogIndex = 0;
  /** Heard from since the last CheckQuorum round. */
  recentActive = false;
  /** The commit index carried by the last append sent to this follower. */
  sentCommit: LogIndex = 0;
  /** Probe only: an append is outstanding, so wait for its answer or the next heartbeat response. */
  msgAppFlowPaused = false;
  inflights: Inflights;
  isLearner: boolean;

  constructor(options: ProgressOptions) {
    assert(options.match < options.next, `progress match ${options.match} must be below next ${options.next}`);
    this.match = options.match;
    this.next = options.next;
    this.isLearner = options.isLearner;
    this.inflights = new Inflights(options.inflightCountMax, options.inflightBytesMax);
  }

  private resetState(state: ProgressState): void {
    this.msgAppFlowPaused = false;
    this.pendingSnapshot = 0;
    this.state = state;
    this.inflights.reset();
  }

  /** Back to probing; after a snapshot, from the snapshot's index (the follower has at least that). */
  becomeProbe(): void {
    if (this.state === 'snapshot') {
      const pendingSnapshot = this.pendingSnapshot;
      this.resetState('probe');
      this.next = Math.max(this.match + 1, pendingSnapshot + 1);
    } else {
      this.resetState('probe');
      this.next = this.match + 1;
    }
  }

  becomeReplicate(): void {
    this.resetState('replicate');
    this.next = this.match + 1;
  }

  becomeSnapshot(snapshotIndex: LogIndex): void {
    this.resetState('snapshot');
    this.pendingSnapshot = snapshotIndex;
  }

  /** Records that an append of `count` entries (`bytes` of payload) starting at `nextIndex` was sent. */
  updateOnEntriesSend(count: number, bytes: number, nextIndex: LogIndex): void {
    assert(this.state !== 'snapshot', 'no appends are sent while a snapshot is pending');
    if (this.state === 'replicate') {
      if (count > 0) {
        this.next = nextIndex + count;
        this.inflights.add(this.next - 1, bytes);
      }
      this.msgAppFlowPaused = this.inflights.full();
      return;
    }
    // Every append in probe is a probe: wait for its answer (or a heartbeat response) before the next.
    this.msgAppFlowPaused = true;
  }

  /** The follower acknowledged `index`; returns false when the acknowledgement is stale. */
  maybeUpdate(index: LogIndex): boolean {
    let updated = false;
    if (this.match < index) {
      this.match = index;
      updated = true;
      this.msgAppFlowPaused = false;
    }
    this.next = Math.max(this.next, index + 1);
    return updated;
  }

  /**
   * The follower rejected an append at `rejected`, hinting its log may match up to `matchHint`.
   * Returns false when the rejection is stale (answers an append this progress no longer expects).
   */
  maybeDecrTo(rejected: LogIndex, matchHint: LogIndex): boolean {
    if (this.state === 'replicate') {
      if (rejected <= this.match) return false;
      this.next = this.match + 1;
      return true;
    }
    if (this.next - 1 !== rejected) return false;
    this.next = Math.max(Math.min(rejected, matchHint + 1), this.match + 1);
    this.msgAppFlowPaused = false;
    return true;
  }

  /** True when the leader must not send this follower appends now. */
  isPaused(): boolean {
    if (this.state === 'snapshot') return true;
    // In replicate the window is the only limit: an acknowledgement may raise match without freeing a slot.
    if (this.state === 'replicate') return this.inflights.full();
    return this.msgAppFlowPaused;
  }

  clone(): Progress {
    const copy = new Progress({ next: this.next, match: this.match, inflightCountMax: this.inflights.countMax, inflightBytesMax: this.inflights.bytesMax, isLearner: this.isLearner });
    copy.state = this.state;
    copy.pendingSnapshot = this.pendingSnapshot;
    copy.recentActive = this.recentActive;
    copy.msgAppFlowPaused = this.msgAppFlowPaused;
    copy.sentCommit = this.sentCommit;
    copy.inflights = this.inflights.clone();
    return copy;
  }

  describe(): string {
    return `${this.state} match=${this.match} next=${this.next}${this.isLearner ? ' learner' : ''}${this.pendingSnapshot > 0 ? ` pendingSnapshot=${this.pendingSnapshot}` : ''}`;
  }
}
