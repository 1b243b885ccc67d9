import { JointConfig } from '../quorum/joint-config.js';
import type { VoteResult } from '../quorum/majority-config.js';
import type { ConfState, NodeId } from '../types.js';
import type { Progress } from './progress.js';

/**
 * A group's membership as the tracker sees it.
 * Invariant: learners are disjoint from both voter halves; learnersNext ⊆ voters.outgoing and
 * disjoint from learners; outside a joint config learnersNext is empty and autoLeave false.
 */
export interface TrackerConfig {
  voters: JointConfig;
  learners: Set<NodeId>;
  /** Outgoing voters that become learners when the joint config is left. */
  learnersNext: Set<NodeId>;
  autoLeave: boolean;
}

/** An empty membership: what a node that has not joined yet knows. */
export function emptyTrackerConfig(): TrackerConfig {
  return { voters: new JointConfig(), learners: new Set(), learnersNext: new Set(), autoLeave: false };
}

/** The tally of an election so far. */
export interface VoteTally {
  granted: number;
  rejected: number;
  result: VoteResult;
}

/** The membership of a group, the leader's Progress for every member, and the votes of an election. */
export class ProgressTracker {
  config: TrackerConfig = emptyTrackerConfig();
  /** Invariant: holds exactly the voters (both halves), learners and learnersNext. */
  progress = new Map<NodeId, Progress>();
  votes = new Map<NodeId, boolean>();

  constructor(
    readonly inflightCountMax: number,
    readonly inflightBytesMax: number,
  ) {}

  /** The membership in its persisted form, ids sorted. */
  confState(): ConfState {
    const sorted = (ids: Iterable<NodeId>): NodeId[] => [...ids].sort((a, b) => a - b);
    return {
      voters: sorted(this.config.voters.incoming.ids),
      learners: sorted(this.config.learners),
      votersOutgoing: sorted(this.config.voters.outgoing.ids),
      learnersNext: sorted(this.config.learnersNext),
      autoLeave: this.config.autoLeave,
    };
  }

  /** One voter and no joint change: the group is its own quorum. */
  isSingleton(): boolean {
    return this.config.voters.incoming.size === 1 && !this.config.voters.isJoint();
  }

  /** The highest index replicated on a quorum of voters. */
  committed(): number {
    return this.config.voters.committedIndex((id) => this.progress.get(id)?.match);
  }

  /** Calls `visitor` for every member in ascending id order, so sends are deterministic. */
  visit(visitor: (id: NodeId, progress: Progress) => void): void {
    const ids = [...this.progress.keys()].sort((a, b) => a - b);
    for (const id of ids) {
      const progress = this.progress.get(id);
      if (progress !== undefined) visitor(id, progress);
    }
  }

  /** True when a quorum of voters was recently active (CheckQuorum). */
  quorumActive(): boolean {
    const votes = new Map<NodeId, boolean>();
    this.visit((id, progress) => {
      if (!progress.isLearner) votes.set(id, progress.recentActive);
    });
    return this.config.voters.voteResult(votes) === 'won';
  }

  /** Voters of both halves, ascending. */
  voterNodes(): NodeId[] {
    return [...this.config.voters.ids()].sort((a, b) => a - b);
  }

  /** Learners and future learners, ascending. */
  learnerNodes(): NodeId[] {
    return [...new Set([...this.config.learners, ...this.config.learnersNext])].sort((a, b) => a - b);
  }

  resetVotes(): void {
    this.votes = new Map();
  }

  /** Records a voter's answer; a second answer from the same voter is ignored. */
  recordVote(id: NodeId, granted: boolean): void {
    if (!this.votes.has(id)) this.votes.set(id, granted);
  }

  tallyVotes(): VoteTally {
    let granted = 0;
    let rejected = 0;
    for (const [id, vote] of this.votes) {
      if (this.progress.get(id)?.isLearner !== false) continue;
      if (vote) granted += 1;
      else rejected += 1;
    }
    return { granted, rejected, result: this.config.voters.voteResult(this.votes) };
  }
}
