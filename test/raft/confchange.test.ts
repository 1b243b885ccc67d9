import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Changer, ConfChangeError, type TrackerState } from '../../src/raft/confchange/changer.js';
import { restore } from '../../src/raft/confchange/restore.js';
import { ProgressTracker } from '../../src/raft/tracker/progress-tracker.js';
import type { ConfChangeSingle, ConfChangeType, ConfState } from '../../src/raft/types.js';
import { nodeId } from '../../src/raft/types.js';

const lastIndex = 10;

function changerFor(state?: TrackerState): Changer {
  const base = new Changer(new ProgressTracker(256, 0), lastIndex);
  return state === undefined ? base : base.withState(state);
}

function single(type: ConfChangeType, id: number): ConfChangeSingle {
  return { type, nodeId: nodeId(id) };
}

const add = (id: number) => single('add-node', id);
const remove = (id: number) => single('remove-node', id);
const learner = (id: number) => single('add-learner', id);

function confStateOf(state: TrackerState): ConfState {
  const tracker = new ProgressTracker(256, 0);
  tracker.config = state.config;
  tracker.progress = state.progress;
  return tracker.confState();
}

/** Builds a simple config by adding voters one at a time. */
function votersState(...voters: number[]): TrackerState {
  let state = changerFor().snapshotState();
  for (const voter of voters) state = changerFor(state).simple([add(voter)]);
  return state;
}

describe('Changer.simple', () => {
  it('adds voters one at a time, with fresh progress probing from the last index', () => {
    const state = votersState(1, 2, 3);
    expect(confStateOf(state).voters).toEqual([1, 2, 3]);
    const progress = state.progress.get(nodeId(3));
    expect(progress?.next).toBe(lastIndex);
    expect(progress?.match).toBe(0);
    expect(progress?.recentActive).toBe(true);
  });

  it('adds and promotes a learner; the learner is not a voter', () => {
    const withLearner = changerFor(votersState(1, 2, 3)).simple([learner(4)]);
    expect(confStateOf(withLearner)).toMatchObject({ voters: [1, 2, 3], learners: [4] });
    expect(withLearner.progress.get(nodeId(4))?.isLearner).toBe(true);
    const promoted = changerFor(withLearner).simple([add(4)]);
    expect(confStateOf(promoted)).toMatchObject({ voters: [1, 2, 3, 4], learners: [] });
    expect(promoted.progress.get(nodeId(4))?.isLearner).toBe(false);
  });

  it('demotes a voter to a learner in a simple change, keeping its progress', () => {
    const start = votersState(1, 2, 3);
    start.progress.get(nodeId(3))!.match = 7;
    const demoted = changerFor(start).simple([learner(3)]);
    expect(confStateOf(demoted)).toMatchObject({ voters: [1, 2], learners: [3] });
    expect(demoted.progress.get(nodeId(3))?.match).toBe(7);
  });

  it('removes a voter and its progress; removing an unknown node is a no-op', () => {
    const removed = changerFor(votersState(1, 2, 3)).simple([remove(3)]);
    expect(confStateOf(removed).voters).toEqual([1, 2]);
    expect(removed.progress.has(nodeId(3))).toBe(false);
    const unchanged = changerFor(removed).simple([remove(9)]);
    expect(confStateOf(unchanged).voters).toEqual([1, 2]);
  });

  it('allows any number of learner changes alongside one voter change', () => {
    const state = changerFor(votersState(1, 2, 3)).simple([learner(4), learner(5), add(6)]);
    expect(confStateOf(state)).toMatchObject({ voters: [1, 2, 3, 6], learners: [4, 5] });
  });

  it('rejects two voter changes in one simple change', () => {
    expect(() => changerFor(votersState(1, 2, 3)).simple([add(4), add(5)])).toThrow(ConfChangeError);
    expect(() => changerFor(votersState(1, 2, 3)).simple([remove(1), add(4)])).toThrow(ConfChangeError);
  });

  it('rejects a change that leaves zero voters', () => {
    expect(() => changerFor(votersState(1)).simple([remove(1)])).toThrow(ConfChangeError);
    expect(() => changerFor(votersState(1)).simple([learner(1)])).toThrow(ConfChangeError);
  });

  it('rejects a simple change in a joint configuration', () => {
    const joint = changerFor(votersState(1, 2, 3)).enterJoint(false, [add(4), add(5)]);
    expect(() => changerFor(joint).simple([add(6)])).toThrow(ConfChangeError);
  });

  it('never mutates its input', () => {
    const start = votersState(1, 2, 3);
    changerFor(start).simple([remove(3)]);
    changerFor(start).enterJoint(true, [remove(1), add(4)]);
    expect(confStateOf(start).voters).toEqual([1, 2, 3]);
    expect(start.progress.has(nodeId(3))).toBe(true);
  });
});

