/**
 * The outgoing half of the connection to one peer: a bounded queue of encoded messages and one
 * long-lived `Peer.Messages` client stream that carries them in batches.
 *
 * States:
 * - idle: no stream; the next enqueue opens one.
 * - connecting: a stream is open but the peer has not answered with headers yet. Writes are
 *   buffered by grpc-js and go out once connected, or are lost if the attempt fails.
 * - open: the peer answered; the backoff is reset.
 * - backoff: the last stream failed; messages are dropped (Raft retransmits) until the timer
 *   opens a new stream.
 * - closed: terminal, after close().
 */
import * as grpc from '@grpc/grpc-js';
import type { NodeId } from '../../raft/types.js';
import type { tessera } from '../../wire/proto.js';
import { type EncodedGroupMessage, batchHeaderSizeBytes, encodeMessageBatch, framedSizeBytes } from './batch-codec.js';
import { type OutgoingMessageBatch, peerServiceDefinition } from './peer-service-definition.js';
import { OutgoingQueue } from './outgoing-queue.js';
import { type RandomFloatFunction, ReconnectBackoff } from './reconnect-backoff.js';
import type { TransportLogger } from './transport-logger.js';
import { batchFramingBytesReserve, connectTimeoutMs } from './transport-limits.js';
import type { TransportStats } from './transport-stats.js';

type LinkState = 'idle' | 'connecting' | 'open' | 'backoff' | 'closed';

/** Everything a PeerLink needs; shared parts (stats, logger) belong to the transport. */
export interface PeerLinkOptions {
  selfId: NodeId;
  peerId: NodeId;
  /** The peer's host:port; `client` is connected to it. */
  address: string;
  client: grpc.Client;
  messageBytesMax: number;
  queueMessagesMax: number;
  queueBytesMax: number;
  shutdownGraceMs: number;
  stats: TransportStats;
  logger: TransportLogger;
  random: RandomFloatFunction;
  /** Called (asynchronously, never from enqueue) each time a stream to the peer fails. */
  onUnreachable: (peer: NodeId) => void;
}

/** One peer's outgoing stream and queue. */
export class PeerLink {
  private state: LinkState = 'idle';
  private call: grpc.ClientWritableStream<OutgoingMessageBatch> | null = null;
  private waitingForDrain = false;
  private reconnectTimer: NodeJS.Timeout | null = null;
  private connectTimer: NodeJS.Timeout | null = null;
  private readonly queue: OutgoingQueue;
  private readonly backoff: ReconnectBackoff;
  private readonly batchBytesMax: number;
  /** A frame went out since the last beat(): the peer heard from us, no beat needed. */
  private wroteSinceBeat = false;

  constructor(private readonly options: PeerLinkOptions) {
    this.queue = new OutgoingQueue(options.queueMessagesMax, options.queueBytesMax);
    this.backoff = new ReconnectBackoff(options.random);
    this.batchBytesMax = options.messageBytesMax - batchFramingBytesReserve - batchHeaderSizeBytes(options.selfId);
  }

  /** The peer's host:port this link is connected to. */
  get address(): string {
    return this.options.address;
  }

  /** Queues one encoded message. Returns false if it was dropped instead (counted in stats). */
  enqueue(encoded: EncodedGroupMessage): boolean {
    if (this.state === 'closed' || this.state === 'backoff') return this.drop(1);
    if (framedSizeBytes(encoded) > this.batchBytesMax) {
      this.options.logger.warn({ peer: this.options.peerId, bytes: encoded.length }, 'dropped a message over the message size limit');
      return this.drop(1);
    }
    if (this.state === 'idle') this.openStream();
    const evicted = this.queue.push(encoded);
    if (evicted > 0) this.drop(evicted);
    return true;
  }

  /** Writes everything queued as few batches as the size limit allows, unless the stream is full. */
  flush(): void {
    while (this.call !== null && !this.waitingForDrain && this.queue.length > 0) {
      const messages = this.queue.takeBatch(this.batchBytesMax);
      const frame = encodeMessageBatch(this.options.selfId, messages);
      const stats = this.options.stats;
      stats.sentBatches += 1;
      stats.sentMessages += messages.length;
      stats.bytesSentPerPeer.set(this.options.peerId, (stats.bytesSentPerPeer.get(this.options.peerId) ?? 0) + frame.length);
      this.wroteSinceBeat = true;
      if (!this.call.write(frame)) this.waitForDrain(this.call);
    }
  }

