import { describe, expect, it } from 'vitest';
import type { ConfState, NodeId } from '../../../src/raft/types.js';
import { nextConfAction, type GroupView } from '../../../src/server/membership/conf-reconciler.js';

function conf(voters: number[], learners: number[] = [], outgoing: number[] = []): ConfState {
  return { voters: voters as NodeId[], learners: learners as NodeId[], votersOutgoing: outgoing as NodeId[], learnersNext: [], autoLeave: outgoing.length > 0 };
}

function view(confState: ConfState, match: Record<number, number>, self = 1, commit = 10): GroupView {
  return { self, confState, commit, match: new Map(Object.entries(match).map(([id, index]) => [Number(id), index])) };
}

describe('nextConfAction', () => {
  it('does nothing when the membership is the target', () => {
    expect(nextConfAction(view(conf([1, 2, 3]), {}), { voters: [1, 2, 3], learners: [] }).kind).toBe('none');
  });

  it('moves a replica: learner first, then promote and remove in one change once caught up', () => {
    const target = { voters: [1, 2, 4], learners: [] };
    const first = nextConfAction(view(conf([1, 2, 3]), { 1: 10, 2: 10, 3: 10 }), target);
    expect(first).toMatchObject({ kind: 'propose', change: { changes: [{ type: 'add-learner', nodeId: 4 }] } });
    expect(nextConfAction(view(conf([1, 2, 3], [4]), { 4: 0 }), target).kind).toBe('none');
    expect(nextConfAction(view(conf([1, 2, 3], [4]), { 4: 5 }, 1, 100), target).kind).toBe('none');
    const second = nextConfAction(view(conf([1, 2, 3], [4]), { 1: 10, 2: 10, 3: 10, 4: 10 }), target);
    expect(second).toMatchObject({ kind: 'propose', change: { transition: 'auto', changes: [{ type: 'add-node', nodeId: 4 }, { type: 'remove-node', nodeId: 3 }] } });
  });

  it('hands leadership to a caught-up staying voter before the leader leaves', () => {
    const action = nextConfAction(view(conf([1, 2, 3], [4]), { 1: 10, 2: 9, 3: 10, 4: 10 }, 1), { voters: [2, 3, 4], learners: [] });
    expect(action).toEqual({ kind: 'transfer', to: 3, why: expect.any(String) });
  });

  it('waits while the group is in a joint configuration', () => {
    expect(nextConfAction(view(conf([1, 2, 4], [], [1, 2, 3]), {}), { voters: [1, 2, 4], learners: [] }).kind).toBe('none');
  });

  it('keeps wanted learners, demotes a voter the target wants as a learner, removes unwanted learners', () => {
    expect(nextConfAction(view(conf([1, 2, 3], [4]), { 4: 10 }), { voters: [1, 2, 3], learners: [4] }).kind).toBe('none');
    expect(nextConfAction(view(conf([1, 2, 3, 4, 5]), {}), { voters: [1, 2, 3], learners: [4, 5] })).toMatchObject({ change: { changes: [{ type: 'add-learner', nodeId: 4 }, { type: 'add-learner', nodeId: 5 }] } });
    expect(nextConfAction(view(conf([1, 2, 3], [4]), {}), { voters: [1, 2, 3], learners: [] })).toMatchObject({ change: { changes: [{ type: 'remove-node', nodeId: 4 }] } });
  });
});
