/**
 * The node's Raft transport: one gRPC server for incoming peer streams, and one long-lived
 * outgoing Messages stream per peer carrying batches of every group's messages.
 *
 * Delivery is best effort, as Raft expects: a message for an unknown or unreachable peer is
 * dropped and counted, never retried here, and send() never blocks or throws for network
 * reasons. Everything sent to one peer within one event-loop turn leaves as one MessageBatch.
 *
 * With `livenessIntervalMs`, every known peer hears from this node at least once per interval:
 * a peer sent nothing else gets an empty MessageBatch (a liveness beat). The receiving side
 * reports every well-formed batch to `onContact`, which is what lets quiesced groups go without
 * heartbeats of their own (src/server/quiescence.ts).
 */
import * as grpc from '@grpc/grpc-js';
import type { Message, NodeId, ShardId } from '../../raft/types.js';
import { type GroupMessage, encodeGroupMessage } from './batch-codec.js';
import { TransportError } from './errors.js';
import { type ContactHandler, type MessagesHandler, MessageReceiver } from './message-receiver.js';
import { PeerLink } from './peer-link.js';
import { peerServiceDefinition } from './peer-service-definition.js';
import type { RandomFloatFunction } from './reconnect-backoff.js';
import { type SnapshotHandler, SnapshotReceiver } from './snapshot-receiver.js';
import { type SnapshotOutcome, SnapshotSender } from './snapshot-sender.js';
import {
  messageBytesMaxDefault,
  peerChannelOptions,
  peerServerOptions,
  queueBytesMaxDefault,
  queueMessagesMaxDefault,
  shutdownGraceMsDefault,
  snapshotChunkBytesMaxDefault,
} from './transport-limits.js';
import type { TransportLogger } from './transport-logger.js';
import { type TransportStats, copyTransportStats, emptyTransportStats } from './transport-stats.js';

/** Options of a PeerTransport. */
export interface PeerTransportOptions {
  /** This node's id; stamped on every outgoing batch. */
  nodeId: NodeId;
  /** host:port to listen on; port 0 picks a free port (see `port` after start()). */
  listenAddress: string;
  logger: TransportLogger;
  /** Largest gRPC message sent or accepted, in bytes. @defaultValue 64 MiB */
  maxMessageBytes?: number;
  /** Messages queued per peer while its stream is busy; the oldest are dropped beyond it. @defaultValue 16384 */
  queueMessagesMax?: number;
  /** Bytes queued per peer while its stream is busy; the oldest are dropped beyond it. @defaultValue 64 MiB */
  queueBytesMax?: number;
  /** Snapshot data per chunk, in bytes; larger pieces are split. @defaultValue 1 MiB */
  snapshotChunkBytesMax?: number;
  /** How long stop() waits for streams and the server to end gracefully, in ms. @defaultValue 250 */
  shutdownGraceMs?: number;
  /** Source of reconnect jitter in [0, 1). @defaultValue Math.random */
  random?: RandomFloatFunction;
  /** Valid messages of one incoming batch. Called synchronously from the stream; must not throw. */
  onMessages: MessagesHandler;
  /** An incoming snapshot; resolve to accept, reject to refuse. */
  onSnapshot: SnapshotHandler;
  /** A peer's stream failed, or a message was sent to a peer with no address: report it to every group. */
  onUnreachable?: (peer: NodeId) => void;
  /** Every well-formed incoming batch, liveness beats included (see ContactHandler). */
  onContact?: ContactHandler;
  /**
   * How often every known peer must hear from this node, in ms: a peer sent nothing else within
   * an interval gets an empty batch (a liveness beat). 0 sends no beats. @defaultValue 0
   */
  livenessIntervalMs?: number;
}

type TransportState = 'new' | 'starting' | 'running' | 'stopped';

/** Sends and receives Raft messages and snapshots for every group of this node. */
export class PeerTransport {
  private state: TransportState = 'new';
  private readonly server: grpc.Server;
  private boundPort = 0;
  private readonly counters = emptyTransportStats();
  private readonly messageReceiver: MessageReceiver;
  private readonly snapshotReceiver: SnapshotReceiver;
  private readonly snapshotSender: SnapshotSender;
  private readonly messageBytesMax: number;
  private peerAddresses = new Map<NodeId, string>();
  private readonly links = new Map<NodeId, PeerLink>();
  private readonly closingLinks = new Set<Promise<void>>();
  private readonly dirtyLinks = new Set<PeerLink>();
  private readonly unknownPeers = new Set<NodeId>();
  private flushImmediate: NodeJS.Immediate | null = null;
  private beatTimer: NodeJS.Timeout | null = null;

