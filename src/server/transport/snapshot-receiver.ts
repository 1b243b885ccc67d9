/**
 * The server side of `Peer.Snapshot`. The first chunk carries the Raft 'snapshot' message; the
 * data of every chunk is handed to the caller as one async iterable, in order, ending at the chunk
 * marked `last`. The caller's promise decides the answer: resolved = accepted.
 */
import * as grpc from '@grpc/grpc-js';
import type { Message, NodeId, ShardId } from '../../raft/types.js';
import type { tessera } from '../../wire/proto.js';
import { MalformedPeerMessageError } from './errors.js';
import { messageFromWire, uint64ToSafeInteger } from './message-codec.js';
import type { IncomingSnapshotChunk } from './peer-service-definition.js';
import type { TransportLogger } from './transport-logger.js';
import type { TransportStats } from './transport-stats.js';

/**
 * Receives one snapshot: its announcing message and its data. Resolve to accept it, reject to
 * refuse it. `chunks` throws if the stream breaks or turns malformed before its last chunk.
 */
export type SnapshotHandler = (fromNode: NodeId, shardId: ShardId, message: Message, chunks: AsyncIterable<Uint8Array>) => Promise<void>;

type SnapshotCall = grpc.ServerReadableStream<IncomingSnapshotChunk, tessera.raft.ISnapshotAck>;

/** Who a snapshot stream is from and for; every chunk must repeat it. */
interface SnapshotHeader {
  fromNode: NodeId;
  shardId: ShardId;
  message: Message;
}

/** Serves incoming Snapshot streams and can cancel them all on shutdown. */
export class SnapshotReceiver {
  private readonly openCalls = new Set<SnapshotCall>();

  constructor(
    private readonly selfId: NodeId,
    private readonly stats: TransportStats,
    private readonly logger: TransportLogger,
    private readonly onSnapshot: SnapshotHandler,
  ) {}

  /** The grpc-js handler for `Peer.Snapshot`. */
  readonly handle = (call: SnapshotCall, callback: grpc.sendUnaryData<tessera.raft.ISnapshotAck>): void => {
    this.openCalls.add(call);
    call.sendMetadata(new grpc.Metadata());
    this.receive(call).then(
      (ack) => {
        this.openCalls.delete(call);
        if (!call.cancelled) callback(null, ack);
      },
      (error: unknown) => {
        this.openCalls.delete(call);
        this.logger.error({ error }, 'snapshot receive failed unexpectedly');
        if (!call.cancelled) callback(null, { accepted: false, error: 'internal error' });
      },
    );
  };

  /** Ends every snapshot stream in progress; their handlers see the chunks iterable throw. */
  cancelAll(): void {
    for (const call of this.openCalls) call.destroy();
  }

  private async receive(call: SnapshotCall): Promise<tessera.raft.ISnapshotAck> {
    const frames = call[Symbol.asyncIterator]() as AsyncIterator<IncomingSnapshotChunk>;
    const first = await nextFrame(frames);
    if (first instanceof MalformedPeerMessageError) return this.refuse(first);
    const header = this.readHeader(first);
    if (header instanceof MalformedPeerMessageError) return this.refuse(header);
    const stream = { error: null as MalformedPeerMessageError | null };
    const chunks = snapshotData(first, frames, header, stream);
    try {
      await this.onSnapshot(header.fromNode, header.shardId, header.message, chunks);
    } catch (error) {
      const detail = stream.error?.message ?? (error instanceof Error ? error.message : String(error));
      this.logger.warn({ fromNode: header.fromNode, shardId: header.shardId, error: detail }, 'snapshot refused');
      return { accepted: false, error: detail };
    }
    // A handler that swallowed a broken stream must not make a truncated snapshot look accepted.
    if (stream.error !== null) return this.refuse(stream.error);
    return { accepted: true };
  }

  private refuse(error: MalformedPeerMessageError): tessera.raft.ISnapshotAck {
    this.stats.malformedMessages += 1;
    this.logger.warn({ error: error.message }, 'malformed snapshot stream');
    return { accepted: false, error: error.message };
  }

  private readHeader(chunk: tessera.raft.SnapshotChunk): SnapshotHeader | MalformedPeerMessageError {
    const decoded = messageFromWire(chunk.message, 'snapshotChunk.message');
    if (!decoded.ok) return decoded.error;
    const message = decoded.value;
    if (message.type !== 'snapshot') return new MalformedPeerMessageError('snapshotChunk.message.type', `${message.type}, not snapshot`);
    if (message.to !== this.selfId) return new MalformedPeerMessageError('snapshotChunk.message.to', `addressed to ${message.to}, not ${this.selfId}`);
    const shard = uint64ToSafeInteger(chunk.shardId);
    if (shard === null) return new MalformedPeerMessageError('snapshotChunk.shardId', 'not a safe integer');
    const header = { fromNode: message.from, shardId: shard as ShardId, message };
    return checkChunkAddress(chunk, header, this.selfId) ?? header;
  }
}

async function nextFrame(frames: AsyncIterator<IncomingSnapshotChunk>): Promise<tessera.raft.SnapshotChunk | MalformedPeerMessageError> {
  let result: IteratorResult<IncomingSnapshotChunk>;
  try {
    result = await frames.next();
  } catch (error) {
    return new MalformedPeerMessageError('snapshot', `stream broke: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (result.done === true) return new MalformedPeerMessageError('snapshot', 'stream ended before the last chunk');
  if (!result.value.ok) return result.value.error;
  return result.value.value;
}

function checkChunkAddress(chunk: tessera.raft.SnapshotChunk, header: SnapshotHeader, selfId: NodeId): MalformedPeerMessageError | null {
  if (uint64ToSafeInteger(chunk.shardId) !== header.shardId) return new MalformedPeerMessageError('snapshotChunk.shardId', 'changed within the stream');
  if (uint64ToSafeInteger(chunk.fromNode) !== header.fromNode) return new MalformedPeerMessageError('snapshotChunk.fromNode', `not the sender ${header.fromNode}`);
  if (uint64ToSafeInteger(chunk.toNode) !== selfId) return new MalformedPeerMessageError('snapshotChunk.toNode', `not this node ${selfId}`);
  return null;
}

/** The data of every chunk in order; records in `stream.error` why it stopped early, then throws it. */
async function* snapshotData(
  first: tessera.raft.SnapshotChunk,
  frames: AsyncIterator<IncomingSnapshotChunk>,
  header: SnapshotHeader,
  stream: { error: MalformedPeerMessageError | null },
): AsyncGenerator<Uint8Array> {
  let chunk = first;
  for (;;) {
    if (chunk.data.length > 0) yield chunk.data;
    if (chunk.last) return;
    const next = await nextFrame(frames);
    const error = next instanceof MalformedPeerMessageError ? next : checkChunkAddress(next, header, header.message.to);
    if (error !== null) {
      stream.error = error;
      throw error;
    }
    chunk = next as tessera.raft.SnapshotChunk;
  }
}
