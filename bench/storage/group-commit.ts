/**
 * Group-commit throughput: entries/s through NodeStorage.persist (16 shards, concurrent callers,
 * ~100-byte entries, sync on) next to raw classic-level `db.batch(100 puts, { sync: true })` in
 * the same run. Goal: ratio ≥ 0.8. Run: npx tsx bench/storage/group-commit.ts [seconds] [callers]
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NodeId } from '../../src/raft/types.js';
import { shardId } from '../../src/raft/types.js';
import { createClassicLevel, NodeStorage } from '../../src/storage/index.js';
import { syncBatchOptions, writeBatch } from '../../src/storage/db.js';

const seconds = Number(process.argv[2] ?? 5);
const shardCount = 16;
const callers = Number(process.argv[3] ?? 8);
const entryBytes = 100;

async function rawBaseline(directory: string, chained = false): Promise<number> {
  const db = createClassicLevel(directory);
  await db.open();
  const value = new Uint8Array(entryBytes).fill(7);
  let puts = 0;
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    const operations = Array.from({ length: 100 }, (_, i) => {
      const key = new Uint8Array(18);
      new DataView(key.buffer).setUint32(14, puts + i);
      return { type: 'put' as const, key, value };
    });
    if (chained) await writeBatch(db, operations, { sync: true });
    else await db.batch(operations, syncBatchOptions);
    puts += 100;
  }
  await db.close();
  return puts / seconds;
}

async function groupCommit(directory: string): Promise<{ entriesPerSecond: number; persistCalls: number }> {
  const storage = await NodeStorage.open({ location: directory });
  const shards = Array.from({ length: shardCount }, (_, i) => shardId(i + 1));
  const next = new Map(shards.map((shard) => [shard, 1]));
  const data = new Uint8Array(entryBytes).fill(9);
  let entries = 0;
  let calls = 0;
  const deadline = Date.now() + seconds * 1000;
  async function caller(): Promise<void> {
    while (Date.now() < deadline) {
      const updates = shards.map((shard) => {
        const index = next.get(shard) as number;
        next.set(shard, index + 1);
        return { shardId: shard, entries: [{ index, term: 1, type: 'normal' as const, data }], hardState: { term: 1, vote: 1 as NodeId, commit: index - 1 } };
      });
      await storage.persist(updates);
      entries += updates.length;
      calls += 1;
    }
  }
  await Promise.all(Array.from({ length: callers }, caller));
  await storage.close();
  return { entriesPerSecond: entries / seconds, persistCalls: calls };
}

const root = await mkdtemp(join(tmpdir(), 'tessera-bench-'));
try {
  const raw = await rawBaseline(join(root, 'raw'));
  const grouped = await groupCommit(join(root, 'grouped'));
  const rawAgain = await rawBaseline(join(root, 'raw-again'));
  const rawChained = await rawBaseline(join(root, 'raw-chained'), true);
  const baseline = (raw + rawAgain) / 2;
  console.log(`raw classic-level batch(100 puts, sync): ${Math.round(raw)} and ${Math.round(rawAgain)} puts/s (mean ${Math.round(baseline)})`);
  console.log(`NodeStorage.persist group commit: ${Math.round(grouped.entriesPerSecond)} entries/s (${shardCount} shards, ${callers} concurrent callers, ${entryBytes} B entries, ${grouped.persistCalls} persist calls)`);
  console.log(`raw classic-level chained batch (100 puts, sync): ${Math.round(rawChained)} puts/s`);
  console.log(`ratio: ${(grouped.entriesPerSecond / baseline).toFixed(2)} vs db.batch(array) (goal >= 0.8); ${(grouped.entriesPerSecond / rawChained).toFixed(2)} vs the chained form`);
} finally {
  await rm(root, { recursive: true, force: true });
}
