import { MajorityConfig, type AckedIndexFunction, type VoteResult } from './majority-config.js';
import type { NodeId } from '../types.js';

/**
 * The voters of a group: the incoming majority config and, while a joint change is in progress,
 * the outgoing one. Every decision needs a majority of both (Raft thesis §4.3); outside a joint
 * change `outgoing` is empty and agrees with everything.
 */
export class JointConfig {
  constructor(
    readonly incoming: MajorityConfig = new MajorityConfig(),
    readonly outgoing: MajorityConfig = new MajorityConfig(),
  ) {}

  /** Every voter of either half. */
  ids(): Set<NodeId> {
    return new Set([...this.incoming.ids, ...this.outgoing.ids]);
  }

  isJoint(): boolean {
    return this.outgoing.size > 0;
  }

  /** The largest index both halves have acknowledged by majority. */
  committedIndex(acked: AckedIndexFunction): number {
    return Math.min(this.incoming.committedIndex(acked), this.outgoing.committedIndex(acked));
  }

  /** Won when both halves won, lost when either lost. */
  voteResult(votes: ReadonlyMap<NodeId, boolean>): VoteResult {
    const incoming = this.incoming.voteResult(votes);
    const outgoing = this.outgoing.voteResult(votes);
    if (incoming === 'won' && outgoing === 'won') return 'won';
    if (incoming === 'lost' || outgoing === 'lost') return 'lost';
    return 'pending';
  }

  describe(): string {
    return this.isJoint() ? `${this.incoming.describe()}&&${this.outgoing.describe()}` : this.incoming.describe();
  }
}
