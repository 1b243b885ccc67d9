import type { NodeId } from '../types.js';

/** The outcome of an election as far as the votes recorded so far tell. */
export type VoteResult = 'pending' | 'lost' | 'won';

/** Looks up what a voter has acknowledged (a log index, a heartbeat round…); undefined means nothing yet. */
export type AckedIndexFunction = (id: NodeId) => number | undefined;

/**
 * A set of voters deciding by simple majority. Pure: the answers depend only on the ids and on
 * what the caller passes in.
 */
export class MajorityConfig {
  readonly ids: ReadonlySet<NodeId>;

  constructor(ids: Iterable<NodeId> = []) {
    this.ids = new Set(ids);
  }

  get size(): number {
    return this.ids.size;
  }

  /**
   * The largest index acknowledged by a majority: sort the acknowledgements descending and take the
   * one at position ⌊n/2⌋. An empty config returns MAX_SAFE_INTEGER so that, as the outgoing half of a
   * non-joint JointConfig, it never holds the minimum down. A voter with no acknowledgement counts as 0.
   */
  committedIndex(acked: AckedIndexFunction): number {
    const count = this.ids.size;
    if (count === 0) return Number.MAX_SAFE_INTEGER;
    const indexes: number[] = [];
    for (const id of this.ids) indexes.push(acked(id) ?? 0);
    indexes.sort((a, b) => b - a);
    return indexes[Math.floor(count / 2)];
  }

  /**
   * Won once a majority granted, lost once a majority can no longer be reached, pending otherwise.
   * An empty config wins, for the same reason committedIndex returns MAX_SAFE_INTEGER.
   */
  voteResult(votes: ReadonlyMap<NodeId, boolean>): VoteResult {
    if (this.ids.size === 0) return 'won';
    let granted = 0;
    let missing = 0;
    for (const id of this.ids) {
      const vote = votes.get(id);
      if (vote === undefined) missing += 1;
      else if (vote) granted += 1;
    }
    const quorum = Math.floor(this.ids.size / 2) + 1;
    if (granted >= quorum) return 'won';
    if (granted + missing >= quorum) return 'pending';
    return 'lost';
  }

  /** The ids in ascending order, for deterministic iteration. */
  sortedIds(): NodeId[] {
    return [...this.ids].sort((a, b) => a - b);
  }

  describe(): string {
    return `(${this.sortedIds().join(' ')})`;
  }
}
