import { tessera } from '../wire/proto.js';
import { assert } from './invariant.js';
import { nodeId, type ConfChange, type ConfChangeTransition, type ConfChangeType } from './types.js';

const proto = tessera.raft;

const transitionToWire: Record<ConfChangeTransition, tessera.raft.ConfChangeTransition> = {
  auto: proto.ConfChangeTransition.TRANSITION_AUTO,
  'joint-implicit': proto.ConfChangeTransition.TRANSITION_JOINT_IMPLICIT,
  'joint-explicit': proto.ConfChangeTransition.TRANSITION_JOINT_EXPLICIT,
};
const typeToWire: Record<ConfChangeType, tessera.raft.ConfChangeType> = {
  'add-node': proto.ConfChangeType.ADD_NODE,
  'remove-node': proto.ConfChangeType.REMOVE_NODE,
  'add-learner': proto.ConfChangeType.ADD_LEARNER,
};

function invert<K extends string>(table: Record<K, number>): Map<number, K> {
  return new Map(Object.entries(table).map(([key, value]) => [value as number, key as K]));
}
const transitionFromWire = invert(transitionToWire);
const typeFromWire = invert(typeToWire);

/** Encodes a ConfChange as the payload of a 'conf-change' log entry. */
export function encodeConfChange(change: ConfChange): Uint8Array {
  return proto.ConfChange.encode({
    transition: transitionToWire[change.transition],
    changes: change.changes.map((single) => ({ type: typeToWire[single.type], nodeId: single.nodeId })),
    context: change.context,
  }).finish();
}

/** Decodes a 'conf-change' entry payload. Throws on bytes that are not a ConfChange: entries are checksummed, so that is a bug. */
export function decodeConfChange(data: Uint8Array): ConfChange {
  const wire = proto.ConfChange.decode(data);
  const transition = transitionFromWire.get(wire.transition ?? 0);
  assert(transition !== undefined, `unknown conf change transition ${wire.transition}`);
  return {
    transition,
    changes: (wire.changes ?? []).map((single) => {
      const type = typeFromWire.get(single.type ?? 0);
      assert(type !== undefined, `unknown conf change type ${single.type}`);
      return { type, nodeId: nodeId(Number(single.nodeId ?? 0)) };
    }),
    context: wire.context ?? new Uint8Array(0),
  };
}

/** An empty change list leaves the joint configuration. */
export function confChangeLeavesJoint(change: ConfChange): boolean {
  return change.changes.length === 0;
}

/**
 * Whether the change enters a joint configuration, and if so whether it is left automatically:
 * 'auto' with one change is a simple change; more changes, or an explicit joint transition, go joint.
 */
export function confChangeEntersJoint(change: ConfChange): { autoLeave: boolean } | null {
  if (change.transition === 'auto' && change.changes.length <= 1) return null;
  return { autoLeave: change.transition !== 'joint-explicit' };
}
