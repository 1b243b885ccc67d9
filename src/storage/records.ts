/**
 * Encoding of a shard's checksummed records (see layout.ts for where each lives). Every decoder
 * turns a CRC mismatch or a short payload into StorageCorruptionError naming shard and record.
 */
import type { ConfState, Entry, EntryType, HardState, NodeId, SnapshotMetadata } from '../raft/types.js';
import { allocateBytes, ByteReader, ByteWriter, writeUint32, writeUint64 } from './bytes.js';
import { crcRecordOverheadBytes, openRecord, recordChecksum, sealRecord } from './crc-record.js';
import { StorageCorruptionError } from './errors.js';
import { entryKey, recordKind, shardRecordKey } from './layout.js';

/** Where a shard's durable log starts and ends. Invariant: compactedIndex ≤ lastIndex. */
export interface LogBounds {
  /** Every entry up to here is gone (compacted or covered by a snapshot); 0 for a fresh log. */
  compactedIndex: number;
  /** The term of the entry at compactedIndex (0 for a fresh log). */
  compactedTerm: number;
  /** The last durable entry; entries above it on disk are an unacknowledged tail. */
  lastIndex: number;
}

/** The state machine's position and which data generation is current. */
export interface AppliedState {
  appliedIndex: number;
  appliedTerm: number;
  generation: number;
}

/** A key and its stored value, ready for a batch. */
export interface KeyValueRecord {
  key: Uint8Array;
  value: Uint8Array;
}

export const emptyHardState: HardState = { term: 0, vote: 0 as NodeId, commit: 0 };
export const emptyLogBounds: LogBounds = { compactedIndex: 0, compactedTerm: 0, lastIndex: 0 };
export const initialAppliedState: AppliedState = { appliedIndex: 0, appliedTerm: 0, generation: 1 };

/** A ConfState with no members. */
export function emptyConfState(): ConfState {
  return { voters: [], learners: [], votersOutgoing: [], learnersNext: [], autoLeave: false };
}

const entryTypeCodes: Record<EntryType, number> = { normal: 0, 'conf-change': 1 };

function readSealed(shardId: number, record: string, index: number | undefined, key: Uint8Array, value: Uint8Array): ByteReader {
  const payload = openRecord(key, value);
  if (payload === undefined) throw new StorageCorruptionError(shardId, record, index, 'CRC mismatch');
  return new ByteReader(payload);
}

function decodeWith<T>(shardId: number, record: string, index: number | undefined, key: Uint8Array, value: Uint8Array, read: (reader: ByteReader) => T): T {
  const reader = readSealed(shardId, record, index, key, value);
  try {
    const result = read(reader);
    if (reader.remaining !== 0) throw new RangeError(`${reader.remaining} trailing bytes`);
    return result;
  } catch (error) {
    if (error instanceof StorageCorruptionError) throw error;
    throw new StorageCorruptionError(shardId, record, index, `undecodable: ${(error as Error).message}`, { cause: error });
  }
}

function writeNodeIds(writer: ByteWriter, ids: readonly number[]): void {
  writer.uint32(ids.length);
  for (const id of ids) writer.uint64(id);
}

function readNodeIds(reader: ByteReader): NodeId[] {
  const count = reader.uint32();
  if (count > reader.remaining / 8) throw new RangeError(`node id count ${count} exceeds the payload`);
  const ids: NodeId[] = [];
  for (let i = 0; i < count; i += 1) ids.push(reader.uint64() as NodeId);
  return ids;
}

/** Appends a ConfState's fields to `writer` (shared by records, snapshot streams). */
export function writeConfState(writer: ByteWriter, confState: ConfState): void {
  writeNodeIds(writer, confState.voters);
  writeNodeIds(writer, confState.learners);
  writeNodeIds(writer, confState.votersOutgoing);
  writeNodeIds(writer, confState.learnersNext);
  writer.uint8(confState.autoLeave ? 1 : 0);
}

/** Reads what writeConfState wrote. */
export function readConfState(reader: ByteReader): ConfState {
  const voters = readNodeIds(reader);
  const learners = readNodeIds(reader);
  const votersOutgoing = readNodeIds(reader);
  const learnersNext = readNodeIds(reader);
  return { voters, learners, votersOutgoing, learnersNext, autoLeave: reader.uint8() === 1 };
}

export function encodeHardState(shardId: number, hardState: HardState): KeyValueRecord {
  const key = shardRecordKey(shardId, recordKind.hardState);
  const payload = new ByteWriter(24).uint64(hardState.term).uint64(hardState.vote).uint64(hardState.commit).finish();
  return { key, value: sealRecord(key, payload) };
}

