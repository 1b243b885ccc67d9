import { slotOfKey } from './slots.js';

/** One shard: the slot range it owns and the nodes holding its replicas. */
export interface ShardDescriptor {
  /** Shard ids start at 1; 0 is the meta group. */
  id: number;
  /** First slot owned (inclusive). */
  slotStart: number;
  /** End of the owned range (exclusive). */
  slotEnd: number;
  /** Node ids of the voting replicas, in no particular order. */
  replicas: number[];
  /** Raised on every change to this shard's range or replicas; a request carrying an older epoch is refused. */
  epoch: number;
}

/** The whole cluster's key → shard mapping. `epoch` is raised on any change to any shard. */
export interface ShardMap {
  epoch: number;
  slotCount: number;
  /** Sorted by slotStart; together they cover [0, slotCount) with no gap or overlap. */
  shards: ShardDescriptor[];
}

/** Splits [0, slotCount) into `shardCount` contiguous ranges and places replicas round-robin over `nodeIds`. */
export function createInitialShardMap(options: { shardCount: number; slotCount: number; nodeIds: number[]; replicaCount: number }): ShardMap {
  const { shardCount, slotCount, nodeIds, replicaCount } = options;
  if (shardCount < 1 || shardCount > slotCount) throw new RangeError(`shardCount must be in [1, ${slotCount}], got ${shardCount}`);
  if (replicaCount < 1 || replicaCount > nodeIds.length) throw new RangeError(`replicaCount must be in [1, ${nodeIds.length}], got ${replicaCount}`);
  const sorted = [...nodeIds].sort((a, b) => a - b);
  const shards: ShardDescriptor[] = [];
  for (let position = 0; position < shardCount; position += 1) {
    const replicas: number[] = [];
    for (let copy = 0; copy < replicaCount; copy += 1) replicas.push(sorted[(position + copy) % sorted.length]);
    shards.push({
      id: position + 1,
      slotStart: Math.floor((position * slotCount) / shardCount),
      slotEnd: Math.floor(((position + 1) * slotCount) / shardCount),
      replicas,
      epoch: 1,
    });
  }
  return { epoch: 1, slotCount, shards };
}

/** The shard owning `slot` (binary search over the sorted ranges). */
export function shardForSlot(map: ShardMap, slot: number): ShardDescriptor {
  let low = 0;
  let high = map.shards.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const shard = map.shards[middle];
    if (slot < shard.slotStart) high = middle - 1;
    else if (slot >= shard.slotEnd) low = middle + 1;
    else return shard;
  }
  throw new RangeError(`slot ${slot} is not covered by shard map epoch ${map.epoch}`);
}

/** The shard owning `key`. */
export function shardForKey(map: ShardMap, key: Uint8Array): ShardDescriptor {
  return shardForSlot(map, slotOfKey(key, map.slotCount));
}

/** Every problem with a shard map (empty when it is valid): ranges must tile [0, slotCount). */
export function validateShardMap(map: ShardMap): string[] {
  const problems: string[] = [];
  let expectedStart = 0;
  const ids = new Set<number>();
  for (const shard of map.shards) {
    if (shard.slotStart !== expectedStart) problems.push(`shard ${shard.id} starts at ${shard.slotStart}, expected ${expectedStart}`);
    if (shard.slotEnd <= shard.slotStart) problems.push(`shard ${shard.id} has an empty range`);
    if (ids.has(shard.id)) problems.push(`shard id ${shard.id} appears twice`);
    if (shard.replicas.length === 0) problems.push(`shard ${shard.id} has no replicas`);
    if (new Set(shard.replicas).size !== shard.replicas.length) problems.push(`shard ${shard.id} lists a replica twice`);
    ids.add(shard.id);
    expectedStart = shard.slotEnd;
  }
  if (expectedStart !== map.slotCount) problems.push(`shards end at ${expectedStart}, expected ${map.slotCount}`);
  return problems;
}
