import type { ShardMap } from '../routing/shard-map.js';
import { createInitialShardMap, shardForKey } from '../routing/shard-map.js';
import { slotCountDefault } from '../routing/slots.js';
import type { ShardId } from '../raft/types.js';
import { shardId as toShardId } from '../raft/types.js';
import { tessera } from '../wire/proto.js';
import type { InitialMember } from './node-config.js';

/** The meta group's id. Data shards are numbered from 1. */
export const metaShardId = toShardId(0);

/** The key under which the meta group's state machine holds the cluster description. */
export const clusterRecordKey = new TextEncoder().encode('\u0000tessera/cluster');

/** A member as the cluster knows it. */
export interface ClusterMember {
  id: number;
  peerAddress: string;
  clientAddress: string;
}

/** The cluster description: members and shard map. Replicated by the meta group. */
export interface ClusterDescription {
  members: ClusterMember[];
  shardMap: ShardMap;
}

/** The description of a new cluster, computed identically on every founding node from the bootstrap flags. */
export function bootstrapDescription(initial: InitialMember[], shards: number, replicas: number): ClusterDescription {
  return {
    members: initial.map((member) => ({ ...member })),
    shardMap: createInitialShardMap({ shardCount: shards, slotCount: slotCountDefault, nodeIds: initial.map((member) => member.id), replicaCount: replicas }),
  };
}

/** Encodes a description as the meta group stores it (a tessera.kv.ShardMap carrying the members). */
export function encodeDescription(description: ClusterDescription): Uint8Array {
  return tessera.kv.ShardMap.encode(toWireShardMap(description, new Map())).finish();
}

export function decodeDescription(bytes: Uint8Array): ClusterDescription {
  const wire = tessera.kv.ShardMap.decode(bytes);
  return {
    members: (wire.members ?? []).map((member) => ({ id: Number(member.id), peerAddress: member.peerAddress ?? '', clientAddress: member.clientAddress ?? '' })),
    shardMap: {
      epoch: Number(wire.epoch ?? 0),
      slotCount: wire.slotCount ?? slotCountDefault,
      shards: (wire.shards ?? []).map((shard) => ({
        id: Number(shard.id),
        slotStart: shard.slotStart ?? 0,
        slotEnd: shard.slotEnd ?? 0,
        replicas: (shard.replicas ?? []).map(Number),
        epoch: Number(shard.epoch ?? 0),
      })),
    },
  };
}

/** The wire form of the shard map, with each shard's leader as this node last saw it. */
export function toWireShardMap(description: ClusterDescription, leaders: ReadonlyMap<number, number>): tessera.kv.IShardMap {
  return {
    epoch: description.shardMap.epoch,
    slotCount: description.shardMap.slotCount,
    shards: description.shardMap.shards.map((shard) => ({ ...shard, leaderHint: leaders.get(shard.id) ?? 0 })),
    members: description.members.map((member) => ({ id: member.id, peerAddress: member.peerAddress, clientAddress: member.clientAddress, role: 'voter' })),
  };
}

/** The data shard holding `key`. */
export function shardOfKey(description: ClusterDescription, key: Uint8Array): ShardId {
  return toShardId(shardForKey(description.shardMap, key).id);
}
