/**
 * The Raft core's Message (src/raft/types.ts) to and from its protobuf form (proto/raft.proto).
 * Encoding trusts the core; decoding trusts nothing: every field a peer sends is checked, and a
 * failure comes back as a MalformedPeerMessageError value, never as a throw.
 */
import type { ConfState, Entry, EntryType, Message, MessageType, NodeId, Snapshot } from '../../raft/types.js';
import { tessera } from '../../wire/proto.js';
import { MalformedPeerMessageError } from './errors.js';

/** The outcome of decoding one wire value: the value, or why it was rejected. */
export type DecodeResult<T> = { ok: true; value: T } | { ok: false; error: MalformedPeerMessageError };

const wireMessageTypes: Record<MessageType, tessera.raft.MessageType> = {
  'prevote': tessera.raft.MessageType.PREVOTE,
  'prevote-response': tessera.raft.MessageType.PREVOTE_RESPONSE,
  'vote': tessera.raft.MessageType.VOTE,
  'vote-response': tessera.raft.MessageType.VOTE_RESPONSE,
  'append': tessera.raft.MessageType.APPEND,
  'append-response': tessera.raft.MessageType.APPEND_RESPONSE,
  'heartbeat': tessera.raft.MessageType.HEARTBEAT,
  'heartbeat-response': tessera.raft.MessageType.HEARTBEAT_RESPONSE,
  'snapshot': tessera.raft.MessageType.SNAPSHOT,
  'timeout-now': tessera.raft.MessageType.TIMEOUT_NOW,
  'read-index': tessera.raft.MessageType.READ_INDEX,
  'read-index-response': tessera.raft.MessageType.READ_INDEX_RESPONSE,
};
const messageTypesByWire = new Map<number, MessageType>(
  Object.entries(wireMessageTypes).map(([type, wire]) => [wire, type as MessageType]),
);

const wireEntryTypes: Record<EntryType, tessera.raft.EntryType> = {
  'normal': tessera.raft.EntryType.ENTRY_NORMAL,
  'conf-change': tessera.raft.EntryType.ENTRY_CONF_CHANGE,
};
const entryTypesByWire = new Map<number, EntryType>(
  Object.entries(wireEntryTypes).map(([type, wire]) => [wire, type as EntryType]),
);

const emptyBytes = new Uint8Array(0);

/** Converts a Raft message to the plain object the generated encoder takes. */
export function messageToWire(message: Message): tessera.raft.IMessage {
  return {
    type: wireMessageTypes[message.type],
    to: message.to,
    from: message.from,
    term: message.term,
    logTerm: message.logTerm,
    index: message.index,
    entries: message.entries.map(entryToWire),
    commit: message.commit,
    snapshot: message.snapshot === null ? null : snapshotToWire(message.snapshot),
    reject: message.reject,
    rejectHint: message.rejectHint,
    context: message.context,
  };
}

function entryToWire(entry: Entry): tessera.raft.IEntry {
  return { term: entry.term, index: entry.index, type: wireEntryTypes[entry.type], data: entry.data };
}

function snapshotToWire(snapshot: Snapshot): tessera.raft.ISnapshot {
  const { index, term, confState } = snapshot.metadata;
  return {
    metadata: {
      index,
      term,
      confState: {
        voters: confState.voters,
        learners: confState.learners,
        votersOutgoing: confState.votersOutgoing,
        learnersNext: confState.learnersNext,
        autoLeave: confState.autoLeave,
      },
    },
    data: snapshot.data,
  };
}

/**
 * Thrown only inside this module to unwind a nested decode; messageFromWire turns it into a
 * DecodeResult so nothing escapes to the transport.
 */
class Reject {
  constructor(readonly error: MalformedPeerMessageError) {}
}

function reject(path: string, detail: string): never {
  throw new Reject(new MalformedPeerMessageError(path, detail));
}

/** Decodes and validates a wire message from a peer. Never throws. */
export function messageFromWire(wire: tessera.raft.IMessage | null | undefined, path = 'message'): DecodeResult<Message> {
  try {
    return { ok: true, value: decodeMessage(wire, path) };
  } catch (error) {
    if (error instanceof Reject) return { ok: false, error: error.error };
    // A getter or a bug in the generated code: still the peer's bytes, still not our crash.
    return { ok: false, error: new MalformedPeerMessageError(path, `cannot decode: ${String(error)}`) };
  }
}

