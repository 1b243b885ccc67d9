/**
 * The client side of `Peer.Snapshot`: streams one snapshot to one peer on a connection of its
 * own, so megabytes of state never queue behind or ahead of the Raft messages on the peer link.
 */
import * as grpc from '@grpc/grpc-js';
import type { Message, NodeId, ShardId } from '../../raft/types.js';
import { tessera } from '../../wire/proto.js';
import { messageToWire } from './message-codec.js';
import { peerServiceDefinition } from './peer-service-definition.js';
import type { TransportLogger } from './transport-logger.js';

/** How a snapshot transfer ended: the peer accepted it, or it did not (any reason). */
export type SnapshotOutcome = 'finished' | 'failed';

/** One snapshot to stream. */
export interface SnapshotTransfer {
  selfId: NodeId;
  to: NodeId;
  shardId: ShardId;
  message: Message;
  chunks: AsyncIterable<Uint8Array>;
}

type SnapshotCall = grpc.ClientWritableStream<tessera.raft.ISnapshotChunk>;
type CallOutcome = { ack: tessera.raft.SnapshotAck } | { error: grpc.ServiceError };

const emptyBytes = new Uint8Array(0);

/** Streams snapshots and can cancel every transfer in flight. */
export class SnapshotSender {
  private readonly activeCalls = new Set<SnapshotCall>();

  constructor(
    private readonly chunkBytesMax: number,
    private readonly logger: TransportLogger,
  ) {}

  /** Streams `transfer` over `client`; never throws. The caller owns and closes the client. */
  async send(client: grpc.Client, transfer: SnapshotTransfer): Promise<SnapshotOutcome> {
    const definition = peerServiceDefinition.Snapshot;
    let ended = false;
    let settle: (outcome: CallOutcome) => void = () => {};
    const outcome = new Promise<CallOutcome>((resolve) => (settle = resolve));
    const call: SnapshotCall = client.makeClientStreamRequest<tessera.raft.ISnapshotChunk, tessera.raft.SnapshotAck>(
      definition.path,
      definition.requestSerialize,
      definition.responseDeserialize,
      new grpc.Metadata(),
      {},
      (error, ack) => {
        ended = true;
        settle(error !== null || ack === undefined ? { error: error ?? unimplemented() } : { ack });
      },
    );
    call.on('error', () => {});
    this.activeCalls.add(call);
    try {
      await this.writeChunks(call, transfer, () => ended);
    } catch (error) {
      this.logger.warn({ to: transfer.to, shardId: transfer.shardId, error }, 'snapshot source failed; transfer cancelled');
      call.cancel();
    }
    const result = await outcome;
    this.activeCalls.delete(call);
    return this.judge(result, transfer);
  }

  /** Cancels every transfer in flight; their send() calls resolve to 'failed'. */
  cancelAll(): void {
    for (const call of this.activeCalls) call.cancel();
  }

  private async writeChunks(call: SnapshotCall, transfer: SnapshotTransfer, hasEnded: () => boolean): Promise<void> {
    let first = true;
    const write = async (data: Uint8Array, last: boolean): Promise<void> => {
      const chunk: tessera.raft.ISnapshotChunk = {
        shardId: transfer.shardId,
        fromNode: transfer.selfId,
        toNode: transfer.to,
        message: first ? messageToWire(transfer.message) : null,
        data,
        last,
      };
      first = false;
      if (!call.write(chunk) && !hasEnded()) await drainedOrEnded(call);
    };
    for await (const data of transfer.chunks) {
      if (hasEnded()) return;
      for (let offset = 0; offset < data.length; offset += this.chunkBytesMax) {
        await write(data.subarray(offset, offset + this.chunkBytesMax), false);
        if (hasEnded()) return;
      }
    }
    await write(emptyBytes, true);
    call.end();
  }

  private judge(result: CallOutcome, transfer: SnapshotTransfer): SnapshotOutcome {
    const fields = { to: transfer.to, shardId: transfer.shardId };
    if ('error' in result) {
      this.logger.warn({ ...fields, code: result.error.code, detail: result.error.details }, 'snapshot transfer failed');
      return 'failed';
    }
    if (!result.ack.accepted) {
      this.logger.warn({ ...fields, reason: result.ack.error }, 'snapshot refused by peer');
      return 'failed';
    }
    return 'finished';
  }
}

/** Waits for room in the stream, or for its end (a refused snapshot ends while chunks are pending). */
function drainedOrEnded(call: SnapshotCall): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      call.off('drain', done);
      call.off('status', done);
      resolve();
    };
    call.once('drain', done);
    call.once('status', done);
  });
}

function unimplemented(): grpc.ServiceError {
  return Object.assign(new Error('no answer'), { code: grpc.status.UNKNOWN, details: 'no answer', metadata: new grpc.Metadata() });
}
