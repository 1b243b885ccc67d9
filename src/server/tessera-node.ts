import * as grpc from '@grpc/grpc-js';
import type { Server as HttpServer } from 'node:http';
import pino, { type Logger } from 'pino';
import type { ConfState, NodeId } from '../raft/types.js';
import { nodeId as toNodeId, noNode, shardId as toShardId } from '../raft/types.js';
import { TesseraError } from '../routing/errors.js';
import { NodeStorage } from '../storage/index.js';
import { adminServiceDefinition, kvServiceDefinition } from '../wire/service-definitions.js';
import { AdminService } from './admin-service.js';
import { activeFailpoints } from './failpoints.js';
import { bootstrapDescription, decodeDescription, metaShardId, shardOfKey, toWireShardMap } from './membership/cluster-description.js';
import { ClusterMembership } from './membership/cluster-membership.js';
import { callAdmin } from '../wire/admin-client.js';
import { tessera as wire } from '../wire/proto.js';
import { startHttpServer } from './http-server.js';
import { KvService } from './kv-service.js';
import { createStoreMetrics, type StoreMetrics } from './metrics.js';
import type { NodeConfig } from './node-config.js';
import { Store } from './store.js';
import { PeerTransport } from './transport/index.js';

export const tesseraVersion = '0.1.0';