function decodeMessage(wire: tessera.raft.IMessage | null | undefined, path: string): Message {
  if (wire === null || wire === undefined) reject(path, 'missing');
  const type = messageTypesByWire.get(readEnum(wire.type, `${path}.type`));
  if (type === undefined) reject(`${path}.type`, `unknown message type ${String(wire.type)}`);
  const snapshot = wire.snapshot === null || wire.snapshot === undefined ? null : decodeSnapshot(wire.snapshot, `${path}.snapshot`);
  if (type === 'snapshot' && snapshot === null) reject(`${path}.snapshot`, 'missing on a snapshot message');
  if (type !== 'snapshot' && snapshot !== null) reject(`${path}.snapshot`, `present on a ${type} message`);
  const entries = wire.entries ?? [];
  if (!Array.isArray(entries)) reject(`${path}.entries`, 'not a list');
  return {
    type,
    to: readNodeId(wire.to, `${path}.to`),
    from: readNodeId(wire.from, `${path}.from`),
    term: readUint64(wire.term, `${path}.term`),
    logTerm: readUint64(wire.logTerm, `${path}.logTerm`),
    index: readUint64(wire.index, `${path}.index`),
    entries: entries.map((entry, position) => decodeEntry(entry, `${path}.entries[${position}]`)),
    commit: readUint64(wire.commit, `${path}.commit`),
    snapshot,
    reject: readBool(wire.reject, `${path}.reject`),
    rejectHint: readUint64(wire.rejectHint, `${path}.rejectHint`),
    context: readBytes(wire.context, `${path}.context`),
  };
}

function decodeEntry(wire: tessera.raft.IEntry | null | undefined, path: string): Entry {
  if (wire === null || wire === undefined) reject(path, 'missing');
  const type = entryTypesByWire.get(readEnum(wire.type, `${path}.type`));
  if (type === undefined) reject(`${path}.type`, `unknown entry type ${String(wire.type)}`);
  return {
    term: readUint64(wire.term, `${path}.term`),
    index: readUint64(wire.index, `${path}.index`),
    type,
    data: readBytes(wire.data, `${path}.data`),
  };
}

function decodeSnapshot(wire: tessera.raft.ISnapshot, path: string): Snapshot {
  const metadata = wire.metadata;
  if (metadata === null || metadata === undefined) reject(`${path}.metadata`, 'missing');
  const confState = metadata.confState;
  if (confState === null || confState === undefined) reject(`${path}.metadata.confState`, 'missing');
  return {
    metadata: {
      index: readUint64(metadata.index, `${path}.metadata.index`),
      term: readUint64(metadata.term, `${path}.metadata.term`),
      confState: decodeConfState(confState, `${path}.metadata.confState`),
    },
    data: readBytes(wire.data, `${path}.data`),
  };
}

function decodeConfState(wire: tessera.raft.IConfState, path: string): ConfState {
  return {
    voters: readNodeIds(wire.voters, `${path}.voters`),
    learners: readNodeIds(wire.learners, `${path}.learners`),
    votersOutgoing: readNodeIds(wire.votersOutgoing, `${path}.votersOutgoing`),
    learnersNext: readNodeIds(wire.learnersNext, `${path}.learnersNext`),
    autoLeave: readBool(wire.autoLeave, `${path}.autoLeave`),
  };
}

function readNodeIds(values: unknown, path: string): NodeId[] {
  if (values === null || values === undefined) return [];
  if (!Array.isArray(values)) reject(path, 'not a list');
  return values.map((value, position) => readNodeId(value, `${path}[${position}]`));
}

function readNodeId(value: unknown, path: string): NodeId {
  const id = readUint64(value, path);
  if (id === 0) reject(path, 'node id 0');
  return id as NodeId;
}

function readUint64(value: unknown, path: string): number {
  const number = uint64ToSafeInteger(value);
  if (number === null) reject(path, `not a non-negative safe integer: ${String(value)}`);
  return number;
}

/**
 * Reads a uint64 field as a safe integer, or null. protobufjs gives numbers for fields on the
 * wire, but an absent field falls back to the prototype default, which is a Long when the
 * generated module loaded before Long was switched off; both forms are accepted.
 */
export function uint64ToSafeInteger(value: unknown): number | null {
  if (value === null || value === undefined) return 0;
  let number = value;
  if (typeof value === 'object') {
    const { low, high } = value as { low?: unknown; high?: unknown };
    if (typeof low !== 'number' || typeof high !== 'number') return null;
    number = (high >>> 0) * 2 ** 32 + (low >>> 0);
  }
  if (typeof number !== 'number' || !Number.isSafeInteger(number) || number < 0) return null;
  return number;
}

function readEnum(value: unknown, path: string): number {
  if (value === null || value === undefined) return 0;
  if (typeof value !== 'number' || !Number.isInteger(value)) reject(path, `not an enum value: ${String(value)}`);
  return value;
}

function readBool(value: unknown, path: string): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value !== 'boolean') reject(path, `not a boolean: ${String(value)}`);
  return value;
}

/**
 * Copies a bytes field out of the received frame: a zero-copy view would keep the whole batch
 * (up to maxMessageBytes) alive for as long as one entry sits in the in-memory log.
 */
function readBytes(value: unknown, path: string): Uint8Array {
  if (value === null || value === undefined) return emptyBytes;
  if (!(value instanceof Uint8Array)) reject(path, 'not bytes');
  return value.length === 0 ? emptyBytes : new Uint8Array(value);
}

