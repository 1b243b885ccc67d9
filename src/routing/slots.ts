import { crc32 } from 'node:zlib';

/**
 * Keys map to a fixed number of slots; shards own slot ranges. The slot count never changes for a
 * cluster (it is part of the shard map), so a key's slot is stable forever and a shard split or
 * move only changes which shard owns a range.
 */
export const slotCountDefault = 16384;

/**
 * The bytes of a key that decide its slot: the part inside the first `{...}` when it is non-empty
 * (a "hash tag", as in Redis Cluster), else the whole key. Keys sharing a tag share a shard, so a
 * transaction may span them.
 */
export function hashTagBytes(key: Uint8Array): Uint8Array {
  const open = key.indexOf(0x7b); // '{'
  if (open === -1) return key;
  const close = key.indexOf(0x7d, open + 1); // '}'
  if (close === -1 || close === open + 1) return key;
  return key.subarray(open + 1, close);
}

/** The slot of a key: CRC32 (IEEE) of its hash-tag bytes modulo slotCount. Client and server must agree byte for byte. */
export function slotOfKey(key: Uint8Array, slotCount: number = slotCountDefault): number {
  return crc32(hashTagBytes(key)) % slotCount;
}
