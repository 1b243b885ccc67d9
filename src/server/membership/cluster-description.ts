import type { ShardMap } from '../../routing/shard-map.js';
import { createInitialShardMap, shardForKey } from '../../routing/shard-map.js';
import { slotCountDefault } from '../../routing/slots.js';
import type { ShardId } from '../../raft/types.js';
import { shardId as toShardId } from '../../raft/types.js';
import { tessera } from '../../wire/proto.js';
import type { InitialMember } from '../node-config.js';

/** The meta group's id. Data shards are numbered from 1. */
export const metaShardId = toShardId(0);

/** The key under which the meta group's state machine holds the cluster description. */
export const clusterRecordKey = new TextEncoder().encode('\u0000tessera/cluster');

/** Where a member stands: registered and catching up, serving, or being emptied before removal. */
export type MemberState = 'joining' | 'active' | 'draining';

/** A member as the cluster knows it. */
export interface ClusterMember {
  id: number;
  peerAddress: string;
  clientAddress: string;
  state: MemberState;
}

/** A Raft group's membership as one of its replicas reported it, at that replica's applied index. */
export interface ObservedConf {
  voters: number[];
  learners: number[];
  /** Voters of the outgoing config while joint; empty otherwise. */
  outgoing: number[];
  applied: number;
}

/**
 * The cluster description, replicated by the meta group and written only by its leader: the
 * members; the shard map (each shard's `replicas` are the voters placement wants it to have);
 * the meta group's target voters; and what each group last reported of its real membership.
 */
export interface ClusterDescription {
  members: ClusterMember[];
  shardMap: ShardMap;
  replicaCount: number;
  metaVoters: number[];
  /** By shard id (0 = meta). Absent until the group's first report reaches the placement controller. */
  observed: Map<number, ObservedConf>;
}

/** The description of a new cluster, computed identically on every founding node from the bootstrap flags. */
export function bootstrapDescription(initial: InitialMember[], shards: number, replicas: number): ClusterDescription {
  return {
    members: initial.map((member) => ({ ...member, state: 'active' })),
    shardMap: createInitialShardMap({ shardCount: shards, slotCount: slotCountDefault, nodeIds: initial.map((member) => member.id), replicaCount: replicas }),
    replicaCount: replicas,
    metaVoters: initial.map((member) => member.id).sort((a, b) => a - b),
    observed: new Map(),
  };
}

/** Encodes a description as the meta group stores it (a tessera.kv.ShardMap carrying everything). */
export function encodeDescription(description: ClusterDescription): Uint8Array {
  return tessera.kv.ShardMap.encode({
    epoch: description.shardMap.epoch,
    slotCount: description.shardMap.slotCount,
    shards: description.shardMap.shards.map((shard) => ({ ...shard, ...observedFields(description, shard.id) })),
    members: description.members.map((member) => ({ ...member })),
    meta: { id: 0, replicas: description.metaVoters, ...observedFields(description, 0) },
    replicaCount: description.replicaCount,
  }).finish();
}

/** Decodes a stored description; records written before membership changes existed read as all members active. */
export function decodeDescription(bytes: Uint8Array): ClusterDescription {
  const wire = tessera.kv.ShardMap.decode(bytes);
  const observed = new Map<number, ObservedConf>();
  const noteObserved = (shard: tessera.kv.IShardDescriptor): void => {
    if (Number(shard.observedApplied ?? 0) === 0) return;
    observed.set(Number(shard.id ?? 0), { voters: numbers(shard.observedVoters), learners: numbers(shard.observedLearners), outgoing: numbers(shard.observedOutgoing), applied: Number(shard.observedApplied) });
  };
  const shards = (wire.shards ?? []).map((shard) => {
    noteObserved(shard);
    return { id: Number(shard.id), slotStart: shard.slotStart ?? 0, slotEnd: shard.slotEnd ?? 0, replicas: numbers(shard.replicas), epoch: Number(shard.epoch ?? 0) };
  });
  if (wire.meta !== null && wire.meta !== undefined) noteObserved(wire.meta);
  const members = (wire.members ?? []).map((member) => ({ id: Number(member.id), peerAddress: member.peerAddress ?? '', clientAddress: member.clientAddress ?? '', state: memberState(member.state) }));
  return {
    members,
    shardMap: { epoch: Number(wire.epoch ?? 0), slotCount: wire.slotCount ?? slotCountDefault, shards },
    replicaCount: wire.replicaCount ?? shards[0]?.replicas.length ?? 0,
    metaVoters: wire.meta?.replicas !== undefined && wire.meta.replicas !== null && wire.meta.replicas.length > 0 ? numbers(wire.meta.replicas) : members.map((member) => member.id),
    observed,
  };
}

/**
 * The shard map as clients get it. A shard's `replicas` are its target voters plus the voters it
 * still really has, so a client can reach the leader while a replica moves; `leaderHint` is each
 * shard's leader as this node last saw it.
 */
export function toWireShardMap(description: ClusterDescription, leaders: ReadonlyMap<number, number>): tessera.kv.IShardMap {
  const metaVoters = new Set(description.observed.get(0)?.voters ?? description.metaVoters);
  return {
    epoch: description.shardMap.epoch,
    slotCount: description.shardMap.slotCount,
    shards: description.shardMap.shards.map((shard) => ({
      ...shard,
      ...observedFields(description, shard.id),
      replicas: reachableReplicas(description, shard.id, shard.replicas),
      targetReplicas: shard.replicas,
      leaderHint: leaders.get(shard.id) ?? 0,
    })),
    members: description.members.map((member) => ({ ...member, role: metaVoters.has(member.id) ? 'voter' : 'learner' })),
    replicaCount: description.replicaCount,
  };
}

function observedFields(description: ClusterDescription, shardId: number): tessera.kv.IShardDescriptor {
  const observed = description.observed.get(shardId);
  return observed === undefined ? {} : { observedVoters: observed.voters, observedLearners: observed.learners, observedOutgoing: observed.outgoing, observedApplied: observed.applied };
}

function reachableReplicas(description: ClusterDescription, shardId: number, target: number[]): number[] {
  const observed = description.observed.get(shardId);
  const all = new Set([...target, ...(observed?.voters ?? []), ...(observed?.outgoing ?? [])]);
  return [...all].sort((a, b) => a - b);
}

/** The data shard holding `key`. */
export function shardOfKey(description: ClusterDescription, key: Uint8Array): ShardId {
  return toShardId(shardForKey(description.shardMap, key).id);
}

/** A deep copy, for planners that change a description. */
export function cloneDescription(description: ClusterDescription): ClusterDescription {
  return decodeDescription(encodeDescription(description));
}

function numbers(values: readonly (number | { toString(): string })[] | null | undefined): number[] {
  return (values ?? []).map(Number);
}

function memberState(value: string | null | undefined): MemberState {
  return value === 'joining' || value === 'draining' ? value : 'active';
}
