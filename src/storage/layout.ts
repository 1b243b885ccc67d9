/**
 * The key layout of a node's one LevelDB, shared by every shard the node hosts.
 *
 * All keys are binary. Integers are fixed-width big-endian (u64 = 8 bytes, u32 = 4), so LevelDB's
 * byte order is numeric order. `S` is the byte 0x53, `shard` a u64.
 *
 *   key                                        value
 *   0x00 "format"                              u32 layout version (formatVersion)
 *   0x00 "destroy" shard(u64)                  (empty)        a shard being deleted (destroy.ts)
 *   S shard 0x01                               hard state     CRC [term u64][vote u64][commit u64]
 *   S shard 0x02                               conf state     CRC [conf state, see records.ts]
 *   S shard 0x03                               snapshot meta  CRC [index u64][term u64][conf state]
 *   S shard 0x04                               log bounds     CRC [compacted index u64][compacted term u64][last index u64]
 *   S shard 0x05                               applied state  CRC [applied index u64][applied term u64][generation u32]
 *   S shard 0x06                               staging        CRC [generation u32]   (only while a snapshot is ingested)
 *   S shard 0x10 index(u64)                    log entry      CRC [term u64][type u8][data]
 *   S shard 0x20 generation(u32) user key      user data      [version u64][value]
 *   S shard 0x30 generation(u32) client(u64)   session        [last sequence u64][encoded CommandResult]
 *
 * Every CRC (crc-record.ts) covers the key and the payload. A missing record means its zero value
 * (no hard state yet, an empty log, nothing applied, generation 1).
 *
 * Torn tails vs corruption. LevelDB applies a write batch atomically: after a crash its WAL
 * replays a batch completely or not at all, so an unacknowledged append never shows up as half a
 * batch. Every batch that adds or removes log entries also rewrites the shard's log-bounds record.
 * On open, the entries in (compacted index, last index] must all be present and pass their CRC:
 * anything else there is corruption (StorageCorruptionError naming shard and index), never
 * skipped. Entries *above* the recorded last index can only be an unacknowledged tail (they were
 * never part of a batch that also moved the bounds), so they are deleted on open without error.
 *
 * Generations. User data and sessions are keyed by a per-shard data generation. Ingesting a
 * snapshot writes a fresh generation in many batches (announced by the staging record first),
 * then one final batch points the applied-state record at it and removes the staging record:
 * readers and a crash see the old state or the new one, never a mix. Old generations and the
 * remains of an unfinished ingest are deleted lazily and on open.
 */
import { allocateBytes, readUint32, readUint64, writeUint32, writeUint64 } from './bytes.js';

/** Version of this layout, stored under the format key; open refuses another version. */
export const formatVersion = 1;

const nodeSpace = 0x00;
const shardSpace = 0x53;

/** Single-record kinds under a shard prefix. */
export const recordKind = {
  hardState: 0x01,
  confState: 0x02,
  snapshotMetadata: 0x03,
  logBounds: 0x04,
  appliedState: 0x05,
  staging: 0x06,
} as const;

/** Ranged kinds under a shard prefix. */
export const rangeKind = { entry: 0x10, data: 0x20, session: 0x30 } as const;

/** Bytes of [S][shard u64]. */
export const shardPrefixBytes = 9;
/** Bytes of [S][shard][kind][generation u32]: what precedes a user key or a client id. */
export const generationPrefixBytes = shardPrefixBytes + 1 + 4;

/** A key range as abstract-level iterator bounds. */
export interface KeyRange {
  gte: Uint8Array;
  lt: Uint8Array;
}

/** The key of the layout version record. */
export function formatKey(): Uint8Array {
  return new Uint8Array([nodeSpace, ...Buffer.from('format')]);
}

const destroyTag = Buffer.from('destroy');

/** The marker of a shard whose deletion has begun: an open finishes the deletion. */
export function destroyMarkerKey(shardId: number): Uint8Array {
  const key = new Uint8Array(1 + destroyTag.length + 8);
  key[0] = nodeSpace;
  key.set(destroyTag, 1);
  writeUint64(key, 1 + destroyTag.length, shardId);
  return key;
}

/** Every destroy marker. */
export function destroyMarkerRange(): KeyRange {
  const gte = new Uint8Array([nodeSpace, ...destroyTag]);
  return { gte, lt: prefixEnd(gte) };
}

/** The shard id of a destroy marker. */
export function shardIdOfDestroyMarker(key: Uint8Array): number {
  return readUint64(key, 1 + destroyTag.length);
}

/** Everything one shard stores. */
export function shardRange(shardId: number): KeyRange {
  return { gte: shardPrefix(shardId), lt: shardPrefix(shardId + 1) };
}