export function decodeHardState(shardId: number, value: Uint8Array): HardState {
  const key = shardRecordKey(shardId, recordKind.hardState);
  return decodeWith(shardId, 'hard state', undefined, key, value, (reader) => ({ term: reader.uint64(), vote: reader.uint64() as NodeId, commit: reader.uint64() }));
}

export function encodeConfStateRecord(shardId: number, confState: ConfState): KeyValueRecord {
  const key = shardRecordKey(shardId, recordKind.confState);
  const writer = new ByteWriter();
  writeConfState(writer, confState);
  return { key, value: sealRecord(key, writer.finish()) };
}

export function decodeConfStateRecord(shardId: number, value: Uint8Array): ConfState {
  return decodeWith(shardId, 'conf state', undefined, shardRecordKey(shardId, recordKind.confState), value, readConfState);
}

export function encodeSnapshotMetadata(shardId: number, metadata: SnapshotMetadata): KeyValueRecord {
  const key = shardRecordKey(shardId, recordKind.snapshotMetadata);
  const writer = new ByteWriter().uint64(metadata.index).uint64(metadata.term);
  writeConfState(writer, metadata.confState);
  return { key, value: sealRecord(key, writer.finish()) };
}

export function decodeSnapshotMetadata(shardId: number, value: Uint8Array): SnapshotMetadata {
  const key = shardRecordKey(shardId, recordKind.snapshotMetadata);
  return decodeWith(shardId, 'snapshot metadata', undefined, key, value, (reader) => ({ index: reader.uint64(), term: reader.uint64(), confState: readConfState(reader) }));
}

export function encodeLogBounds(shardId: number, bounds: LogBounds): KeyValueRecord {
  const key = shardRecordKey(shardId, recordKind.logBounds);
  const payload = new ByteWriter(24).uint64(bounds.compactedIndex).uint64(bounds.compactedTerm).uint64(bounds.lastIndex).finish();
  return { key, value: sealRecord(key, payload) };
}

export function decodeLogBounds(shardId: number, value: Uint8Array): LogBounds {
  const key = shardRecordKey(shardId, recordKind.logBounds);
  const bounds = decodeWith(shardId, 'log bounds', undefined, key, value, (reader) => ({ compactedIndex: reader.uint64(), compactedTerm: reader.uint64(), lastIndex: reader.uint64() }));
  if (bounds.compactedIndex > bounds.lastIndex) throw new StorageCorruptionError(shardId, 'log bounds', undefined, `compacted ${bounds.compactedIndex} > last ${bounds.lastIndex}`);
  return bounds;
}

export function encodeAppliedState(shardId: number, applied: AppliedState): KeyValueRecord {
  const key = shardRecordKey(shardId, recordKind.appliedState);
  const payload = new ByteWriter(20).uint64(applied.appliedIndex).uint64(applied.appliedTerm).uint32(applied.generation).finish();
  return { key, value: sealRecord(key, payload) };
}

export function decodeAppliedState(shardId: number, value: Uint8Array): AppliedState {
  const key = shardRecordKey(shardId, recordKind.appliedState);
  return decodeWith(shardId, 'applied state', undefined, key, value, (reader) => ({ appliedIndex: reader.uint64(), appliedTerm: reader.uint64(), generation: reader.uint32() }));
}

export function encodeStaging(shardId: number, generation: number): KeyValueRecord {
  const key = shardRecordKey(shardId, recordKind.staging);
  return { key, value: sealRecord(key, new ByteWriter(4).uint32(generation).finish()) };
}

export function decodeStaging(shardId: number, value: Uint8Array): number {
  return decodeWith(shardId, 'staging', undefined, shardRecordKey(shardId, recordKind.staging), value, (reader) => reader.uint32());
}

export function encodeEntry(shardId: number, entry: Entry): KeyValueRecord {
  const key = entryKey(shardId, entry.index);
  // Written in place (one allocation): this is the hot path of every append.
  const value = allocateBytes(crcRecordOverheadBytes + 9 + entry.data.length);
  writeUint64(value, crcRecordOverheadBytes, entry.term);
  value[crcRecordOverheadBytes + 8] = entryTypeCodes[entry.type];
  value.set(entry.data, crcRecordOverheadBytes + 9);
  writeUint32(value, 0, recordChecksum(key, value.subarray(crcRecordOverheadBytes)));
  return { key, value };
}

/** Decodes the stored entry `index`; the returned data is a copy, independent of the db's buffer. */
export function decodeEntry(shardId: number, index: number, value: Uint8Array): Entry {
  return decodeWith(shardId, 'log entry', index, entryKey(shardId, index), value, (reader) => {
    const term = reader.uint64();
    const typeCode = reader.uint8();
    if (typeCode > 1) throw new RangeError(`unknown entry type ${typeCode}`);
    return { term, index, type: typeCode === 0 ? 'normal' : 'conf-change', data: reader.rest().slice() };
  });
}
