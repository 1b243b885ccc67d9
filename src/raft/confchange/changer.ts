import { JointConfig } from '../quorum/joint-config.js';
import { MajorityConfig } from '../quorum/majority-config.js';
import type { TrackerConfig } from '../tracker/progress-tracker.js';
import { Progress } from '../tracker/progress.js';
import type { ConfChangeSingle, LogIndex, NodeId } from '../types.js';

/** A membership change that is not allowed; the change is refused as a whole. */
export class ConfChangeError extends Error {
  readonly code = 'TESSERA_CONF_CHANGE_INVALID';
  constructor(message: string) {
    super(message);
    this.name = 'ConfChangeError';
  }
}

/** A membership and its progress map: what a change produces and what the tracker switches to. */
export interface TrackerState {
  config: TrackerConfig;
  progress: Map<NodeId, Progress>;
}

/** Mutable working copy of a configuration while a change is applied to it. */
interface Draft {
  incoming: Set<NodeId>;
  outgoing: Set<NodeId>;
  learners: Set<NodeId>;
  learnersNext: Set<NodeId>;
  autoLeave: boolean;
  progress: Map<NodeId, Progress>;
}

/**
 * Computes the configuration a membership change leads to (Raft thesis §4.3, etcd's confchange):
 * a simple change of at most one voter, entering a joint configuration, or leaving it. It never
 * mutates its input; each method returns a fresh TrackerState or throws ConfChangeError.
 */
export class Changer {
  constructor(
    private readonly current: TrackerState & { inflightCountMax: number; inflightBytesMax: number },
    readonly lastIndex: LogIndex,
  ) {}

  /** The state this changer starts from, as a fresh copy. */
  snapshotState(): TrackerState {
    return this.finish(this.copy());
  }

  /** A changer over `state` with the same limits and last index, for chaining changes. */
  withState(state: TrackerState): Changer {
    return new Changer({ ...state, inflightCountMax: this.current.inflightCountMax, inflightBytesMax: this.current.inflightBytesMax }, this.lastIndex);
  }

  /** Enters the joint configuration (current voters ∧ changed voters). */
  enterJoint(autoLeave: boolean, changes: ConfChangeSingle[]): TrackerState {
    const draft = this.copy();
    if (draft.outgoing.size > 0) throw new ConfChangeError('configuration is already joint');
    if (draft.incoming.size === 0) throw new ConfChangeError('cannot make a zero-voter configuration joint');
    draft.outgoing = new Set(draft.incoming);
    this.apply(draft, changes);
    draft.autoLeave = autoLeave;
    return this.finish(draft);
  }

  /** Leaves the joint configuration: the outgoing half is dropped, learnersNext become learners. */
  leaveJoint(): TrackerState {
    const draft = this.copy();
    if (draft.outgoing.size === 0) throw new ConfChangeError('cannot leave a non-joint configuration');
    for (const id of draft.learnersNext) {
      draft.learners.add(id);
      const progress = draft.progress.get(id);
      if (progress !== undefined) progress.isLearner = true;
    }
    draft.learnersNext.clear();
    for (const id of draft.outgoing) {
      if (!draft.incoming.has(id) && !draft.learners.has(id)) draft.progress.delete(id);
    }
    draft.outgoing.clear();
    draft.autoLeave = false;
    return this.finish(draft);
  }

  /** Applies changes that alter at most one voter, without a joint configuration. */
  simple(changes: ConfChangeSingle[]): TrackerState {
    const draft = this.copy();
    if (draft.outgoing.size > 0) throw new ConfChangeError('cannot apply a simple change in a joint configuration');
    this.apply(draft, changes);
    const before = this.current.config.voters.incoming.ids;
    let changed = 0;
    for (const id of draft.incoming) if (!before.has(id)) changed += 1;
    for (const id of before) if (!draft.incoming.has(id)) changed += 1;
    if (changed > 1) throw new ConfChangeError('more than one voter changed without entering a joint configuration');
    return this.finish(draft);
  }

  private apply(draft: Draft, changes: ConfChangeSingle[]): void {
    for (const change of changes) {
      if (change.nodeId === 0) continue;
      if (change.type === 'add-node') this.makeVoter(draft, change.nodeId);
      else if (change.type === 'add-learner') this.makeLearner(draft, change.nodeId);
      else this.remove(draft, change.nodeId);
    }
    if (draft.incoming.size === 0) throw new ConfChangeError('the change removes every voter');
  }