/** [S][shard], the prefix of everything a shard stores. */
export function shardPrefix(shardId: number): Uint8Array {
  return shardKey(shardId, 0);
}

/**
 * A shard key of `bytesAfterPrefix` more bytes with its [S][shard] prefix written in place (one
 * allocation: keys are built per command); callers write every byte after the prefix. From
 * allocateBytes, not `new Uint8Array`: V8 keeps a typed array of 64 bytes or less on its heap, and
 * LevelDB's binding must then move it off the heap (a malloc and a copy) for every put and get.
 */
function shardKey(shardId: number, bytesAfterPrefix: number): Uint8Array {
  const key = allocateBytes(shardPrefixBytes + bytesAfterPrefix);
  key[0] = shardSpace;
  writeUint64(key, 1, shardId);
  return key;
}

/** Every key of every shard. */
export function allShardsRange(): KeyRange {
  return { gte: new Uint8Array([shardSpace]), lt: new Uint8Array([shardSpace + 1]) };
}

/** The shard id of any shard key. */
export function shardIdOfKey(key: Uint8Array): number {
  return readUint64(key, 1);
}

/** The key of one of a shard's single records. */
export function shardRecordKey(shardId: number, kind: number): Uint8Array {
  const key = shardKey(shardId, 1);
  key[shardPrefixBytes] = kind;
  return key;
}

/** The key of log entry `index` of a shard. */
export function entryKey(shardId: number, index: number): Uint8Array {
  const key = shardKey(shardId, 1 + 8);
  key[shardPrefixBytes] = rangeKind.entry;
  writeUint64(key, shardPrefixBytes + 1, index);
  return key;
}

/** The log index in an entry key. */
export function indexOfEntryKey(key: Uint8Array): number {
  return readUint64(key, shardPrefixBytes + 1);
}

/** All log entries of a shard. */
export function entryRange(shardId: number): KeyRange {
  return kindRange(shardId, rangeKind.entry);
}

/** Everything of one ranged kind of a shard (all generations). */
export function kindRange(shardId: number, kind: number): KeyRange {
  return { gte: shardRecordKey(shardId, kind), lt: shardRecordKey(shardId, kind + 1) };
}

/** [S][shard][kind][generation]: the prefix of one generation of data or sessions. */
export function generationPrefix(shardId: number, kind: number, generation: number): Uint8Array {
  return generationKey(shardId, kind, generation, 0);
}

/** A key of `extraBytes` past its generation prefix, the prefix written in place (the write path makes two per command). */
function generationKey(shardId: number, kind: number, generation: number, extraBytes: number): Uint8Array {
  const key = shardKey(shardId, generationPrefixBytes - shardPrefixBytes + extraBytes);
  key[shardPrefixBytes] = kind;
  writeUint32(key, shardPrefixBytes + 1, generation);
  return key;
}

/** Every key of one generation of data or sessions. */
export function generationRange(shardId: number, kind: number, generation: number): KeyRange {
  return { gte: generationPrefix(shardId, kind, generation), lt: generationPrefix(shardId, kind, generation + 1) };
}

/** The generation in a data or session key. */
export function generationOfKey(key: Uint8Array): number {
  return readUint32(key, shardPrefixBytes + 1);
}

/** The key of a user key in one generation. */
export function dataKey(shardId: number, generation: number, userKey: Uint8Array): Uint8Array {
  const key = generationKey(shardId, rangeKind.data, generation, userKey.length);
  key.set(userKey, generationPrefixBytes);
  return key;
}

/** The user key inside a data key. */
export function userKeyOfDataKey(key: Uint8Array): Uint8Array {
  return key.subarray(generationPrefixBytes);
}

/** The key of a client's session in one generation. */
export function sessionKey(shardId: number, generation: number, clientId: number): Uint8Array {
  const key = generationKey(shardId, rangeKind.session, generation, 8);
  writeUint64(key, generationPrefixBytes, clientId);
  return key;
}

/**
 * The data keys for user keys in [start, end) of one generation; an empty `end` means up to the
 * end of the generation.
 */
export function dataRange(shardId: number, generation: number, start: Uint8Array, end: Uint8Array): KeyRange {
  return {
    gte: dataKey(shardId, generation, start),
    lt: end.length === 0 ? generationPrefix(shardId, rangeKind.data, generation + 1) : dataKey(shardId, generation, end),
  };
}

/** The smallest key greater than every key starting with `prefix`; empty when there is none (all 0xff). */
export function prefixEnd(prefix: Uint8Array): Uint8Array {
  let last = prefix.length - 1;
  while (last >= 0 && prefix[last] === 0xff) last -= 1;
  if (last < 0) return new Uint8Array(0);
  const end = prefix.slice(0, last + 1);
  end[last] += 1;
  return end;
}
