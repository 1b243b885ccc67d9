import { describe, expect, it } from 'vitest';
import { allocateBytes } from '../../src/storage/bytes.js';
import { dataKey, entryKey, sessionKey } from '../../src/storage/layout.js';

/** Fills the next pooled allocations with garbage, so a key that skips a byte shows it. */
function dirtyThePool(): void {
  for (let i = 0; i < 64; i += 1) allocateBytes(128).fill(0xee);
}

/** The layout's byte form, written out independently of layout.ts: [S][shard u64][kind][fields]. */
function expectedKey(shard: number, kind: number, fields: { u32?: number; u64?: number; bytes?: Uint8Array }): number[] {
  const out = [0x53];
  const u64 = (value: number): number[] => {
    const view = new DataView(new ArrayBuffer(8));
    view.setBigUint64(0, BigInt(value));
    return [...new Uint8Array(view.buffer)];
  };
  out.push(...u64(shard), kind);
  if (fields.u32 !== undefined) {
    const view = new DataView(new ArrayBuffer(4));
    view.setUint32(0, fields.u32);
    out.push(...new Uint8Array(view.buffer));
  }
  if (fields.u64 !== undefined) out.push(...u64(fields.u64));
  if (fields.bytes !== undefined) out.push(...fields.bytes);
  return out;
}

describe('keys built per command', () => {
  it('come from a shared pool, not one on-heap array each (LevelDB would copy those off the heap on every put)', () => {
    const user = new TextEncoder().encode('user/1');
    const keys = [dataKey(7, 3, user), sessionKey(7, 3, 42), entryKey(7, 99)];
    for (const key of keys) expect(key.buffer.byteLength).toBeGreaterThan(key.byteLength);
  });

  it('hold exactly the layout bytes, whatever the pooled memory held before', () => {
    for (let round = 0; round < 300; round += 1) {
      dirtyThePool();
      const shard = round + 1;
      const user = new TextEncoder().encode(`k${round}`);
      expect([...dataKey(shard, 2, user)]).toEqual(expectedKey(shard, 0x20, { u32: 2, bytes: user }));
      expect([...sessionKey(shard, 2, 1_000 + round)]).toEqual(expectedKey(shard, 0x30, { u32: 2, u64: 1_000 + round }));
      expect([...entryKey(shard, 5_000 + round)]).toEqual(expectedKey(shard, 0x10, { u64: 5_000 + round }));
    }
  });
});
