/**
 * Checksummed values: [crc32 u32 BE][payload]. The CRC covers the record's *key* and then its
 * payload, so a value that is intact but sits under the wrong key (a misdirected write, a bad
 * copy) fails too, not only flipped bits.
 */
import { crc32 } from 'node:zlib';
import { allocateBytes, readUint32, writeUint32 } from './bytes.js';

/** Bytes a sealed record adds in front of its payload. */
export const crcRecordOverheadBytes = 4;

/** The CRC32 of `key` followed by `payload`. */
export function recordChecksum(key: Uint8Array, payload: Uint8Array): number {
  return crc32(payload, crc32(key));
}

/** The stored form of `payload` under `key`. */
export function sealRecord(key: Uint8Array, payload: Uint8Array): Uint8Array {
  const sealed = allocateBytes(crcRecordOverheadBytes + payload.length);
  writeUint32(sealed, 0, recordChecksum(key, payload));
  sealed.set(payload, crcRecordOverheadBytes);
  return sealed;
}

/** The payload of a sealed record, or undefined when it is too short or its CRC does not match. */
export function openRecord(key: Uint8Array, sealed: Uint8Array): Uint8Array | undefined {
  if (sealed.length < crcRecordOverheadBytes) return undefined;
  const payload = sealed.subarray(crcRecordOverheadBytes);
  return readUint32(sealed, 0) === recordChecksum(key, payload) ? payload : undefined;
}
