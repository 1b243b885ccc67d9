/**
 * The server side of `Peer.Messages`: one long-lived incoming stream per peer. Each frame is
 * validated and its good messages handed to the caller in one call; bad ones are counted and
 * dropped. Nothing a peer sends can throw out of here.
 */
import * as grpc from '@grpc/grpc-js';
import type { NodeId } from '../../raft/types.js';
import type { tessera } from '../../wire/proto.js';
import { type GroupMessage, receiveMessageBatch } from './batch-codec.js';
import type { IncomingMessageBatch } from './peer-service-definition.js';
import { RateLimitedWarning, type TransportLogger } from './transport-logger.js';
import type { TransportStats } from './transport-stats.js';

/** Receives the valid messages of one incoming batch, all from `fromNode`. Called synchronously. */
export type MessagesHandler = (fromNode: NodeId, messages: GroupMessage[]) => void;

/**
 * Hears of every well-formed batch, empty ones (liveness beats) included, before its messages are
 * handed on. `firstOnStream` is set on the first batch of a new stream: the peer reconnected,
 * perhaps as a restarted process. Called synchronously; must not throw.
 */
export type ContactHandler = (fromNode: NodeId, firstOnStream: boolean) => void;

type MessagesCall = grpc.ServerReadableStream<IncomingMessageBatch, tessera.raft.IStreamAck>;

/** Serves incoming Messages streams and can end them all on shutdown. */
export class MessageReceiver {
  private readonly openCalls = new Map<MessagesCall, () => void>();
  private readonly malformedWarning: RateLimitedWarning;

  constructor(
    private readonly selfId: NodeId,
    private readonly stats: TransportStats,
    private readonly logger: TransportLogger,
    private readonly onMessages: MessagesHandler,
    private readonly onContact: ContactHandler | undefined,
  ) {
    this.malformedWarning = new RateLimitedWarning(logger, 1_000);
  }

  /** The grpc-js handler for `Peer.Messages`. */
  readonly handle = (call: MessagesCall, callback: grpc.sendUnaryData<tessera.raft.IStreamAck>): void => {
    let finished = false;
    const finish = (answer: boolean): void => {
      if (finished) return;
      finished = true;
      this.openCalls.delete(call);
      if (answer) callback(null, {});
    };
    this.openCalls.set(call, () => finish(true));
    // Headers right away: the sender takes them as "stream established" and resets its backoff.
    call.sendMetadata(new grpc.Metadata());
    const peerAddress = call.getPeer();
    let streamFrom: NodeId | null = null;
    call.on('data', (frame: IncomingMessageBatch) => {
      const fromNode = this.receiveFrame(frame, peerAddress, streamFrom);
      if (fromNode !== null) streamFrom = fromNode;
    });
    call.on('end', () => finish(true));
    call.on('error', () => finish(false));
    call.on('cancelled', () => finish(false));
  };

  /** Answers every open stream so the senders see a clean end and the server can shut down. */
  endAll(): void {
    for (const end of [...this.openCalls.values()]) end();
  }

  /** Handles one frame of a stream whose earlier frames came from `streamFrom`; returns the sender of a well-formed one. */
  private receiveFrame(frame: IncomingMessageBatch, peerAddress: string, streamFrom: NodeId | null): NodeId | null {
    this.stats.receivedBatches += 1;
    if (!frame.ok) {
      this.stats.malformedMessages += 1;
      this.malformedWarning.warn({ peerAddress, error: frame.error.message }, 'dropped an unparsable message batch');
      return null;
    }
    const received = receiveMessageBatch(frame.value, this.selfId);
    if (!received.ok) {
      this.stats.malformedMessages += Math.max(1, frame.value.messages.length);
      this.malformedWarning.warn({ peerAddress, error: received.error.message }, 'dropped a message batch with a bad header');
      return null;
    }
    const { fromNode, messages, malformed } = received.value;
    this.reportContact(fromNode, streamFrom !== fromNode);
    if (malformed.length > 0) {
      this.stats.malformedMessages += malformed.length;
      this.malformedWarning.warn({ fromNode, count: malformed.length, first: malformed[0].message }, 'dropped malformed peer messages');
    }
    if (messages.length === 0) return fromNode;
    this.stats.receivedMessages += messages.length;
    try {
      this.onMessages(fromNode, messages);
    } catch (error) {
      // The caller's bug must not tear down the peer's stream; it is logged loudly instead.
      this.logger.error({ fromNode, err: error }, 'onMessages threw');
    }
    return fromNode;
  }

  private reportContact(fromNode: NodeId, firstOnStream: boolean): void {
    if (this.onContact === undefined) return;
    try {
      this.onContact(fromNode, firstOnStream);
    } catch (error) {
      this.logger.error({ fromNode, error }, 'onContact threw');
    }
  }
}