/** How often the node re-reads the cluster description from its meta replica and places its replicas. */
const descriptionRefreshMs = 300;
/** How often a group leader takes a step toward its group's target membership. */
const reconcileMs = 250;
/** How often the placement controller (on the meta leader) runs. */
const placementMs = 1000;
/** Data shards allowed to move at once. */
const movesMax = 4;
/** How long a stopping node lets running client calls finish before cancelling them. */
const grpcDrainMs = 1000;
/** How long a joining node keeps asking its join endpoint for the cluster description. */
const joinDeadlineMs = 30_000;


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
  private admin: AdminService | null = null;
  private httpServer: HttpServer | null = null;
  private readonly metrics: StoreMetrics = createStoreMetrics();
  private readonly membership: ClusterMembership;
  private readonly startedAtMs = Date.now();
  /** Ports actually bound (useful with port 0). */
  clientPort = 0;
  peerPort = 0;

  constructor(
    readonly config: NodeConfig,
    logger?: Logger,
  ) {
    this.logger = logger ?? pino({ level: config.logLevel, base: { node: config.id } });
    this.membership = new ClusterMembership(bootstrapDescription(config.initialCluster, config.shards, config.replicas));
  }

  /** Opens storage (bootstrapping a new cluster on first start), joins the peers and serves clients. */
  async start(onFatal: (error: Error) => void): Promise<void> {
    const config = this.config;
    const self = toNodeId(config.id);
    const storage = await NodeStorage.open({ location: config.dataDir });
    this.storage = storage;
    if (storage.shardIds().length === 0 && config.join === '') await this.bootstrap(storage);
    if (!(await this.membership.load(storage)) && config.join !== '') await this.joinCluster(storage);
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
      compactionThresholdBytes: config.snapshotBytes,
    });
    this.store = store;
    for (const shardId of storage.shardIds()) store.addReplica(shardId);
    this.peerPort = await transport.start();
    this.updatePeers();
    store.start(onFatal);
    await this.startGrpc();
    if (config.httpAddress !== '') this.httpServer = await startHttpServer(config.httpAddress, this.httpHost());
    this.membership.start(
      { nodeId: config.id, logger: this.logger, storage, store, descriptionChanged: () => this.updatePeers(), localStatus: () => this.requireAdmin().status() },
      { refreshMs: descriptionRefreshMs, reconcileMs, placementMs, movesMax },
    );
    this.logger.info({ clientAddress: config.clientAddress, peerAddress: config.peerAddress, shards: storage.shardIds().length }, 'tessera node started');
    if (activeFailpoints.size > 0) this.logger.warn({ failpoints: [...activeFailpoints] }, 'TESSERA_FAILPOINTS set: this node runs with deliberately planted bugs (tests only)');
  }

  /** Writes a founding node's initial state: the meta group over all founders, and the data shards placed here. */
  private async bootstrap(storage: NodeStorage): Promise<void> {
    const members = this.config.initialCluster.map((member) => toNodeId(member.id));
    await storage.createShard(metaShardId, confStateOf(members));
    for (const shard of this.membership.description.shardMap.shards) {
      if (shard.replicas.includes(this.config.id)) await storage.createShard(toShardId(shard.id), confStateOf(shard.replicas.map(toNodeId)));
    }
    this.logger.info({ members: members.length, shards: this.membership.description.shardMap.shards.length }, 'bootstrapped a new cluster');
  }

  /**
   * A new node of an existing cluster: learns the members from its join endpoint and creates an
   * empty meta replica, which the meta leader (it added this node as a learner on `member add`)
   * fills through a snapshot. Placement then puts data replicas here.
   */
  private async joinCluster(storage: NodeStorage): Promise<void> {
    const deadline = Date.now() + joinDeadlineMs;
    let lastError: unknown;
    while (Date.now() < deadline) {
      try {
        const response = await callAdmin<wire.kv.ShardMapResponse>(this.config.join, 'getShardMap', {}, 2000);
        if (response.shardMap === null || response.shardMap === undefined) throw new Error(response.error?.message ?? 'no shard map in the answer');
        const description = decodeDescription(wire.kv.ShardMap.encode(response.shardMap).finish());
        const self = description.members.find((member) => member.id === this.config.id);
        if (self === undefined) throw new TesseraError('TESSERA_INVALID_ARGUMENT', `node ${this.config.id} is not a member of the cluster at ${this.config.join}: run \`tessctl member add --id ${this.config.id} --peer-addr ${this.config.peerAddress} --client-addr ${this.config.clientAddress}\` first`);
        if (self.peerAddress !== this.config.peerAddress || self.clientAddress !== this.config.clientAddress) {
          throw new TesseraError('TESSERA_INVALID_ARGUMENT', `member ${self.id} was added with peer ${self.peerAddress} and client ${self.clientAddress}, but this node uses peer ${this.config.peerAddress} and client ${this.config.clientAddress}`);
        }
        this.membership.adopt(description);
        if (!storage.hasShard(metaShardId)) await storage.createShard(metaShardId, confStateOf([]));
        this.logger.info({ join: this.config.join, members: description.members.length }, 'joining an existing cluster');
        return;
      } catch (error) {
        // Not a member yet is worth waiting for: the operator may run `member add` right after starting this node.
        if (error instanceof TesseraError && !error.message.includes('is not a member')) throw error;
        lastError = error;
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    }
    throw lastError instanceof TesseraError ? lastError : new Error(`could not reach ${this.config.join} to join its cluster: ${String(lastError)}`);
  }

  private async startGrpc(): Promise<void> {
    const server = new grpc.Server({ 'grpc.max_receive_message_length': 64 * 1024 * 1024, 'grpc.max_send_message_length': 64 * 1024 * 1024 });
    const kv = new KvService({
      storage: this.requireStorage(),
      replica: (shardId) => this.store?.replicas.get(shardId),
      route: (key) => ({ shardId: shardOfKey(this.membership.description, key), epoch: this.membership.description.shardMap.epoch }),
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
      description: () => this.membership.description,
      leaders: () => this.leaders(),
      wireShardMap: () => this.wireShardMap(),
      wake: (replica) => this.store?.scheduleTurn(replica),
      changeDescription: (edit) => this.membership.change(edit),
      storage: () => this.storage,
      logger: this.logger,
    });
    this.admin = admin;
    server.addService(kvServiceDefinition, kv.implementation());
    server.addService(adminServiceDefinition, admin.implementation());
    this.grpcServer = server;
    this.clientPort = await new Promise<number>((resolve, reject) => {
      server.bindAsync(this.config.clientAddress, grpc.ServerCredentials.createInsecure(), (error, port) => (error === null ? resolve(port) : reject(error)));
    });
  }

  private updatePeers(): void {
    const peers = new Map<NodeId, string>();
    for (const member of this.membership.description.members) if (member.id !== this.config.id) peers.set(toNodeId(member.id), this.config.peerDialOverrides.get(member.id) ?? member.peerAddress);
    this.transport?.setPeers(peers);
  }

  private leaders(): Map<number, number> {
    const leaders = new Map<number, number>();
    for (const replica of this.store?.replicas.values() ?? []) if (replica.leader !== noNode) leaders.set(replica.shardId, replica.leader);
    return leaders;
  }

  private wireShardMap(): wire.kv.IShardMap {
    return toWireShardMap(this.membership.description, this.leaders());
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
    this.membership.stop();
    await this.store?.stop(new TesseraError('TESSERA_UNAVAILABLE', `node ${this.config.id} is shutting down`));
    this.admin?.close();
    const grpcServer = this.grpcServer;
    if (grpcServer !== null) await shutdownGrpc(grpcServer, grpcDrainMs);
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

  private requireAdmin(): AdminService {
    if (this.admin === null) throw new Error('node not started');
    return this.admin;
  }

  private requireStorage(): NodeStorage {
    if (this.storage === null) throw new Error('node not started');
    return this.storage;
  }
}

/**
 * Stops accepting calls and waits for running ones; clients' long-lived Batch streams never end
 * by themselves, so after `drainMs` the rest are cancelled (they already failed with UNAVAILABLE).
 */
function shutdownGrpc(server: grpc.Server, drainMs: number): Promise<void> {
  return new Promise<void>((resolve) => {
    const force = setTimeout(() => {
      server.forceShutdown();
      resolve();
    }, drainMs);
    server.tryShutdown(() => {
      clearTimeout(force);
      resolve();
    });
  });
}

function confStateOf(voters: NodeId[]): ConfState {
  return { voters, learners: [], votersOutgoing: [], learnersNext: [], autoLeave: false };
}