  constructor(private readonly options: PeerTransportOptions) {
    this.messageBytesMax = options.maxMessageBytes ?? messageBytesMaxDefault;
    if (!Number.isSafeInteger(this.messageBytesMax) || this.messageBytesMax < 1024) throw new TypeError(`maxMessageBytes must be an integer ≥ 1024, got ${this.messageBytesMax}`);
    const { nodeId, logger } = options;
    this.server = new grpc.Server(peerServerOptions(this.messageBytesMax));
    const livenessIntervalMs = options.livenessIntervalMs ?? 0;
    if (!Number.isSafeInteger(livenessIntervalMs) || livenessIntervalMs < 0) throw new TypeError(`livenessIntervalMs must be a non-negative integer, got ${livenessIntervalMs}`);
    this.messageReceiver = new MessageReceiver(nodeId, this.counters, logger, options.onMessages, options.onContact);
    this.snapshotReceiver = new SnapshotReceiver(nodeId, this.counters, logger, options.onSnapshot);
    // Half the message limit leaves room for the announcing message on the first chunk.
    const chunkBytesMax = Math.min(options.snapshotChunkBytesMax ?? snapshotChunkBytesMaxDefault, Math.floor(this.messageBytesMax / 2));
    this.snapshotSender = new SnapshotSender(chunkBytesMax, logger);
    this.server.addService(peerServiceDefinition, {
      Messages: this.messageReceiver.handle,
      Snapshot: this.snapshotReceiver.handle,
    });
  }

  /** The port the server is bound to; valid after start() resolved. */
  get port(): number {
    return this.boundPort;
  }

  /** Binds the server. Resolves with the bound port; rejects with TESSERA_TRANSPORT_BIND_FAILED. */
  async start(): Promise<number> {
    if (this.state !== 'new') throw new TransportError('TESSERA_TRANSPORT_STATE', `start() in state ${this.state}`);
    this.state = 'starting';
    this.boundPort = await new Promise<number>((resolve, reject) => {
      this.server.bindAsync(this.options.listenAddress, grpc.ServerCredentials.createInsecure(), (error, port) => {
        if (error === null) resolve(port);
        else reject(new TransportError('TESSERA_TRANSPORT_BIND_FAILED', `cannot listen on ${this.options.listenAddress}: ${error.message}`, { cause: error }));
      });
    });
    this.state = 'running';
    const livenessIntervalMs = this.options.livenessIntervalMs ?? 0;
    if (livenessIntervalMs > 0) {
      this.beatTimer = setInterval(() => this.beat(), livenessIntervalMs);
      this.beatTimer.unref();
    }
    this.options.logger.info({ nodeId: this.options.nodeId, port: this.boundPort }, 'peer transport listening');
    return this.boundPort;
  }

  /** Replaces the peer address book. Links to removed or moved peers are closed; new ones open lazily. */
  setPeers(peers: ReadonlyMap<NodeId, string>): void {
    this.peerAddresses = new Map(peers);
    this.peerAddresses.delete(this.options.nodeId);
    for (const [peer, link] of this.links) {
      if (this.peerAddresses.get(peer) === link.address) continue;
      this.links.delete(peer);
      this.dirtyLinks.delete(link);
      this.closeLink(link);
    }
  }

  /** Queues messages for `to`; they leave as one batch at the end of this event-loop turn. Never throws for network reasons. */
  send(to: NodeId, messages: readonly GroupMessage[]): void {
    if (messages.length === 0) return;
    const link = this.state === 'running' ? this.linkTo(to) : null;
    if (link === null) {
      this.counters.droppedMessages += messages.length;
      if (this.state === 'running') this.unknownPeers.add(to);
      this.scheduleFlush();
      return;
    }
    for (const groupMessage of messages) {
      const encoded = this.encode(groupMessage);
      if (encoded !== null) link.enqueue(encoded);
    }
    this.dirtyLinks.add(link);
    this.scheduleFlush();
  }

  /** Streams one snapshot to `to` on its own connection. Resolves 'finished' once the peer accepted it. */
  async sendSnapshot(to: NodeId, shardId: ShardId, message: Message, chunks: AsyncIterable<Uint8Array>): Promise<SnapshotOutcome> {
    const address = this.peerAddresses.get(to);
    if (this.state !== 'running' || address === undefined) {
      this.options.logger.warn({ to, shardId }, 'snapshot for an unknown peer dropped');
      return 'failed';
    }
    const client = new grpc.Client(address, grpc.credentials.createInsecure(), peerChannelOptions(this.messageBytesMax));
    try {
      return await this.snapshotSender.send(client, { selfId: this.options.nodeId, to, shardId, message, chunks });
    } finally {
      client.close();
    }
  }

