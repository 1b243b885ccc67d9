import type { ConfChangeSingle, ConfState } from '../types.js';
import { Changer, type TrackerState } from './changer.js';

/**
 * Rebuilds the tracker state a ConfState describes by replaying changes through the Changer, so a
 * restored configuration passes the same checks as one reached live. For a joint state: build the
 * outgoing voters one simple change at a time, then enter the joint config with the incoming side.
 */
export function restore(changer: Changer, confState: ConfState): TrackerState {
  const outgoing: ConfChangeSingle[] = confState.votersOutgoing.map((nodeId) => ({ type: 'add-node', nodeId }));
  const incoming: ConfChangeSingle[] = [
    ...confState.votersOutgoing.map((nodeId): ConfChangeSingle => ({ type: 'remove-node', nodeId })),
    ...confState.voters.map((nodeId): ConfChangeSingle => ({ type: 'add-node', nodeId })),
    ...confState.learners.map((nodeId): ConfChangeSingle => ({ type: 'add-learner', nodeId })),
    ...confState.learnersNext.map((nodeId): ConfChangeSingle => ({ type: 'add-learner', nodeId })),
  ];
  const steps: ((step: Changer) => TrackerState)[] = [];
  if (outgoing.length === 0) {
    for (const change of incoming) steps.push((step) => step.simple([change]));
  } else {
    for (const change of outgoing) steps.push((step) => step.simple([change]));
    steps.push((step) => step.enterJoint(confState.autoLeave, incoming));
  }
  let current = changer;
  let state = changer.snapshotState();
  for (const run of steps) {
    state = run(current);
    current = current.withState(state);
  }
  return state;
}
