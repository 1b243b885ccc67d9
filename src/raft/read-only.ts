import { assert } from './invariant.js';
import type { JointConfig } from './quorum/joint-config.js';
import type { LogIndex, NodeId } from './types.js';

/** One linearizable read waiting at the leader. `from` is the node that asked (the leader itself for local reads). */
export interface PendingRead {
  context: Uint8Array;
  from: NodeId;
  /** The commit index when the read arrived: the read may be served once applied reaches it. */
  index: LogIndex;
  /** The heartbeat round whose quorum acknowledgement proves this node was still leader after the read arrived. */
  round: number;
}

/**
 * The ReadIndex queue of a leader (Raft thesis §6.4), with reads batched into heartbeat rounds:
 * every read that arrives before the next broadcast joins one round, so a thousand reads cost one
 * heartbeat per follower rather than a thousand.
 *
 * A follower that acknowledges round r proves leadership at a time after every read of rounds ≤ r
 * arrived, so acknowledgements are cumulative per follower.
 *
 * Invariant: `pending` is ordered by round; every pending round ≤ nextRound.
 */
export class ReadOnlyQueue {
  private pending: PendingRead[] = [];
  private ackedRound = new Map<NodeId, number>();
  /** The round the next broadcast will carry; reads arriving now join it. */
  private nextRound = 1;
  private broadcastRoundValue = 0;

  /** Queues a read that will be confirmed by the next broadcast round. */
  add(context: Uint8Array, from: NodeId, index: LogIndex): void {
    this.pending.push({ context, from, index, round: this.nextRound });
  }

  /** True when reads wait for a round that has not been broadcast yet. */
  needsBroadcast(): boolean {
    return this.pending.length > 0 && this.pending[this.pending.length - 1].round > this.broadcastRoundValue;
  }

  /** Marks the current round as broadcast and returns its number (to put in the heartbeats). */
  startBroadcast(): number {
    this.broadcastRoundValue = this.nextRound;
    this.nextRound += 1;
    return this.broadcastRoundValue;
  }

  /** The last round broadcast; plain heartbeats carry it too. */
  broadcastRound(): number {
    return this.broadcastRoundValue;
  }

  /** Records that `from` acknowledged `round`; returns the reads now confirmed by a quorum, oldest first. */
  acknowledge(from: NodeId, round: number, self: NodeId, voters: JointConfig): PendingRead[] {
    assert(round <= this.broadcastRoundValue, `acknowledged round ${round} was never broadcast`);
    if ((this.ackedRound.get(from) ?? 0) < round) this.ackedRound.set(from, round);
    const confirmed = voters.committedIndex((id) => (id === self ? this.broadcastRoundValue : this.ackedRound.get(id)));
    let released = 0;
    while (released < this.pending.length && this.pending[released].round <= confirmed) released += 1;
    if (released === 0) return [];
    const ready = this.pending.slice(0, released);
    this.pending = this.pending.slice(released);
    return ready;
  }

  /** Releases every read without a round trip (a single-voter group is its own quorum). */
  releaseAll(): PendingRead[] {
    const ready = this.pending;
    this.pending = [];
    return ready;
  }

  pendingCount(): number {
    return this.pending.length;
  }
}

/** Encodes a heartbeat round number as a message context. */
export function encodeRound(round: number): Uint8Array {
  const bytes = new Uint8Array(8);
  new DataView(bytes.buffer).setFloat64(0, round);
  return bytes;
}

/** Decodes a heartbeat round; malformed contexts decode to 0 (acknowledges nothing). */
export function decodeRound(context: Uint8Array): number {
  if (context.length !== 8) return 0;
  const round = new DataView(context.buffer, context.byteOffset, 8).getFloat64(0);
  return Number.isSafeInteger(round) && round > 0 ? round : 0;
}
