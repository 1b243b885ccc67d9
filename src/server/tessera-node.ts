import * as grpc from '@grpc/grpc-js';
import type { Server as HttpServer } from 'node:http';
import pino, { type Logger } from 'pino';
import type { ConfState, NodeId } from '../raft/types.js';
import { nodeId as toNodeId, noNode, shardId as toShardId } from '../raft/types.js';
import { TesseraError } from '../routing/errors.js';
import { NodeStorage } from '../storage/index.js';
import { adminServiceDefinition, kvServiceDefinition } from '../wire/service-definitions.js';
import type { tessera } from '../wire/proto.js';
import { AdminService } from './admin-service.js';
import { bootstrapDescription, shardOfKey, clusterRecordKey, decodeDescription, encodeDescription, metaShardId, toWireShardMap, type ClusterDescription } from './cluster-state.js';
import { startHttpServer } from './http-server.js';
import { KvService } from './kv-service.js';
import { createStoreMetrics, type StoreMetrics } from './metrics.js';
import type { NodeConfig } from './node-config.js';
import { Store } from './store.js';
import { PeerTransport } from './transport/index.js';

export const tesseraVersion = '0.1.0';

/** How often the node refreshes its view of the cluster description from its meta replica. */
const descriptionRefreshMs = 500;

/**
 * One running Tessera node: storage, peer transport, the Store and its loop, the client gRPC
 * services and the HTTP endpoints. start() brings it up; stop() takes it down cleanly.
 */
export class TesseraNode {
  readonly logger: Logger;
  private storage: NodeStorage | null = null;
  private transport: PeerTransport | null = null;
  private store: Store | null = null;
  private grpcServer: grpc.Server | null = null;
  private httpServer: HttpServer | null = null;
  private refreshTimer: NodeJS.Timeout | null = null;
  private readonly metrics: StoreMetrics = createStoreMetrics();
  private descriptionValue: ClusterDescription;
  private descriptionStored = false;
  /** The meta group's applied index when the description was last read from it. */
  private descriptionReadAt = -1;
  private readonly startedAtMs = Date.now();
  /** Ports actually bound (useful with port 0). */
  clientPort = 0;
  peerPort = 0;

  constructor(
    readonly config: NodeConfig,
    logger?: Logger,
  ) {
    this.logger = logger ?? pino({ level: config.logLevel, base: { node: config.id } });
    this.descriptionValue = bootstrapDescription(config.initialCluster, config.shards, config.replicas);
  }

  /** Opens storage (bootstrapping a new cluster on first start), joins the peers and serves clients. */
  async start(onFatal: (error: Error) => void): Promise<void> {
    const config = this.config;
    const self = toNodeId(config.id);
    const storage = await NodeStorage.open({ location: config.dataDir });
    this.storage = storage;
    if (storage.shardIds().length === 0) await this.bootstrap(storage);
    await this.readStoredDescription(storage);
    const transport = new PeerTransport({
      nodeId: self,
      listenAddress: config.peerAddress,
      logger: this.logger.child({ component: 'transport' }),
      onMessages: (from, messages) => this.store?.onPeerMessages(from, messages),
      onSnapshot: (from, shardId, message, chunks) => this.requireStore().onPeerSnapshot(from, shardId, message, chunks),
      onUnreachable: (peer) => this.store?.onPeerUnreachable(peer),
      onContact: (peer, firstOnStream) => this.store?.onPeerContact(peer, firstOnStream),
      // Quiet groups send no heartbeats: every peer hears from this node once per heartbeat interval instead.
      livenessIntervalMs: config.tickMs * config.heartbeatTicks,
    });
    this.transport = transport;
    const store = new Store({
      nodeId: self,
      storage,
      transport,
      logger: this.logger,
      metrics: this.metrics,
      tickMs: config.tickMs,
      replica: { electionTicks: config.electionTicks, heartbeatTicks: config.heartbeatTicks, proposalBytesMax: 4 * 1024 * 1024, uncommittedBytesMax: 64 * 1024 * 1024 },
      compactionKeepEntries: Math.min(1000, Math.floor(config.snapshotEntries / 2)),
      compactionThresholdEntries: config.snapshotEntries,
    });
    this.store = store;
    for (const shardId of storage.shardIds()) store.addReplica(shardId);
    this.peerPort = await transport.start();
    this.updatePeers();
    store.start(onFatal);
    await this.startGrpc();
    if (config.httpAddress !== '') this.httpServer = await startHttpServer(config.httpAddress, this.httpHost());
    this.refreshTimer = setInterval(() => void this.refreshDescription(), descriptionRefreshMs);
    this.logger.info({ clientAddress: config.clientAddress, peerAddress: config.peerAddress, shards: storage.shardIds().length }, 'tessera node started');
  }