  /**
   * Called once per liveness interval: writes an empty batch (a liveness beat) unless a frame went
   * out since the last call, so the peer hears from this node at least once per interval. Opens
   * the stream if there is none; skipped while backing off or while the stream is full (a full
   * stream is carrying frames already).
   */
  beat(): void {
    if (this.wroteSinceBeat) {
      this.wroteSinceBeat = false;
      return;
    }
    if (this.state === 'closed' || this.state === 'backoff') return;
    if (this.state === 'idle') this.openStream();
    if (this.call === null || this.waitingForDrain) return;
    const frame = encodeMessageBatch(this.options.selfId, []);
    this.options.stats.sentBeats += 1;
    if (!this.call.write(frame)) this.waitForDrain(this.call);
  }

  /** Ends the stream (cancelling it after the grace period) and closes the channel. */
  async close(): Promise<void> {
    if (this.state === 'closed') return;
    this.state = 'closed';
    if (this.reconnectTimer !== null) clearTimeout(this.reconnectTimer);
    this.reconnectTimer = null;
    this.clearConnectTimer();
    this.drop(this.queue.clear());
    const call = this.call;
    this.call = null;
    if (call !== null) await endCall(call, this.options.shutdownGraceMs);
    this.options.client.close();
  }

  private openStream(): void {
    const definition = peerServiceDefinition.Messages;
    const call: grpc.ClientWritableStream<OutgoingMessageBatch> = this.options.client.makeClientStreamRequest<OutgoingMessageBatch, tessera.raft.StreamAck>(
      definition.path,
      definition.requestSerialize,
      definition.responseDeserialize,
      new grpc.Metadata(),
      {},
      (error) => this.onStreamEnded(call, error),
    );
    call.on('metadata', () => this.onStreamOpen(call));
    // Failures arrive through the callback; a listener keeps a stray 'error' from being fatal.
    call.on('error', () => {});
    this.call = call;
    this.waitingForDrain = false;
    this.state = 'connecting';
    // A blackholed address would otherwise hang in connect for grpc-js's 20 s minimum.
    this.connectTimer = setTimeout(() => {
      this.connectTimer = null;
      if (call === this.call && this.state === 'connecting') call.cancel();
    }, connectTimeoutMs);
    this.connectTimer.unref();
  }

  private clearConnectTimer(): void {
    if (this.connectTimer !== null) clearTimeout(this.connectTimer);
    this.connectTimer = null;
  }

  private onStreamOpen(call: grpc.ClientWritableStream<OutgoingMessageBatch>): void {
    if (call !== this.call || this.state !== 'connecting') return;
    this.clearConnectTimer();
    this.state = 'open';
    this.backoff.reset();
    this.options.logger.debug({ peer: this.options.peerId }, 'peer stream open');
  }

  private onStreamEnded(call: grpc.ClientWritableStream<OutgoingMessageBatch>, error: grpc.ServiceError | null): void {
    if (call !== this.call || this.state === 'closed') return;
    const wasOpen = this.state === 'open';
    this.clearConnectTimer();
    this.call = null;
    this.waitingForDrain = false;
    this.drop(this.queue.clear());
    const delayMs = this.backoff.nextDelayMs();
    const fields = { peer: this.options.peerId, code: error?.code ?? grpc.status.OK, detail: error?.details, retryInMs: delayMs };
    if (wasOpen) this.options.logger.warn(fields, 'peer stream broke');
    else this.options.logger.debug(fields, 'peer stream attempt failed');
    this.state = 'backoff';
    this.reconnectTimer = setTimeout(() => this.reconnect(), delayMs);
    this.reconnectTimer.unref();
    try {
      this.options.onUnreachable(this.options.peerId);
    } catch (callbackError) {
      this.options.logger.error({ peer: this.options.peerId, error: callbackError }, 'onUnreachable threw');
    }
  }

  private reconnect(): void {
    this.reconnectTimer = null;
    if (this.state !== 'backoff') return;
    this.openStream();
  }

  private waitForDrain(call: grpc.ClientWritableStream<OutgoingMessageBatch>): void {
    this.waitingForDrain = true;
    call.once('drain', () => {
      if (call !== this.call) return;
      this.waitingForDrain = false;
      this.flush();
    });
  }

  private drop(count: number): false {
    this.options.stats.droppedMessages += count;
    return false;
  }
}

/** Half-closes a client stream and waits for its status, cancelling it if the peer takes too long. */
function endCall(call: grpc.ClientWritableStream<OutgoingMessageBatch>, graceMs: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => call.cancel(), graceMs);
    call.once('status', () => {
      clearTimeout(timer);
      resolve();
    });
    call.end();
  });
}
