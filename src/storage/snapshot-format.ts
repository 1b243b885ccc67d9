/**
 * The snapshot stream format: a shard's state machine as a sequence of self-checking chunks.
 *
 *   chunk   = [magic u32 "TSNP"][sequence u32][kind u8][payload length u32][payload][crc32 u32]
 *             (the CRC covers every byte before it)
 *   header  (kind 1, sequence 0): [format u32][source shard u64][applied index u64][applied term u64][conf state]
 *   records (kind 2): repeated [record kind u8][key: u32 length + bytes][value: u32 length + bytes]
 *             record kind 1 = user data (key = user key, value = [version u64][value])
 *             record kind 2 = session   (key = client id u64, value = [sequence u64][CommandResult])
 *   trailer (kind 3, last): [record count u64]
 *
 * Chunks carry about chunkBytesTarget of records; one record is never split, so a chunk holding
 * a single maximal value (1 MiB + key) may exceed the target slightly. Sequence numbers are
 * consecutive; the trailer's count must match: a truncated stream is detected, not installed.
 */
import type { ConfState } from '../raft/types.js';
import { ByteReader, ByteWriter, readUint32, writeUint32 } from './bytes.js';
import { crc32 } from 'node:zlib';
import { SnapshotStreamError } from './errors.js';
import { readConfState, writeConfState } from './records.js';

/** "TSNP". */
export const chunkMagic = 0x54534e50;
/** Version of this stream format. */
export const snapshotFormatVersion = 1;
/** Payload bytes a chunk aims for (records are added until the next would pass it). */
export const chunkBytesTarget = 1024 * 1024;
/** Bytes of a chunk around its payload. */
export const chunkOverheadBytes = 4 + 4 + 1 + 4 + 4;

export const chunkKind = { header: 1, records: 2, trailer: 3 } as const;
export const snapshotRecordKind = { data: 1, session: 2 } as const;

/** What the header chunk says about the state the stream captures. */
export interface SnapshotHeader {
  sourceShardId: number;
  appliedIndex: number;
  appliedTerm: number;
  confState: ConfState;
}

/** One decoded chunk. */
export interface Chunk {
  sequence: number;
  kind: number;
  payload: Uint8Array;
}

/** Frames a payload as a chunk. */
export function encodeChunk(sequence: number, kind: number, payload: Uint8Array): Uint8Array {
  const chunk = new ByteWriter(chunkOverheadBytes + payload.length).uint32(chunkMagic).uint32(sequence).uint8(kind).uint32(payload.length).bytes(payload).uint32(0).finish();
  writeUint32(chunk, chunk.length - 4, crc32(chunk.subarray(0, chunk.length - 4)));
  return chunk;
}

/** Unframes a chunk; throws SnapshotStreamError when it is malformed or its CRC fails. */
export function decodeChunk(chunk: Uint8Array): Chunk {
  if (chunk.length < chunkOverheadBytes) throw new SnapshotStreamError(`chunk of ${chunk.length} bytes is too short`);
  if (readUint32(chunk, chunk.length - 4) !== crc32(chunk.subarray(0, chunk.length - 4))) throw new SnapshotStreamError('chunk CRC mismatch');
  const reader = new ByteReader(chunk);
  if (reader.uint32() !== chunkMagic) throw new SnapshotStreamError('bad chunk magic');
  const sequence = reader.uint32();
  const kind = reader.uint8();
  const length = reader.uint32();
  if (length !== chunk.length - chunkOverheadBytes) throw new SnapshotStreamError(`chunk ${sequence} payload length ${length} does not match its size`);
  return { sequence, kind, payload: reader.bytes(length) };
}

export function encodeHeader(header: SnapshotHeader): Uint8Array {
  const writer = new ByteWriter().uint32(snapshotFormatVersion).uint64(header.sourceShardId).uint64(header.appliedIndex).uint64(header.appliedTerm);
  writeConfState(writer, header.confState);
  return encodeChunk(0, chunkKind.header, writer.finish());
}

/** Parses a payload with `read`, turning any decoding failure into SnapshotStreamError. */
export function parsePayload<T>(what: string, payload: Uint8Array, read: (reader: ByteReader) => T): T {
  try {
    return read(new ByteReader(payload));
  } catch (error) {
    if (error instanceof SnapshotStreamError) throw error;
    throw new SnapshotStreamError(`undecodable ${what}: ${(error as Error).message}`, { cause: error });
  }
}

export function decodeHeader(payload: Uint8Array): SnapshotHeader {
  return parsePayload('header', payload, (reader) => {
    const format = reader.uint32();
    if (format !== snapshotFormatVersion) throw new SnapshotStreamError(`unsupported format ${format}`);
    return { sourceShardId: reader.uint64(), appliedIndex: reader.uint64(), appliedTerm: reader.uint64(), confState: readConfState(reader) };
  });
}