describe('Changer.enterJoint / leaveJoint', () => {
  it('enters a joint config with the old voters outgoing and leaves it to the incoming set', () => {
    const joint = changerFor(votersState(1, 2, 3)).enterJoint(true, [remove(1), add(4), add(5)]);
    expect(confStateOf(joint)).toEqual({ voters: [2, 3, 4, 5], votersOutgoing: [1, 2, 3], learners: [], learnersNext: [], autoLeave: true });
    // Node 1 still counts in the outgoing half, so its progress stays.
    expect(joint.progress.has(nodeId(1))).toBe(true);
    const left = changerFor(joint).leaveJoint();
    expect(confStateOf(left)).toEqual({ voters: [2, 3, 4, 5], votersOutgoing: [], learners: [], learnersNext: [], autoLeave: false });
    expect(left.progress.has(nodeId(1))).toBe(false);
  });

  it('demoting a voter inside a joint change goes through learnersNext', () => {
    const joint = changerFor(votersState(1, 2, 3)).enterJoint(false, [learner(3), add(4)]);
    expect(confStateOf(joint)).toEqual({ voters: [1, 2, 4], votersOutgoing: [1, 2, 3], learners: [], learnersNext: [3], autoLeave: false });
    expect(joint.progress.get(nodeId(3))?.isLearner).toBe(false);
    const left = changerFor(joint).leaveJoint();
    expect(confStateOf(left)).toMatchObject({ voters: [1, 2, 4], learners: [3], learnersNext: [] });
    expect(left.progress.get(nodeId(3))?.isLearner).toBe(true);
  });

  it('a learner added in the joint change is a learner at once', () => {
    const joint = changerFor(votersState(1, 2, 3)).enterJoint(true, [learner(7), add(4)]);
    expect(confStateOf(joint)).toMatchObject({ learners: [7], learnersNext: [] });
  });

  it('rejects entering a joint config twice, from zero voters, or to zero voters', () => {
    const joint = changerFor(votersState(1, 2, 3)).enterJoint(true, [add(4), add(5)]);
    expect(() => changerFor(joint).enterJoint(true, [add(6)])).toThrow(ConfChangeError);
    expect(() => changerFor().enterJoint(true, [add(1), add(2)])).toThrow(ConfChangeError);
    expect(() => changerFor(votersState(1, 2)).enterJoint(true, [remove(1), remove(2)])).toThrow(ConfChangeError);
  });

  it('rejects leaving a non-joint config', () => {
    expect(() => changerFor(votersState(1, 2, 3)).leaveJoint()).toThrow(ConfChangeError);
  });
});

/** A random valid ConfState: disjoint voters, learners, outgoing-only voters; learnersNext ⊆ outgoing. */
const confStateArbitrary = fc
  .record({
    ids: fc.uniqueArray(fc.integer({ min: 1, max: 30 }), { minLength: 1, maxLength: 12 }),
    voterCount: fc.integer({ min: 1, max: 5 }),
    learnerCount: fc.integer({ min: 0, max: 4 }),
    joint: fc.boolean(),
    retained: fc.integer({ min: 0, max: 5 }),
    outgoingOnly: fc.integer({ min: 0, max: 3 }),
    nextCount: fc.integer({ min: 0, max: 3 }),
    autoLeave: fc.boolean(),
  })
  .map((plan): ConfState => {
    const pool = [...plan.ids];
    const take = (count: number) => pool.splice(0, Math.min(count, pool.length));
    const voters = take(plan.voterCount);
    if (voters.length === 0) voters.push(99);
    const learners = take(plan.learnerCount);
    const sorted = (values: number[]) => [...values].sort((a, b) => a - b).map(nodeId);
    if (!plan.joint) return { voters: sorted(voters), learners: sorted(learners), votersOutgoing: [], learnersNext: [], autoLeave: false };
    const outgoingOnly = take(plan.outgoingOnly);
    const learnersNext = outgoingOnly.slice(0, plan.nextCount);
    const votersOutgoing = [...voters.slice(0, plan.retained), ...outgoingOnly];
    if (votersOutgoing.length === 0) votersOutgoing.push(voters[0]);
    return { voters: sorted(voters), learners: sorted(learners), votersOutgoing: sorted(votersOutgoing), learnersNext: sorted(learnersNext), autoLeave: plan.autoLeave };
  });

describe('restore', () => {
  it('restores the empty ConfState to an empty config', () => {
    const empty: ConfState = { voters: [], learners: [], votersOutgoing: [], learnersNext: [], autoLeave: false };
    expect(confStateOf(restore(changerFor(), empty))).toEqual(empty);
  });

  it('restores a joint ConfState with learnersNext', () => {
    const joint: ConfState = { voters: [1, 2, 4].map(nodeId), learners: [7].map(nodeId), votersOutgoing: [1, 2, 3].map(nodeId), learnersNext: [3].map(nodeId), autoLeave: true };
    const state = restore(changerFor(), joint);
    expect(confStateOf(state)).toEqual(joint);
    expect(state.progress.get(nodeId(3))?.isLearner).toBe(false);
    expect(state.progress.get(nodeId(7))?.isLearner).toBe(true);
  });

  it('random valid conf states restore to themselves (property)', () => {
    fc.assert(
      fc.property(confStateArbitrary, (confState) => {
        expect(confStateOf(restore(changerFor(), confState))).toEqual(confState);
      }),
      { numRuns: 300 },
    );
  });
});