  /** Writes a founding node's initial state: the meta group over all founders, and the data shards placed here. */
  private async bootstrap(storage: NodeStorage): Promise<void> {
    const members = this.config.initialCluster.map((member) => toNodeId(member.id));
    await storage.createShard(metaShardId, confStateOf(members));
    for (const shard of this.descriptionValue.shardMap.shards) {
      if (shard.replicas.includes(this.config.id)) await storage.createShard(toShardId(shard.id), confStateOf(shard.replicas.map(toNodeId)));
    }
    this.logger.info({ members: members.length, shards: this.descriptionValue.shardMap.shards.length }, 'bootstrapped a new cluster');
  }

  private async startGrpc(): Promise<void> {
    const server = new grpc.Server({ 'grpc.max_receive_message_length': 64 * 1024 * 1024, 'grpc.max_send_message_length': 64 * 1024 * 1024 });
    const kv = new KvService({
      storage: this.requireStorage(),
      replica: (shardId) => this.store?.replicas.get(shardId),
      route: (key) => ({ shardId: shardOfKey(this.descriptionValue, key), epoch: this.descriptionValue.shardMap.epoch }),
      wireShardMap: () => this.wireShardMap(),
      wake: (replica) => this.store?.scheduleTurn(replica),
      observe: (method, code, seconds) => this.metrics.requestSeconds.observe({ method, code }, seconds),
    });
    const admin = new AdminService({
      nodeId: this.config.id,
      version: tesseraVersion,
      startedAtMs: this.startedAtMs,
      replicas: () => this.store?.replicas.values() ?? [],
      replica: (shardId) => this.store?.replicas.get(shardId),
      description: () => this.descriptionValue,
      leaders: () => this.leaders(),
      wireShardMap: () => this.wireShardMap(),
      wake: (replica) => this.store?.scheduleTurn(replica),
    });
    server.addService(kvServiceDefinition, kv.implementation());
    server.addService(adminServiceDefinition, admin.implementation());
    this.grpcServer = server;
    this.clientPort = await new Promise<number>((resolve, reject) => {
      server.bindAsync(this.config.clientAddress, grpc.ServerCredentials.createInsecure(), (error, port) => (error === null ? resolve(port) : reject(error)));
    });
  }

  /** Adopts the description the meta group's local replica holds, if any; true when there is one. */
  private async readStoredDescription(storage: NodeStorage): Promise<boolean> {
    const stored = await storage.get(metaShardId, clusterRecordKey);
    this.descriptionReadAt = storage.appliedIndex(metaShardId);
    if (stored.found !== true || stored.value === undefined || stored.value === null) return false;
    this.descriptionValue = decodeDescription(stored.value);
    this.descriptionStored = true;
    return true;
  }

  /**
   * Re-reads the description when the meta group applied something since the last read (nothing
   * else can change it); the meta leader stores the founding description if it is missing.
   */
  private async refreshDescription(): Promise<void> {
    const storage = this.storage;
    const meta = this.store?.replicas.get(metaShardId);
    if (storage === null || meta === undefined) return;
    try {
      if (storage.appliedIndex(metaShardId) !== this.descriptionReadAt && (await this.readStoredDescription(storage))) {
        this.updatePeers();
      } else if (!this.descriptionStored && meta.role === 'leader') {
        const pending = meta.write({ put: { key: clusterRecordKey, value: encodeDescription(this.descriptionValue) } });
        this.store?.scheduleTurn(meta);
        await pending;
      }
    } catch (error) {
      this.logger.debug({ shard: metaShardId, err: error }, 'cluster description not refreshed');
    }
  }

  private updatePeers(): void {
    const peers = new Map<NodeId, string>();
    for (const member of this.descriptionValue.members) if (member.id !== this.config.id) peers.set(toNodeId(member.id), member.peerAddress);
    this.transport?.setPeers(peers);
  }