  /** A copy of the counters. */
  stats(): TransportStats {
    return copyTransportStats(this.counters);
  }

  /** Ends every stream, closes every channel and shuts the server down (forced after the grace period). */
  async stop(): Promise<void> {
    if (this.state === 'stopped') return;
    const wasListening = this.state !== 'new';
    this.state = 'stopped';
    if (this.flushImmediate !== null) clearImmediate(this.flushImmediate);
    this.flushImmediate = null;
    if (this.beatTimer !== null) clearInterval(this.beatTimer);
    this.beatTimer = null;
    for (const link of this.links.values()) this.closeLink(link);
    this.links.clear();
    this.dirtyLinks.clear();
    this.snapshotSender.cancelAll();
    this.snapshotReceiver.cancelAll();
    this.messageReceiver.endAll();
    if (wasListening) await this.shutdownServer();
    await Promise.all([...this.closingLinks]);
    this.options.logger.info({ nodeId: this.options.nodeId }, 'peer transport stopped');
  }

  private linkTo(peer: NodeId): PeerLink | null {
    const existing = this.links.get(peer);
    if (existing !== undefined) return existing;
    const address = this.peerAddresses.get(peer);
    if (address === undefined) return null;
    const link = new PeerLink({
      selfId: this.options.nodeId,
      peerId: peer,
      address,
      client: new grpc.Client(address, grpc.credentials.createInsecure(), peerChannelOptions(this.messageBytesMax)),
      messageBytesMax: this.messageBytesMax,
      queueMessagesMax: this.options.queueMessagesMax ?? queueMessagesMaxDefault,
      queueBytesMax: this.options.queueBytesMax ?? queueBytesMaxDefault,
      shutdownGraceMs: this.options.shutdownGraceMs ?? shutdownGraceMsDefault,
      stats: this.counters,
      logger: this.options.logger,
      random: this.options.random ?? Math.random,
      onUnreachable: (unreachable) => this.reportUnreachable(unreachable),
    });
    this.links.set(peer, link);
    return link;
  }

  /** Lets every known peer hear from this node once per liveness interval (a beat where nothing else went). */
  private beat(): void {
    if (this.state !== 'running') return;
    for (const peer of this.peerAddresses.keys()) this.linkTo(peer)?.beat();
  }

  private encode(groupMessage: GroupMessage): Uint8Array | null {
    try {
      return encodeGroupMessage(groupMessage);
    } catch (error) {
      // Our own message failed to encode: a bug upstream, but one group's bug must not stop the others.
      this.counters.droppedMessages += 1;
      this.options.logger.error({ shardId: groupMessage.shardId, type: groupMessage.message.type, error }, 'cannot encode a raft message');
      return null;
    }
  }

  private scheduleFlush(): void {
    if (this.flushImmediate !== null) return;
    this.flushImmediate = setImmediate(() => this.flush());
  }

  /** Writes every queued message now instead of at the end of this event-loop turn. */
  flushNow(): void {
    if (this.flushImmediate === null) return;
    clearImmediate(this.flushImmediate);
    this.flush();
  }

  private flush(): void {
    this.flushImmediate = null;
    const dirty = [...this.dirtyLinks];
    this.dirtyLinks.clear();
    for (const link of dirty) link.flush();
    const unknown = [...this.unknownPeers];
    this.unknownPeers.clear();
    for (const peer of unknown) this.reportUnreachable(peer);
  }

  private reportUnreachable(peer: NodeId): void {
    if (this.state !== 'running' || this.options.onUnreachable === undefined) return;
    try {
      this.options.onUnreachable(peer);
    } catch (error) {
      this.options.logger.error({ peer, error }, 'onUnreachable threw');
    }
  }

  private closeLink(link: PeerLink): void {
    const closing = link.close().finally(() => this.closingLinks.delete(closing));
    this.closingLinks.add(closing);
  }

  private shutdownServer(): Promise<void> {
    const graceMs = this.options.shutdownGraceMs ?? shutdownGraceMsDefault;
    return new Promise((resolve) => {
      const force = setTimeout(() => {
        this.server.forceShutdown();
        resolve();
      }, graceMs);
      this.server.tryShutdown(() => {
        clearTimeout(force);
        resolve();
      });
    });
  }
}
