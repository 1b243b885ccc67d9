/**
 * The grpc-js service definition of `tessera.raft.Peer` (proto/raft.proto), built by hand on the
 * generated protobufjs code: @grpc/proto-loader would bring a second protobufjs.
 *
 * Requests deserialize to a DecodeResult instead of throwing: grpc-js answers a throwing
 * deserializer by failing the whole stream, and one bad frame must only be counted and dropped.
 * Batches may be serialized from an already framed Buffer (see batch-codec.ts) or from an object.
 */
import * as grpc from '@grpc/grpc-js';
import { tessera } from '../../wire/proto.js';
import { decodeMessageBatch } from './batch-codec.js';
import { MalformedPeerMessageError } from './errors.js';
import type { DecodeResult } from './message-codec.js';

/** What the Messages method carries on the client side: a framed batch, or a batch to encode. */
export type OutgoingMessageBatch = Uint8Array | tessera.raft.IMessageBatch;

function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function serializeMessageBatch(batch: OutgoingMessageBatch): Buffer {
  if (batch instanceof Uint8Array) return toBuffer(batch);
  return toBuffer(tessera.raft.MessageBatch.encode(batch).finish());
}

function deserializeSnapshotChunk(bytes: Buffer): DecodeResult<tessera.raft.SnapshotChunk> {
  try {
    return { ok: true, value: tessera.raft.SnapshotChunk.decode(bytes) };
  } catch (error) {
    return { ok: false, error: new MalformedPeerMessageError('snapshotChunk', `cannot parse: ${String(error)}`) };
  }
}

/** The `tessera.raft.Peer` service: both methods are client-streaming. */
export const peerServiceDefinition = {
  Messages: {
    path: '/tessera.raft.Peer/Messages',
    originalName: 'messages',
    requestStream: true,
    responseStream: false,
    requestSerialize: serializeMessageBatch,
    requestDeserialize: (bytes: Buffer): DecodeResult<tessera.raft.MessageBatch> => decodeMessageBatch(bytes),
    responseSerialize: (ack: tessera.raft.IStreamAck): Buffer => toBuffer(tessera.raft.StreamAck.encode(ack).finish()),
    responseDeserialize: (bytes: Buffer): tessera.raft.StreamAck => tessera.raft.StreamAck.decode(bytes),
  },
  Snapshot: {
    path: '/tessera.raft.Peer/Snapshot',
    originalName: 'snapshot',
    requestStream: true,
    responseStream: false,
    requestSerialize: (chunk: tessera.raft.ISnapshotChunk): Buffer => toBuffer(tessera.raft.SnapshotChunk.encode(chunk).finish()),
    requestDeserialize: deserializeSnapshotChunk,
    responseSerialize: (ack: tessera.raft.ISnapshotAck): Buffer => toBuffer(tessera.raft.SnapshotAck.encode(ack).finish()),
    responseDeserialize: (bytes: Buffer): tessera.raft.SnapshotAck => tessera.raft.SnapshotAck.decode(bytes),
  },
} satisfies grpc.ServiceDefinition;

/** The request type a Messages handler reads from its stream. */
export type IncomingMessageBatch = DecodeResult<tessera.raft.MessageBatch>;
/** The request type a Snapshot handler reads from its stream. */
export type IncomingSnapshotChunk = DecodeResult<tessera.raft.SnapshotChunk>;

/** A generic client class for the Peer service (tests and tools; the transport uses grpc.Client directly). */
export const PeerClient = grpc.makeGenericClientConstructor(peerServiceDefinition, 'Peer');
