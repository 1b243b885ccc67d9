import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backoffCapMs, backoffDelayMs } from '../../src/client/backoff.js';
import { pickPowerOfTwo } from '../../src/client/balance.js';
import { compareBytes, prefixEnd, toBytes } from '../../src/client/bytes.js';
import { mergeShards, type ScanPage } from '../../src/client/scan.js';
import { laneClientId, randomClientId, SessionPool } from '../../src/client/sessions.js';
import type { ScanItem } from '../../src/client/types.js';

const key = (text: string): Uint8Array => toBytes(text);

/** A page reader over in-memory shards (each sorted), `pageSize` items per page. */
function pagesOf(shards: Map<number, string[]>, pageSize: number, end = ''): (shardId: number, start: Uint8Array) => Promise<ScanPage> {
  return async (shardId, start) => {
    const keys = (shards.get(shardId) ?? []).filter((candidate) => compareBytes(key(candidate), start) >= 0 && (end === '' || candidate < end));
    const items: ScanItem[] = keys.slice(0, pageSize).map((text) => ({ key: key(text), value: key(`v-${text}`), version: 1 }));
    const more = keys.length > pageSize;
    return { items, more, nextStart: more ? key(keys[pageSize]) : new Uint8Array(0) };
  };
}

async function collect(iterable: AsyncIterable<ScanItem>): Promise<string[]> {
  const keys: string[] = [];
  for await (const item of iterable) keys.push(Buffer.from(item.key).toString());
  return keys;
}

describe('scan merge', () => {
  it('merges the pages of every shard in key order, for any split of keys and page size', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(fc.string({ minLength: 1, maxLength: 6 }), { maxLength: 80 }), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 9 }), fc.integer({ min: 0, max: 100 }), async (keys, shardCount, pageSize, limit) => {
        const shards = new Map<number, string[]>();
        for (let shard = 1; shard <= shardCount; shard += 1) shards.set(shard, []);
        keys.forEach((text, index) => shards.get((index % shardCount) + 1)?.push(text));
        for (const list of shards.values()) list.sort((left, right) => compareBytes(key(left), key(right)));
        const expected = [...keys].sort((left, right) => compareBytes(key(left), key(right)));
        const merged = await collect({ [Symbol.asyncIterator]: () => mergeShards([...shards.keys()], new Uint8Array(0), pagesOf(shards, pageSize), limit) });
        expect(merged).toEqual(limit === 0 ? expected : expected.slice(0, limit));
      }),
      { numRuns: 150 },
    );
  });

  it('starts at `start` and stops when the shards run out', async () => {
    const shards = new Map([[1, ['a', 'c', 'e']], [2, ['b', 'd', 'f']]]);
    expect(await collect({ [Symbol.asyncIterator]: () => mergeShards([1, 2], key('c'), pagesOf(shards, 1, 'f'), 0) })).toEqual(['c', 'd', 'e']);
  });
});

describe('backoff, balance, sessions, bytes', () => {
  it('draws backoff delays below an exponentially growing ceiling capped at backoffCapMs', () => {
    expect(backoffDelayMs(0, () => 0.999)).toBeLessThan(10);
    expect(backoffDelayMs(3, () => 0.999)).toBeLessThan(80);
    expect(backoffDelayMs(3, () => 0.999)).toBeGreaterThanOrEqual(79);
    expect(backoffDelayMs(60, () => 0.999)).toBeLessThan(backoffCapMs);
    expect(backoffDelayMs(60, () => 0)).toBe(0);
  });

  it('picks the less loaded of two distinct random candidates', () => {
    const load = new Map([[1, 5], [2, 1], [3, 9]]);
    const picks = new Map<number, number>();
    let seed = 1;
    const random = (): number => ((seed = (seed * 48271) % 2147483647) / 2147483647);
    for (let round = 0; round < 3000; round += 1) {
      const pick = pickPowerOfTwo([1, 2, 3], (id) => load.get(id) ?? 0, random);
      picks.set(pick, (picks.get(pick) ?? 0) + 1);
    }
    expect(picks.get(3)).toBeUndefined(); // the busiest node never wins a pair
    expect(picks.get(2) ?? 0).toBeGreaterThan(picks.get(1) ?? 0); // the idlest wins every pair it is in (2 of 3)
    expect(pickPowerOfTwo([4], () => 0, Math.random)).toBe(4);
  });

  it('hands out lanes with distinct ids, reuses freed ones, and keeps sequences rising', () => {
    const pool = new SessionPool(77);
    const first = pool.acquire();
    const second = pool.acquire();
    expect(first.clientId).toBe(77);
    expect(second.clientId).not.toBe(77);
    expect(second.sequence).toBeGreaterThan(first.sequence);
    pool.release(second);
    const third = pool.acquire();
    expect(third.clientId).toBe(second.clientId);
    expect(third.sequence).toBeGreaterThan(second.sequence);
    expect(pool.laneCount).toBe(2);
    const ids = new Set(Array.from({ length: 1000 }, (_, lane) => laneClientId(77, lane)));
    expect(ids.size).toBe(1000);
    for (const id of ids) expect(Number.isSafeInteger(id) && id > 0).toBe(true);
    const random = randomClientId();
    expect(Number.isSafeInteger(random) && random > 0 && random < 2 ** 53).toBe(true);
    expect(() => new SessionPool(0)).toThrow(TypeError);
  });

  it('computes the end of a prefix range', () => {
    expect(Buffer.from(prefixEnd(key('ab'))).toString()).toBe('ac');
    expect([...prefixEnd(new Uint8Array([0x61, 0xff]))]).toEqual([0x62]);
    expect(prefixEnd(new Uint8Array([0xff, 0xff]))).toHaveLength(0);
  });
});
