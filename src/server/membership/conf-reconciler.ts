/**
 * What a group's leader does next to bring the group's real membership to the membership placement
 * wants, one safe step at a time (pure: the caller proposes the change or transfers leadership).
 *
 * The order keeps every step safe and the group available: new replicas join as learners first;
 * only learners that have caught up are promoted, and a voter leaves in the same joint change that
 * promotes its replacement (a move never drops below the target's size); a leader that must leave
 * hands its leadership to a caught-up voter that stays; learners placement no longer wants go last.
 */
import type { ConfChange, ConfState } from '../../raft/types.js';
import { nodeId as toNodeId } from '../../raft/types.js';

/** Entries a learner may trail the commit index by and still count as caught up. */
export const learnerLagMax = 64;

/** What the leader knows of its group. */
export interface GroupView {
  self: number;
  /** The group's applied membership. */
  confState: ConfState;
  /** The leader's commit index; a learner is caught up when its match reaches it. */
  commit: number;
  /** Match index per member (leader progress). */
  match: ReadonlyMap<number, number>;
}

/** The membership placement wants. */
export interface GroupTarget {
  voters: readonly number[];
  learners: readonly number[];
}

export type ConfAction = { kind: 'none'; why: string } | { kind: 'propose'; change: ConfChange; why: string } | { kind: 'transfer'; to: number; why: string };

/** The next step toward `target`, or none when the group is there (or must wait). */
export function nextConfAction(view: GroupView, target: GroupTarget): ConfAction {
  const { confState } = view;
  if (target.voters.length === 0) return { kind: 'none', why: 'no target voters' };
  if (confState.votersOutgoing.length > 0) return { kind: 'none', why: 'joint configuration being left' };
  const voters = new Set<number>(confState.voters);
  const learners = new Set<number>(confState.learners);
  const wantedVoters = new Set(target.voters);
  const wanted = new Set([...target.voters, ...target.learners]);
  // Under a steady write load a healthy replica trails the commit index by the entries in flight,
  // so "caught up" allows a small lag (etcd promotes a learner within 10 % of the leader's log).
  const caughtUp = (id: number): boolean => {
    const match = view.match.get(id) ?? 0;
    return match > 0 && match + learnerLagMax >= view.commit;
  };

  const missing = [...wanted].filter((id) => !voters.has(id) && !learners.has(id)).sort((a, b) => a - b);
  if (missing.length > 0) return propose([{ type: 'add-learner', nodeId: missing[0] }], `add ${missing[0]} as a learner`);

  const promotions = [...learners].filter((id) => wantedVoters.has(id)).sort((a, b) => a - b);
  const leaving = [...voters].filter((id) => !wantedVoters.has(id)).sort((a, b) => a - b);
  if (promotions.length > 0 || leaving.length > 0) {
    const lagging = promotions.filter((id) => !caughtUp(id));
    if (lagging.length > 0) return { kind: 'none', why: `waiting for learners ${lagging.join(',')} to catch up` };
    if (leaving.includes(view.self)) {
      const successor = [...voters].filter((id) => wantedVoters.has(id) && caughtUp(id)).sort((a, b) => (view.match.get(b) ?? 0) - (view.match.get(a) ?? 0) || a - b)[0];
      return successor === undefined ? { kind: 'none', why: 'leader must leave but no staying voter is caught up' } : { kind: 'transfer', to: successor, why: `leader ${view.self} leaves the group` };
    }
    const changes: ConfChange['changes'] = [
      ...promotions.map((id) => ({ type: 'add-node' as const, nodeId: toNodeId(id) })),
      ...leaving.map((id) => ({ type: wanted.has(id) ? ('add-learner' as const) : ('remove-node' as const), nodeId: toNodeId(id) })),
    ];
    return { kind: 'propose', change: { transition: 'auto', changes, context: new Uint8Array(0) }, why: `promote [${promotions.join(',')}], demote or remove [${leaving.join(',')}]` };
  }

  const extra = [...learners].filter((id) => !wanted.has(id)).sort((a, b) => a - b);
  if (extra.length > 0) return propose([{ type: 'remove-node', nodeId: extra[0] }], `remove learner ${extra[0]}`);
  return { kind: 'none', why: 'membership matches the target' };
}

function propose(changes: { type: 'add-learner' | 'remove-node'; nodeId: number }[], why: string): ConfAction {
  return { kind: 'propose', change: { transition: 'auto', changes: changes.map((change) => ({ type: change.type, nodeId: toNodeId(change.nodeId) })), context: new Uint8Array(0) }, why };
}
