import type { JointConfig } from './quorum/joint-config.js';
import type { NodeId } from './types.js';

/**
 * A leader's read lease, measured in its own ticks.
 *
 * A follower that hears from the leader ignores campaigns for an election timeout after (this is
 * what CheckQuorum buys). So once a quorum has acknowledged a heartbeat the leader sent at tick s,
 * no other leader can be elected before s + electionTicks, and until then the leader may answer
 * reads from its own state. `driftTicks` shortens the lease to absorb clock-rate differences.
 *
 * Invariant: the lease is only as old as the oldest acknowledgement inside the newest quorum.
 */
export class LeaderLease {
  private ackedSendTick = new Map<NodeId, number>();
  /** Set once this leader hands leadership away: no lease survives a TimeoutNow. */
  private revoked = false;

  constructor(
    private readonly electionTicks: number,
    private readonly driftTicks: number,
  ) {}

  /** A follower acknowledged a heartbeat sent at `sendTick` (the leader's tick counter). */
  acknowledge(from: NodeId, sendTick: number): void {
    // Stored off by one so that "never acknowledged" (0 to the quorum functions) differs from tick 0.
    if ((this.ackedSendTick.get(from) ?? 0) < sendTick + 1) this.ackedSendTick.set(from, sendTick + 1);
  }

  revoke(): void {
    this.revoked = true;
  }

  /** True while a quorum's acknowledgements guarantee no other leader can exist at tick `now`. */
  isValid(now: number, self: NodeId, voters: JointConfig): boolean {
    if (this.revoked) return false;
    const quorumSendTickPlusOne = voters.committedIndex((id) => (id === self ? now + 1 : this.ackedSendTick.get(id)));
    if (quorumSendTickPlusOne === 0 || quorumSendTickPlusOne === Number.MAX_SAFE_INTEGER) return false;
    return now < quorumSendTickPlusOne - 1 + this.electionTicks - this.driftTicks;
  }
}
