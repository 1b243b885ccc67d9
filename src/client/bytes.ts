/** Conversions between the SDK's string | Uint8Array inputs and wire bytes. */
import type { Bytes } from './types.js';

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const empty = new Uint8Array(0);

/** UTF-8 bytes of a string; a Uint8Array as is. */
export function toBytes(value: Bytes): Uint8Array {
  if (typeof value === 'string') return encoder.encode(value);
  if (value instanceof Uint8Array) return value;
  throw new TypeError(`expected a string or Uint8Array, got ${typeof value}`);
}

/** Wire bytes (protobuf leaves unset bytes as null/undefined) as a Uint8Array. */
export function fromWire(value: Uint8Array | null | undefined): Uint8Array {
  return value ?? empty;
}

/** UTF-8 decoding. */
export function bytesToString(value: Uint8Array): string {
  return decoder.decode(value);
}

/** Byte-wise order of two keys (negative, 0, positive). */
export function compareBytes(left: Uint8Array, right: Uint8Array): number {
  return Buffer.compare(left, right);
}

/** The smallest key greater than every key starting with `prefix`; empty when there is none (all 0xff). */
export function prefixEnd(prefix: Uint8Array): Uint8Array {
  for (let position = prefix.length - 1; position >= 0; position -= 1) {
    if (prefix[position] !== 0xff) {
      const end = prefix.slice(0, position + 1);
      end[position] += 1;
      return end;
    }
  }
  return empty;
}