  private makeVoter(draft: Draft, id: NodeId): void {
    const progress = draft.progress.get(id);
    if (progress === undefined) {
      this.initProgress(draft, id, false);
      return;
    }
    progress.isLearner = false;
    draft.learners.delete(id);
    draft.learnersNext.delete(id);
    draft.incoming.add(id);
  }

  private makeLearner(draft: Draft, id: NodeId): void {
    const progress = draft.progress.get(id);
    if (progress === undefined) {
      this.initProgress(draft, id, true);
      return;
    }
    if (progress.isLearner) return;
    // Demoting a voter: drop it from the voters but keep its progress.
    this.remove(draft, id);
    draft.progress.set(id, progress);
    // A voter of the outgoing half stays a voter until the joint config is left, then becomes a learner.
    if (draft.outgoing.has(id)) {
      draft.learnersNext.add(id);
    } else {
      progress.isLearner = true;
      draft.learners.add(id);
    }
  }

  private remove(draft: Draft, id: NodeId): void {
    if (!draft.progress.has(id)) return;
    draft.incoming.delete(id);
    draft.learners.delete(id);
    draft.learnersNext.delete(id);
    // The outgoing half still counts this node's acknowledgements until the joint config is left.
    if (!draft.outgoing.has(id)) draft.progress.delete(id);
  }

  private initProgress(draft: Draft, id: NodeId, isLearner: boolean): void {
    if (isLearner) draft.learners.add(id);
    else draft.incoming.add(id);
    // Probing from the last index costs one round trip if the node is new and none if it is current.
    const next = Math.max(this.lastIndex, 1);
    const progress = new Progress({ next, match: 0, inflightCountMax: this.current.inflightCountMax, inflightBytesMax: this.current.inflightBytesMax, isLearner });
    // Counted active so that adding a node does not make CheckQuorum step the leader down at once.
    progress.recentActive = true;
    draft.progress.set(id, progress);
  }

  private copy(): Draft {
    const config = this.current.config;
    const progress = new Map<NodeId, Progress>();
    for (const [id, entry] of this.current.progress) progress.set(id, entry.clone());
    return {
      incoming: new Set(config.voters.incoming.ids),
      outgoing: new Set(config.voters.outgoing.ids),
      learners: new Set(config.learners),
      learnersNext: new Set(config.learnersNext),
      autoLeave: config.autoLeave,
      progress,
    };
  }

  private finish(draft: Draft): TrackerState {
    checkInvariants(draft);
    const config: TrackerConfig = {
      voters: new JointConfig(new MajorityConfig(draft.incoming), new MajorityConfig(draft.outgoing)),
      learners: draft.learners,
      learnersNext: draft.learnersNext,
      autoLeave: draft.autoLeave,
    };
    return { config, progress: draft.progress };
  }
}

/** Throws when a draft breaks the TrackerConfig invariants: a bug in the changer, not bad input. */
function checkInvariants(draft: Draft): void {
  const fail = (what: string): never => {
    throw new Error(`conf change invariant broken: ${what}`);
  };
  for (const id of [...draft.incoming, ...draft.outgoing, ...draft.learners, ...draft.learnersNext]) {
    if (!draft.progress.has(id)) fail(`no progress for ${id}`);
  }
  for (const id of draft.learnersNext) {
    if (!draft.outgoing.has(id)) fail(`${id} is in learnersNext but not an outgoing voter`);
    if (draft.progress.get(id)?.isLearner === true) fail(`${id} is in learnersNext but already a learner`);
  }
  for (const id of draft.learners) {
    if (draft.incoming.has(id) || draft.outgoing.has(id)) fail(`${id} is both learner and voter`);
    if (draft.progress.get(id)?.isLearner !== true) fail(`${id} is a learner without the learner flag`);
  }
  if (draft.outgoing.size === 0) {
    if (draft.learnersNext.size > 0) fail('learnersNext outside a joint configuration');
    if (draft.autoLeave) fail('autoLeave outside a joint configuration');
  }
}
