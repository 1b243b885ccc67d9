/**
 * What the client knows about the cluster: the shard map, each member's client address, and a
 * cache of each shard's leader. Everything here is a hint the router corrects as nodes answer.
 */
import { LRUCache } from 'lru-cache';
import { shardForKey, validateShardMap, type ShardDescriptor, type ShardMap } from '../routing/shard-map.js';
import type { tessera } from '../wire/proto.js';
import type { NodeTarget } from './transport.js';

/** Most shards whose leader is remembered by default. */
export const leaderCacheSizeDefault = 10_000;

/** The shard map as the SDK keeps it: the routing map plus member addresses and leader hints. */
export class Topology {
  private current: ShardMap | null = null;
  private readonly addresses = new Map<number, string>();
  /** Node id → its target, made once per address instead of once per request. */
  private readonly targets = new Map<number, NodeTarget>();
  /** Shard id → node id believed to lead it. */
  readonly leaders: LRUCache<number, number>;

  constructor(leaderCacheSize = leaderCacheSizeDefault) {
    this.leaders = new LRUCache<number, number>({ max: leaderCacheSize });
  }

  /** The current map; null until the first one is adopted. */
  get map(): ShardMap | null {
    return this.current;
  }

  /**
   * Takes a map a node sent unless it is older than the one held (an equal epoch still refreshes
   * addresses and leader hints). Hints naming a node in `distrusted` are ignored. Returns whether
   * the map was taken.
   */
  adopt(wire: tessera.kv.IShardMap, distrusted: (nodeId: number) => boolean = () => false): boolean {
    const map = shardMapFromWire(wire);
    if (this.current !== null && map.epoch < this.current.epoch) return false;
    const problems = validateShardMap(map);
    if (problems.length > 0) return false;
    this.current = map;
    for (const member of wire.members ?? []) {
      const id = Number(member.id ?? 0);
      if (id === 0 || !member.clientAddress || this.addresses.get(id) === member.clientAddress) continue;
      this.addresses.set(id, member.clientAddress);
      this.targets.set(id, { nodeId: id, address: member.clientAddress });
    }
    for (const shard of wire.shards ?? []) {
      const hint = Number(shard.leaderHint ?? 0);
      if (hint !== 0 && !distrusted(hint)) this.leaders.set(Number(shard.id ?? 0), hint);
    }
    return true;
  }

  /** A member's client address. */
  address(nodeId: number): string | undefined {
    return this.addresses.get(nodeId);
  }

  /** Where requests to a member go; undefined while its address is unknown. */
  target(nodeId: number): NodeTarget | undefined {
    return this.targets.get(nodeId);
  }

  /** Every known member as [node id, client address]. */
  members(): [number, string][] {
    return [...this.addresses.entries()];
  }

  shardForKey(key: Uint8Array): ShardDescriptor {
    return shardForKey(this.requireMap(), key);
  }

  shardById(shardId: number): ShardDescriptor | undefined {
    return this.requireMap().shards.find((shard) => shard.id === shardId);
  }

  private requireMap(): ShardMap {
    if (this.current === null) throw new Error('no shard map yet');
    return this.current;
  }
}

/** The routing form of a wire shard map. */
export function shardMapFromWire(wire: tessera.kv.IShardMap): ShardMap {
  const shards = (wire.shards ?? []).map((shard) => ({
    id: Number(shard.id ?? 0),
    slotStart: Number(shard.slotStart ?? 0),
    slotEnd: Number(shard.slotEnd ?? 0),
    replicas: (shard.replicas ?? []).map(Number),
    epoch: Number(shard.epoch ?? 0),
  }));
  shards.sort((left, right) => left.slotStart - right.slotStart);
  return { epoch: Number(wire.epoch ?? 0), slotCount: Number(wire.slotCount ?? 0), shards };
}
