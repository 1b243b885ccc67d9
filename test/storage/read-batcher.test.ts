import { describe, expect, it, vi } from 'vitest';
import { encodeStoredValue } from '../../src/storage/apply-run.js';
import { createMemoryLevel } from '../../src/storage/db.js';
import { dataKey } from '../../src/storage/layout.js';
import { resolveStorageLimits } from '../../src/storage/limits.js';
import { ReadBatcher } from '../../src/storage/read-batcher.js';
import type { ReadTarget } from '../../src/storage/reads.js';
import { asText, commandEntry, openMemoryStorage, putCommand, shard1, text } from './helpers.js';

describe('ReadBatcher', () => {
  it('answers the gets of one cascade of microtasks with one getMany', async () => {
    const { storage, db } = await openMemoryStorage();
    await storage.apply(shard1, [commandEntry(1, 1, ['a', 'b', 'c'].map((key) => putCommand(key, key.toUpperCase())))]);
    const getMany = vi.spyOn(db, 'getMany');
    const answers = await Promise.all(['a', 'x', 'c', 'b'].map((key) => storage.get(shard1, text(key))));
    expect(answers.map((answer) => (answer.found ? asText(answer.value) : null))).toEqual(['A', null, 'C', 'B']);
    expect(answers.map((answer) => answer.version)).toEqual([1, 0, 1, 1]);
    expect(answers.every((answer) => answer.appliedIndex === 1)).toBe(true);
    expect(getMany).toHaveBeenCalledTimes(1);
    await storage.close();
  });

  it('reads a miss again on the current generation when the shard flipped to another meanwhile', async () => {
    const db = createMemoryLevel();
    await db.open();
    const key = text('k');
    await db.put(dataKey(1, 2, key), encodeStoredValue({ value: text('new'), version: 9 }));
    let current: ReadTarget = { shardId: 1, generation: 2, appliedIndex: 9 };
    const batcher = new ReadBatcher(db, resolveStorageLimits({}), () => current);
    const flipped = await batcher.get({ shardId: 1, generation: 1, appliedIndex: 5 }, key);
    expect(flipped).toMatchObject({ found: true, version: 9, appliedIndex: 9 });
    expect(asText(flipped.value)).toBe('new');
    current = { shardId: 1, generation: 1, appliedIndex: 5 };
    expect(await batcher.get({ shardId: 1, generation: 1, appliedIndex: 5 }, key)).toMatchObject({ found: false, appliedIndex: 5 });
    await db.close();
  });
});
