/**
 * Fixed-width big-endian integer coding and a small growable writer / bounds-checked reader.
 * Every integer Tessera stores is a safe integer (< 2^53), written as 8 bytes so that byte order
 * equals numeric order in keys.
 */

const twoPower32 = 2 ** 32;

/** Writes `value` (a non-negative safe integer) as 8 big-endian bytes at `offset`. */
export function writeUint64(target: Uint8Array, offset: number, value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) throw new TypeError(`not a non-negative safe integer: ${value}`);
  // Byte stores, not a DataView: this runs for every key and record on the hot path.
  writeUint32(target, offset, Math.floor(value / twoPower32));
  writeUint32(target, offset + 4, value >>> 0);
}

/** Reads 8 big-endian bytes at `offset` as a number; throws RangeError when it exceeds 2^53 - 1. */
export function readUint64(source: Uint8Array, offset: number): number {
  const value = readUint32(source, offset) * twoPower32 + readUint32(source, offset + 4);
  if (!Number.isSafeInteger(value)) throw new RangeError(`stored integer exceeds 2^53 at offset ${offset}`);
  return value;
}

/** Writes `value` as 4 big-endian bytes at `offset`. */
export function writeUint32(target: Uint8Array, offset: number, value: number): void {
  target[offset] = value >>> 24;
  target[offset + 1] = value >>> 16;
  target[offset + 2] = value >>> 8;
  target[offset + 3] = value;
}

/** Reads 4 big-endian bytes at `offset`. */
export function readUint32(source: Uint8Array, offset: number): number {
  if (offset < 0 || offset + 4 > source.length) throw new RangeError(`read of 4 bytes at ${offset} outside ${source.length}`);
  return ((source[offset] << 24) | (source[offset + 1] << 16) | (source[offset + 2] << 8) | source[offset + 3]) >>> 0;
}

/**
 * `bytes` uninitialised bytes as a plain Uint8Array. Small sizes are carved from Node's shared
 * buffer pool: a `new Uint8Array` over 64 bytes is a malloc, a backing-store registration and a
 * sweep for the GC, once per key and record on the write path. Callers overwrite every byte.
 */
export function allocateBytes(bytes: number): Uint8Array {
  const pooled = Buffer.allocUnsafe(bytes);
  return new Uint8Array(pooled.buffer, pooled.byteOffset, bytes);
}

/** Appends fields into one buffer; grows by doubling. */
export class ByteWriter {
  private buffer: Uint8Array;
  private length = 0;

  constructor(initialBytes = 64) {
    this.buffer = allocateBytes(initialBytes);
  }

  get byteLength(): number {
    return this.length;
  }

  uint8(value: number): this {
    this.reserve(1);
    this.buffer[this.length] = value;
    this.length += 1;
    return this;
  }

  uint32(value: number): this {
    this.reserve(4);
    writeUint32(this.buffer, this.length, value);
    this.length += 4;
    return this;
  }

  uint64(value: number): this {
    this.reserve(8);
    writeUint64(this.buffer, this.length, value);
    this.length += 8;
    return this;
  }

  bytes(value: Uint8Array): this {
    this.reserve(value.length);
    this.buffer.set(value, this.length);
    this.length += value.length;
    return this;
  }

  /** A u32 length followed by the bytes. */
  lengthPrefixed(value: Uint8Array): this {
    return this.uint32(value.length).bytes(value);
  }

  /** The bytes written so far (a copy-free view of the internal buffer). */
  finish(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }

  /** Makes room for `bytes` more bytes at `length`. */
  private reserve(bytes: number): void {
    if (this.length + bytes <= this.buffer.length) return;
    let size = Math.max(1, this.buffer.length * 2);
    while (size < this.length + bytes) size *= 2;
    const grown = allocateBytes(size);
    grown.set(this.buffer.subarray(0, this.length));
    this.buffer = grown;
  }
}

/** Reads fields in order; any read past the end throws RangeError (callers turn it into a typed error). */
export class ByteReader {
  private offset = 0;

  constructor(private readonly source: Uint8Array) {}

  get remaining(): number {
    return this.source.length - this.offset;
  }

  uint8(): number {
    this.need(1);
    return this.source[this.offset++];
  }

  uint32(): number {
    this.need(4);
    const value = readUint32(this.source, this.offset);
    this.offset += 4;
    return value;
  }

  uint64(): number {
    this.need(8);
    const value = readUint64(this.source, this.offset);
    this.offset += 8;
    return value;
  }

  bytes(length: number): Uint8Array {
    this.need(length);
    const value = this.source.subarray(this.offset, this.offset + length);
    this.offset += length;
    return value;
  }

  lengthPrefixed(): Uint8Array {
    return this.bytes(this.uint32());
  }

  /** Everything not read yet. */
  rest(): Uint8Array {
    return this.bytes(this.remaining);
  }

  private need(bytes: number): void {
    if (this.offset + bytes > this.source.length) {
      throw new RangeError(`truncated: need ${bytes} bytes at offset ${this.offset}, have ${this.source.length - this.offset}`);
    }
  }
}

/** Byte-wise comparison, the order LevelDB sorts keys in. */
export function compareBytes(left: Uint8Array, right: Uint8Array): number {
  return Buffer.compare(left, right);
}

/** The concatenation of `parts`. */
export function concatBytes(...parts: Uint8Array[]): Uint8Array {
  let total = 0;
  for (const part of parts) total += part.length;
  const result = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    result.set(part, offset);
    offset += part.length;
  }
  return result;
}
