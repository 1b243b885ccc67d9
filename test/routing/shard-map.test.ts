import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createInitialShardMap, shardForKey, shardForSlot, validateShardMap } from '../../src/routing/shard-map.js';
import { hashTagBytes, slotOfKey } from '../../src/routing/slots.js';

const encode = (text: string) => new TextEncoder().encode(text);

describe('slots', () => {
  it('uses the CRC32 of the key modulo the slot count', () => {
    // CRC32("123456789") is the standard check value 0xCBF43926.
    expect(slotOfKey(encode('123456789'), 16384)).toBe(0xcbf43926 % 16384);
  });

  it('hashes only a non-empty {tag}', () => {
    expect(Buffer.from(hashTagBytes(encode('user:{42}:name'))).toString()).toBe('42');
    expect(Buffer.from(hashTagBytes(encode('user:{}:name'))).toString()).toBe('user:{}:name');
    expect(Buffer.from(hashTagBytes(encode('no-close{42'))).toString()).toBe('no-close{42');
    expect(slotOfKey(encode('{u1}a'))).toBe(slotOfKey(encode('{u1}b')));
  });
});

describe('shard map', () => {
  it('tiles every slot exactly once for any shard count', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 256 }), fc.integer({ min: 1, max: 5 }), (shardCount, nodeCount) => {
        const nodeIds = Array.from({ length: nodeCount }, (_, position) => position + 1);
        const map = createInitialShardMap({ shardCount, slotCount: 1024, nodeIds, replicaCount: Math.min(3, nodeCount) });
        expect(validateShardMap(map)).toEqual([]);
        for (const slot of [0, 1, 511, 1023]) {
          const shard = shardForSlot(map, slot);
          expect(slot >= shard.slotStart && slot < shard.slotEnd).toBe(true);
        }
      }),
    );
  });

  it('spreads replicas evenly over nodes', () => {
    const map = createInitialShardMap({ shardCount: 16, slotCount: 16384, nodeIds: [3, 1, 2], replicaCount: 3 });
    for (const shard of map.shards) expect([...shard.replicas].sort()).toEqual([1, 2, 3]);
    const firsts = map.shards.map((shard) => shard.replicas[0]);
    expect(new Set(firsts)).toEqual(new Set([1, 2, 3]));
  });

  it('routes a key to the shard owning its slot', () => {
    const map = createInitialShardMap({ shardCount: 4, slotCount: 16384, nodeIds: [1], replicaCount: 1 });
    const key = encode('hello');
    const shard = shardForKey(map, key);
    const slot = slotOfKey(key);
    expect(slot >= shard.slotStart && slot < shard.slotEnd).toBe(true);
  });

  it('reports gaps, overlaps and bad replica lists', () => {
    const problems = validateShardMap({
      epoch: 1,
      slotCount: 10,
      shards: [
        { id: 1, slotStart: 0, slotEnd: 4, replicas: [1, 1], epoch: 1 },
        { id: 1, slotStart: 5, slotEnd: 9, replicas: [], epoch: 1 },
      ],
    });
    expect(problems).toEqual([
      'shard 1 lists a replica twice',
      'shard 1 starts at 5, expected 4',
      'shard id 1 appears twice',
      'shard 1 has no replicas',
      'shards end at 9, expected 10',
    ]);
  });

  it('rejects impossible layouts', () => {
    expect(() => createInitialShardMap({ shardCount: 0, slotCount: 10, nodeIds: [1], replicaCount: 1 })).toThrow(RangeError);
    expect(() => createInitialShardMap({ shardCount: 2, slotCount: 10, nodeIds: [1], replicaCount: 2 })).toThrow(RangeError);
  });
});
