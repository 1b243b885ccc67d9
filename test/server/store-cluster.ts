/**
 * Several Stores in one process, on memory-level storage, joined by an in-process network that
 * frames every batch with the real peer codec and, like the real transport, reports contact with
 * each peer once per heartbeat interval (liveness beats) and before every delivered batch. Nodes
 * can be isolated (nothing in or out, beats included) and healed. Real timers drive the Stores.
 */
import pino from 'pino';
import type { ConfState, NodeId, ShardId } from '../../src/raft/types.js';
import { nodeId, shardId } from '../../src/raft/types.js';
import { createStoreMetrics } from '../../src/server/metrics.js';
import type { Replica } from '../../src/server/replica.js';
import { Store, type StoreTransport } from '../../src/server/store.js';
import { encodeGroupMessage, encodeMessageBatch, type GroupMessage, receiveMessageBatch } from '../../src/server/transport/batch-codec.js';
import { createMemoryLevel, NodeStorage } from '../../src/storage/index.js';
import { tessera } from '../../src/wire/proto.js';

/** Timing of every Store of the cluster. */
export interface StoreClusterTiming {
  tickMs: number;
  electionTicks: number;
  heartbeatTicks: number;
  /** Store option; 64 MiB unless given. */
  compactionThresholdBytes?: number;
}

