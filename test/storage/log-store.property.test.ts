/**
 * The LogStorage (through persist / compact / snapshot / reopen, with concurrent persists merged
 * by group commit) against a plain array model.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Entry, NodeId } from '../../src/raft/types.js';
import { type NodeStorage, entrySizeBytes } from '../../src/storage/index.js';
import { ByteWriter } from '../../src/storage/bytes.js';
import { chunkKind, encodeChunk, encodeHeader } from '../../src/storage/snapshot-format.js';
import { dataEntry, openMemoryStorage, shard1 } from './helpers.js';

const confState = { voters: [1 as NodeId], learners: [], votersOutgoing: [], learnersNext: [], autoLeave: false };

type Operation =
  | { kind: 'append'; back: number; count: number; bytes: number }
  | { kind: 'burst'; counts: number[] }
  | { kind: 'compact'; back: number }
  | { kind: 'snapshot'; ahead: number }
  | { kind: 'reopen' };

const operationArbitrary: fc.Arbitrary<Operation> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('append' as const), back: fc.integer({ min: 0, max: 3 }), count: fc.integer({ min: 1, max: 4 }), bytes: fc.integer({ min: 0, max: 40 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('burst' as const), counts: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 2, maxLength: 4 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('compact' as const), back: fc.integer({ min: 0, max: 3 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('snapshot' as const), ahead: fc.integer({ min: 0, max: 3 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('reopen' as const) }) },
);

/** The model: entries after the compaction point, plus its index and term. */
interface LogModel {
  compactedIndex: number;
  compactedTerm: number;
  entries: Entry[];
  term: number;
}

const modelLast = (model: LogModel): number => model.compactedIndex + model.entries.length;

function modelAppend(model: LogModel, entries: Entry[]): void {
  model.entries.length = entries[0].index - model.compactedIndex - 1;
  model.entries.push(...entries);
}

/** A snapshot stream holding no data at `index`, so the state machine can jump there. */
function emptyStream(index: number, term: number): Uint8Array[] {
  return [encodeHeader({ sourceShardId: 1, appliedIndex: index, appliedTerm: term, confState }), encodeChunk(1, chunkKind.trailer, new ByteWriter().uint64(0).finish())];
}

function checkAgainstModel(storage: NodeStorage, model: LogModel, maxBytes: number): void {
  const log = storage.logStorage(shard1);
  expect([log.firstIndex(), log.lastIndex()]).toEqual([model.compactedIndex + 1, modelLast(model)]);
  expect(log.term(model.compactedIndex)).toBe(model.compactedTerm);
  if (model.compactedIndex > 0) expect(() => log.term(model.compactedIndex - 1)).toThrow(expect.objectContaining({ code: 'TESSERA_LOG_COMPACTED' }));
  expect(() => log.term(modelLast(model) + 1)).toThrow(expect.objectContaining({ code: 'TESSERA_LOG_UNAVAILABLE' }));
  const sizes = model.entries.map(entrySizeBytes);
  expect(log.retainedBytes()).toBe(sizes.reduce((sum, size) => sum + size, 0));
  // compactionIndexKeeping(keep, last): the lowest index whose tail after it fits in `keep` bytes.
  const keep = maxBytes;
  let index = modelLast(model);
  for (let tail = 0; index > model.compactedIndex && tail + sizes[index - model.compactedIndex - 1] <= keep; index -= 1) tail += sizes[index - model.compactedIndex - 1];
  expect(log.compactionIndexKeeping(keep, modelLast(model))).toBe(index);
  for (let low = model.compactedIndex + 1; low <= modelLast(model); low += 1) {
    const got = log.entries(low, modelLast(model) + 1, maxBytes);
    const expected: Entry[] = [];
    let bytes = 0;
    for (const entry of model.entries.slice(low - model.compactedIndex - 1)) {
      bytes += entrySizeBytes(entry);
      if (expected.length > 0 && bytes > maxBytes) break;
      expected.push(entry);
    }
    expect(got.map((entry) => `${entry.index}:${entry.term}:${Buffer.from(entry.data).toString('hex')}`)).toEqual(expected.map((entry) => `${entry.index}:${entry.term}:${Buffer.from(entry.data).toString('hex')}`));
    expect(log.term(low)).toBe(model.entries[low - model.compactedIndex - 1].term);
  }
}

describe('LogStorage vs model', () => {
  it('matches the model through appends with truncation, merged bursts, compaction, snapshots and reopen', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(operationArbitrary, { minLength: 1, maxLength: 25 }), fc.integer({ min: 1, max: 120 }), async (operations, maxBytes) => {
        let { storage, db } = await openMemoryStorage();
        const model: LogModel = { compactedIndex: 0, compactedTerm: 0, entries: [], term: 1 };
        try {
          for (const operation of operations) {
            const applied = storage.appliedIndex(shard1);
            if (operation.kind === 'append' || operation.kind === 'burst') {
              const counts = operation.kind === 'append' ? [operation.count] : operation.counts;
              const back = operation.kind === 'append' ? operation.back : 0;
              let next = Math.max(applied + 1, modelLast(model) + 1 - back);
              model.term += 1;
              const calls = counts.map((count) => {
                const entries = Array.from({ length: count }, (_, i) => dataEntry(next + i, model.term, operation.kind === 'append' ? operation.bytes : 8));
                next += count;
                modelAppend(model, entries);
                return storage.persist([{ shardId: shard1, entries, hardState: { term: model.term, vote: 1 as NodeId, commit: applied } }]);
              });
              await Promise.all(calls);
            } else if (operation.kind === 'compact') {
              const target = Math.max(modelLast(model) - operation.back, 0);
              if (target > applied) await storage.apply(shard1, storage.logStorage(shard1).entries(Math.max(applied + 1, model.compactedIndex + 1), target + 1, Infinity));
              await storage.compact(shard1, target);
              if (target > model.compactedIndex) {
                model.compactedTerm = model.entries[target - model.compactedIndex - 1].term;
                model.entries = model.entries.slice(target - model.compactedIndex);
                model.compactedIndex = target;
              }
            } else if (operation.kind === 'snapshot') {
              const index = modelLast(model) + operation.ahead;
              model.term += 1;
              await storage.ingestSnapshot(shard1, emptyStream(index, model.term));
              await storage.persist([{ shardId: shard1, snapshot: { index, term: model.term, confState } }]);
              Object.assign(model, { compactedIndex: index, compactedTerm: model.term, entries: [] });
            } else {
              await storage.close();
              ({ storage, db } = await openMemoryStorage(db));
            }
            checkAgainstModel(storage, model, maxBytes);
          }
        } finally {
          await storage.close();
        }
      }),
      { numRuns: 120 },
    );
  });
});