  private leaders(): Map<number, number> {
    const leaders = new Map<number, number>();
    for (const replica of this.store?.replicas.values() ?? []) if (replica.leader !== noNode) leaders.set(replica.shardId, replica.leader);
    return leaders;
  }

  private wireShardMap(): tessera.kv.IShardMap {
    return toWireShardMap(this.descriptionValue, this.leaders());
  }

  private httpHost() {
    return {
      registry: this.metrics.registry,
      beforeScrape: () => {
        let quiesced = 0;
        for (const replica of this.store?.replicas.values() ?? []) {
          if (replica.quiet !== null) quiesced += 1;
          const shard = String(replica.shardId);
          const status = replica.raw.status();
          this.metrics.shardTerm.set({ shard }, status.hardState.term);
          this.metrics.shardCommit.set({ shard }, status.hardState.commit);
          this.metrics.shardApplied.set({ shard }, replica.appliedIndex);
          this.metrics.shardLeader.set({ shard }, status.softState.leader);
        }
        this.metrics.quiescedGroups.set(quiesced);
        const stats = this.transport?.stats();
        if (stats !== undefined) {
          for (const [peer, bytes] of stats.bytesSentPerPeer) this.metrics.peerBytesSent.set({ peer: String(peer) }, bytes);
          this.metrics.peerMessagesDropped.set(stats.droppedMessages + stats.malformedMessages + (this.store?.droppedUnknownGroup ?? 0));
        }
      },
      healthy: () => this.store !== null && this.storage !== null,
      ready: () => {
        const leaderless = [...(this.store?.replicas.values() ?? [])].filter((replica) => replica.leader === noNode).map((replica) => replica.shardId);
        return leaderless.length === 0 ? { ready: true, detail: 'ready' } : { ready: false, detail: `no leader known for shards ${leaderless.join(',')}` };
      },
    };
  }

  /**
   * Hands every leadership away (so clients fail over at once instead of after an election
   * timeout), then stops serving, flushes and closes. Safe to call twice.
   */
  async stop(options: { transferLeadership: boolean; deadlineMs: number }): Promise<void> {
    const deadline = Date.now() + options.deadlineMs;
    if (options.transferLeadership) await this.transferLeadershipsAway(deadline);
    if (this.refreshTimer !== null) clearInterval(this.refreshTimer);
    this.refreshTimer = null;
    await this.store?.stop(new TesseraError('TESSERA_UNAVAILABLE', `node ${this.config.id} is shutting down`));
    const grpcServer = this.grpcServer;
    if (grpcServer !== null) await new Promise<void>((resolve) => grpcServer.tryShutdown(() => resolve()));
    await new Promise<void>((resolve) => (this.httpServer === null ? resolve() : this.httpServer.close(() => resolve())));
    await this.transport?.stop();
    await this.storage?.close();
    this.grpcServer = null;
    this.httpServer = null;
    this.transport = null;
    this.storage = null;
  }

  private async transferLeadershipsAway(deadline: number): Promise<void> {
    const store = this.store;
    if (store === null) return;
    while (Date.now() < deadline) {
      const leading = [...store.replicas.values()].filter((replica) => replica.role === 'leader');
      if (leading.length === 0) return;
      for (const replica of leading) {
        const status = replica.raw.status();
        // The most caught-up other voter needs the shortest catch-up before TimeoutNow.
        let best: NodeId = noNode;
        let bestMatch = -1;
        for (const voter of status.confState.voters) {
          const match = status.progress.get(voter)?.match ?? -1;
          if (voter !== status.id && match > bestMatch) {
            best = voter;
            bestMatch = match;
          }
        }
        if (best !== noNode && status.leadTransferee === noNode) replica.raw.transferLeadership(best);
      }
      store.scheduleTurn();
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  private requireStore(): Store {
    if (this.store === null) throw new Error('node not started');
    return this.store;
  }

  private requireStorage(): NodeStorage {
    if (this.storage === null) throw new Error('node not started');
    return this.storage;
  }
}

function confStateOf(voters: NodeId[]): ConfState {
  return { voters, learners: [], votersOutgoing: [], learnersNext: [], autoLeave: false };
}
