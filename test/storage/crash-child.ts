/**
 * Child process of crash.test.ts: `node --import tsx crash-child.ts <directory> <seed>`.
 * Opens the node storage in <directory> and, until killed, issues group-commit batches: batch b
 * appends entry b to every shard (one persist call for all shards, several calls in flight at
 * once so they merge) with a hard state, prints "ack b" once persist resolved, and applies the
 * entries below the newest batch. It compacts only what the parent has already verified.
 */
import { writeSync } from 'node:fs';
import { shardId, type NodeId, type ShardId } from '../../src/raft/types.js';
import { NodeStorage, type ShardUpdate } from '../../src/storage/index.js';
import { commandEntry } from './helpers.js';

export const crashShards: ShardId[] = [1, 2, 3, 4].map(shardId);

/** The commands of batch `batch` on shard `shard`: a put, a CAS on its own write, and a retry. */
export function crashCommands(shard: number, batch: number): Parameters<typeof commandEntry>[2] {
  const key = new TextEncoder().encode(`k${batch % 16}`);
  const value = new TextEncoder().encode(`b${batch}-s${shard}`);
  return [
    { clientId: shard, sequence: batch, put: { key, value } },
    { clientId: 100 + shard, sequence: batch, cas: { compare: { key, target: 1, value }, value: new TextEncoder().encode(`cas${batch}`) } },
    { clientId: shard, sequence: batch, put: { key, value: new TextEncoder().encode('retry must not apply') } },
  ];
}

function random(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
}

async function main(directory: string, seed: number): Promise<void> {
  const rng = random(seed);
  const storage = await NodeStorage.open({ location: directory });
  for (const shard of crashShards) {
    const applied = storage.appliedIndex(shard);
    if (applied > storage.logStorage(shard).firstIndex() + 64) await storage.compact(shard, applied - 32);
  }
  let next = storage.logStorage(crashShards[0]).lastIndex() + 1;
  for (;;) {
    const inFlight: Promise<void>[] = [];
    const calls = 1 + Math.floor(rng() * 4);
    for (let call = 0; call < calls; call += 1) {
      const batch = next++;
      const updates: ShardUpdate[] = crashShards.map((shard) => ({
        shardId: shard,
        hardState: { term: 1, vote: 1 as NodeId, commit: batch - 1 },
        entries: [commandEntry(batch, 1, crashCommands(shard, batch))],
      }));
      inFlight.push(storage.persist(updates).then(() => void writeSync(1, `ack ${batch}\n`)));
    }
    await Promise.all(inFlight);
    await Promise.all(
      crashShards.map((shard) => {
        const log = storage.logStorage(shard);
        const from = Math.max(storage.appliedIndex(shard) + 1, log.firstIndex());
        return storage.apply(shard, log.entries(from, next - 1, Number.MAX_SAFE_INTEGER));
      }),
    );
  }
}

if (process.argv[2] !== undefined) {
  main(process.argv[2], Number(process.argv[3] ?? 1)).catch((error: unknown) => {
    writeSync(2, `crash child failed: ${String((error as Error).stack ?? error)}\n`);
    process.exit(1);
  });
}