/** Polls `condition` until it returns a value other than undefined; fails with `what` after `deadlineMs`. */
export async function eventually<T>(what: string, condition: () => T | undefined, deadlineMs = 5_000): Promise<T> {
  const giveUpAt = Date.now() + deadlineMs;
  for (;;) {
    const value = condition();
    if (value !== undefined) return value;
    if (Date.now() > giveUpAt) throw new Error(`timed out after ${deadlineMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** A cluster of Stores in this process; every node hosts a replica of every shard. */
export class StoreCluster {
  readonly stores = new Map<NodeId, Store>();
  readonly storages = new Map<NodeId, NodeStorage>();
  /** Group messages delivered so far (liveness beats not counted). */
  delivered = 0;
  /** Group messages sent and not yet delivered or dropped. */
  private inFlight = 0;
  private readonly isolated = new Set<NodeId>();
  /** Nodes nothing reaches (they still reach the others): a one-way cut. */
  private readonly deaf = new Set<NodeId>();
  private readonly fatalErrors: Error[] = [];
  private beatTimer: NodeJS.Timeout | null = null;

  private constructor(
    readonly ids: NodeId[],
    readonly shards: ShardId[],
    readonly timing: StoreClusterTiming,
  ) {}

  /** Starts one Store per id, each with a replica of every shard over all the ids. */
  static async start(ids: number[], shards: number[], timing: StoreClusterTiming): Promise<StoreCluster> {
    const cluster = new StoreCluster(ids.map(nodeId), shards.map(shardId), timing);
    const confState: ConfState = { voters: cluster.ids, learners: [], votersOutgoing: [], learnersNext: [], autoLeave: false };
    for (const id of cluster.ids) {
      const storage = await NodeStorage.open({ db: createMemoryLevel() });
      cluster.storages.set(id, storage);
      for (const shard of cluster.shards) await storage.createShard(shard, confState);
      const store = new Store({
        nodeId: id,
        storage,
        transport: cluster.transportOf(id),
        logger: pino({ level: 'silent' }),
        metrics: createStoreMetrics(),
        tickMs: timing.tickMs,
        replica: { electionTicks: timing.electionTicks, heartbeatTicks: timing.heartbeatTicks, proposalBytesMax: 1 << 20, uncommittedBytesMax: 1 << 24 },
        compactionKeepEntries: 1000,
        compactionThresholdEntries: 10_000,
        compactionThresholdBytes: timing.compactionThresholdBytes ?? 64 * 1024 * 1024,
      });
      for (const shard of cluster.shards) store.addReplica(shard);
      cluster.stores.set(id, store);
    }
    for (const store of cluster.stores.values()) store.start((error) => cluster.fatalErrors.push(error));
    cluster.beatTimer = setInterval(() => cluster.beat(), timing.tickMs * timing.heartbeatTicks);
    return cluster;
  }

  /** Stops every Store; throws if any of them hit a fatal error. */
  async stop(): Promise<void> {
    if (this.beatTimer !== null) clearInterval(this.beatTimer);
    await Promise.all([...this.stores.values()].map((store) => store.stop(new Error('test over'))));
    if (this.fatalErrors.length > 0) throw this.fatalErrors[0];
  }

  /** Cuts every link of `id`, liveness beats included. */
  isolate(id: NodeId): void {
    this.isolated.add(id);
  }

  /** Cuts every link towards `id`, liveness beats included; what `id` sends still arrives. */
  cutInbound(id: NodeId): void {
    this.deaf.add(id);
  }

  heal(): void {
    this.isolated.clear();
    this.deaf.clear();
  }

  replica(id: NodeId, shard: ShardId): Replica {
    const replica = this.stores.get(id)?.replicas.get(shard);
    if (replica === undefined) throw new Error(`no replica of shard ${shard} on node ${id}`);
    return replica;
  }

  /** The node leading `shard` among the nodes not isolated, once every one of them follows it. */
  settledLeaderOf(shard: ShardId): NodeId | undefined {
    const reachable = this.ids.filter((id) => !this.isolated.has(id));
    const leaders = reachable.filter((id) => this.replica(id, shard).role === 'leader');
    if (leaders.length !== 1) return undefined;
    return reachable.every((id) => this.replica(id, shard).leader === leaders[0]) ? leaders[0] : undefined;
  }

  /** True when every replica of the given nodes (default: all) is quiesced. */
  allQuiet(ids: NodeId[] = this.ids): boolean {
    return ids.every((id) => this.shards.every((shard) => this.replica(id, shard).quiet !== null));
  }

  /** Resolves once every replica is quiesced and no message is on its way, twice across a loop turn (answers to the last messages included). */
  async settledQuiet(deadlineMs = 5_000): Promise<void> {
    const quietNow = (): true | undefined => (this.allQuiet() && this.inFlight === 0 ? true : undefined);
    for (let round = 0; round < 2; round += 1) {
      await eventually('every replica quiesced and nothing in flight', quietNow, deadlineMs);
      await new Promise((resolve) => setImmediate(resolve));
      await new Promise((resolve) => setImmediate(resolve));
    }
    await eventually('every replica quiesced and nothing in flight', quietNow, deadlineMs);
  }

  private transportOf(from: NodeId): StoreTransport {
    return {
      send: (to, messages) => this.send(from, to, messages),
      sendSnapshot: () => Promise.resolve('failed'),
      flushNow: () => {},
    };
  }

  private send(from: NodeId, to: NodeId, messages: readonly GroupMessage[]): void {
    if (this.cutBetween(from, to)) return;
    // Through the real codec, so the quiesce flag travels as it does between processes.
    const frame = encodeMessageBatch(from, messages.map(encodeGroupMessage));
    this.inFlight += messages.length;
    setImmediate(() => {
      this.inFlight -= messages.length;
      if (this.cutBetween(from, to)) return;
      const received = receiveMessageBatch(tessera.raft.MessageBatch.decode(frame), to);
      if (!received.ok) throw received.error;
      const store = this.stores.get(to);
      store?.onPeerContact(from, false);
      this.delivered += received.value.messages.length;
      store?.onPeerMessages(from, received.value.messages);
    });
  }

  private cutBetween(from: NodeId, to: NodeId): boolean {
    return this.isolated.has(from) || this.isolated.has(to) || this.deaf.has(to);
  }

  private beat(): void {
    for (const from of this.ids) {
      for (const to of this.ids) {
        if (from !== to && !this.cutBetween(from, to)) this.stores.get(to)?.onPeerContact(from, false);
      }
    }
  }
}
