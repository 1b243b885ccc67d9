/**
 * MessageBatch framing. Each GroupMessage is encoded when it is queued, so the per-peer queue
 * knows its exact size in bytes, and a batch is assembled from the encoded pieces without
 * re-encoding: a repeated embedded message on the wire is just tag + length + bytes.
 */
import type { Message, NodeId, ShardId } from '../../raft/types.js';
import { tessera } from '../../wire/proto.js';
import { MalformedPeerMessageError } from './errors.js';
import { type DecodeResult, messageFromWire, messageToWire, uint64ToSafeInteger } from './message-codec.js';

/** One Raft message of one group, as the transport's callers see it. */
export interface GroupMessage {
  shardId: ShardId;
  message: Message;
  /** Set on the heartbeats of a quiesced leader: its followers stop ticking too (see src/server/quiescence.ts). Absent means false. */
  quiesce?: boolean;
}

/** A GroupMessage encoded for the wire, ready to be framed into a batch. */
export type EncodedGroupMessage = Uint8Array;

const fromNodeTag = (1 << 3) | 0; // field 1, varint
const messagesTag = (2 << 3) | 2; // field 2, length-delimited

/** Encodes one group's message; the bytes are a complete tessera.raft.GroupMessage. */
export function encodeGroupMessage(groupMessage: GroupMessage): EncodedGroupMessage {
  return tessera.raft.GroupMessage.encode({
    shardId: groupMessage.shardId,
    message: messageToWire(groupMessage.message),
    // proto3 leaves a false bool off the wire: unflagged messages are as they were before the flag.
    quiesce: groupMessage.quiesce === true,
  }).finish();
}

/** The bytes a GroupMessage adds to a batch: its tag, its length prefix and itself. */
export function framedSizeBytes(encoded: EncodedGroupMessage): number {
  return 1 + varintSizeBytes(encoded.length) + encoded.length;
}

/** The bytes of a batch header (the from_node field) before any message. */
export function batchHeaderSizeBytes(fromNode: NodeId): number {
  return 1 + varintSizeBytes(fromNode);
}

/** Assembles a tessera.raft.MessageBatch from encoded GroupMessages; byte-identical to MessageBatch.encode. */
export function encodeMessageBatch(fromNode: NodeId, encodedMessages: readonly EncodedGroupMessage[]): Buffer {
  let sizeBytes = batchHeaderSizeBytes(fromNode);
  for (const encoded of encodedMessages) sizeBytes += framedSizeBytes(encoded);
  const frame = Buffer.allocUnsafe(sizeBytes);
  let offset = 0;
  frame[offset++] = fromNodeTag;
  offset = writeVarint(frame, offset, fromNode);
  for (const encoded of encodedMessages) {
    frame[offset++] = messagesTag;
    offset = writeVarint(frame, offset, encoded.length);
    frame.set(encoded, offset);
    offset += encoded.length;
  }
  if (offset !== sizeBytes) throw new Error(`batch framing wrote ${offset} bytes, expected ${sizeBytes}`);
  return frame;
}

/** Parses a batch's bytes. Never throws: a protobuf-level failure comes back as an error value. */
export function decodeMessageBatch(bytes: Uint8Array): DecodeResult<tessera.raft.MessageBatch> {
  try {
    return { ok: true, value: tessera.raft.MessageBatch.decode(bytes) };
  } catch (error) {
    return { ok: false, error: new MalformedPeerMessageError('batch', `cannot parse: ${String(error)}`) };
  }
}

/** A received batch after validation: the messages to deliver and why the others were dropped. */
export interface ReceivedBatch {
  fromNode: NodeId;
  messages: GroupMessage[];
  malformed: MalformedPeerMessageError[];
}

/**
 * Validates every GroupMessage of a batch. A message is kept only if it decodes, its sender is
 * the batch's from_node (a peer speaks only for itself) and it is addressed to `self`.
 */
export function receiveMessageBatch(batch: tessera.raft.IMessageBatch, self: NodeId): DecodeResult<ReceivedBatch> {
  const fromNode = uint64ToSafeInteger(batch.fromNode);
  if (fromNode === null) return { ok: false, error: new MalformedPeerMessageError('batch.fromNode', 'not a safe integer') };
  if (fromNode === 0) return { ok: false, error: new MalformedPeerMessageError('batch.fromNode', 'node id 0') };
  const received: ReceivedBatch = { fromNode: fromNode as NodeId, messages: [], malformed: [] };
  const wireMessages = Array.isArray(batch.messages) ? batch.messages : [];
  for (let position = 0; position < wireMessages.length; position += 1) {
    const path = `batch.messages[${position}]`;
    const result = receiveGroupMessage(wireMessages[position], path, received.fromNode, self);
    if (result.ok) received.messages.push(result.value);
    else received.malformed.push(result.error);
  }
  return { ok: true, value: received };
}

function receiveGroupMessage(
  wire: tessera.raft.IGroupMessage | null | undefined,
  path: string,
  fromNode: NodeId,
  self: NodeId,
): DecodeResult<GroupMessage> {
  if (wire === null || wire === undefined) return { ok: false, error: new MalformedPeerMessageError(path, 'missing') };
  const shard = uint64ToSafeInteger(wire.shardId);
  if (shard === null) return { ok: false, error: new MalformedPeerMessageError(`${path}.shardId`, 'not a safe integer') };
  const decoded = messageFromWire(wire.message, `${path}.message`);
  if (!decoded.ok) return decoded;
  const message = decoded.value;
  if (message.from !== fromNode) {
    return { ok: false, error: new MalformedPeerMessageError(`${path}.message.from`, `${message.from} differs from the batch's from_node ${fromNode}`) };
  }
  if (message.to !== self) {
    return { ok: false, error: new MalformedPeerMessageError(`${path}.message.to`, `addressed to ${message.to}, not ${self}`) };
  }
  const quiesce = wire.quiesce ?? false;
  if (typeof quiesce !== 'boolean') return { ok: false, error: new MalformedPeerMessageError(`${path}.quiesce`, `not a boolean: ${String(quiesce)}`) };
  return { ok: true, value: quiesce ? { shardId: shard as ShardId, message, quiesce } : { shardId: shard as ShardId, message } };
}

function varintSizeBytes(value: number): number {
  let size = 1;
  for (let rest = value; rest >= 0x80; rest = Math.floor(rest / 0x80)) size += 1;
  return size;
}

// Division instead of shifts: node ids are safe integers and may exceed 32 bits.
function writeVarint(target: Buffer, offset: number, value: number): number {
  let rest = value;
  let position = offset;
  while (rest >= 0x80) {
    target[position++] = (rest % 0x80) | 0x80;
    rest = Math.floor(rest / 0x80);
  }
  target[position++] = rest;
  return position;
}
