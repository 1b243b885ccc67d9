/**
 * The apply path alone: NodeStorage.applyMany on classic-level, by default shaped like a node's
 * turn under writes at 256 in flight over 16 shards (8 shards per call, one entry of 6 puts each;
 * measured in session 8: 8.5 groups and 5.7 commands per entry per turn), 100 B values over
 * 100,000 keys, 256 client lanes with rising sequences. Reports commands/s and the process's CPU
 * time per command (main thread + LevelDB's threads): one process instead of three nodes and a load
 * client competing for two cores, so a change to the apply path is seen alone. The host's own noise
 * remains: alternate before/after runs and compare medians.
 * Run: npx tsx bench/storage/apply-path.ts [seconds] [rounds] [shards per call] [commands per entry]
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Entry } from '../../src/raft/types.js';
import { nodeId, shardId, type ShardId } from '../../src/raft/types.js';
import { NodeStorage } from '../../src/storage/index.js';
import { tessera } from '../../src/wire/proto.js';

const seconds = Number(process.argv[2] ?? 5);
const rounds = Number(process.argv[3] ?? 3);
const shardCount = 16;
const shardsPerCall = Number(process.argv[4] ?? 8);
const commandsPerEntry = Number(process.argv[5] ?? 6);
const lanes = 256;
const keys = 100_000;
const value = new Uint8Array(100).fill(7);
const oneVoter = { voters: [nodeId(1)], learners: [], votersOutgoing: [], learnersNext: [], autoLeave: false };

/** Deterministic pseudo-random numbers (xorshift), so every run applies the same commands. */
function generator(seed: number): () => number {
  let state = seed;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
}

async function run(round: number): Promise<{ commandsPerSecond: number; cpuMicrosPerCommand: number }> {
  const root = await mkdtemp(join(tmpdir(), 'tessera-apply-bench-'));
  const storage = await NodeStorage.open({ location: join(root, 'node') });
  try {
    const shards: ShardId[] = Array.from({ length: shardCount }, (_, i) => shardId(i + 1));
    for (const shard of shards) await storage.createShard(shard, oneVoter);
    const nextIndex = new Map<ShardId, number>(shards.map((shard) => [shard, 1]));
    const random = generator(round + 1);
    let sequence = 0;
    let commands = 0;
    const entryFor = (shard: ShardId): Entry => {
      const batch = Array.from({ length: commandsPerEntry }, () => {
        sequence += 1;
        const key = new TextEncoder().encode(`key-${String(Math.floor(random() * keys)).padStart(8, '0')}`);
        return { clientId: 1 + Math.floor(random() * lanes), sequence, put: { key, value } };
      });
      const index = nextIndex.get(shard) as number;
      nextIndex.set(shard, index + 1);
      return { index, term: 1, type: 'normal', data: tessera.kv.CommandBatch.encode({ commands: batch }).finish() };
    };
    const call = async (): Promise<void> => {
      const chosen = new Set<ShardId>();
      while (chosen.size < shardsPerCall) chosen.add(shards[Math.floor(random() * shardCount)]);
      await storage.applyMany([...chosen].map((shard) => ({ shardId: shard, entries: [entryFor(shard)] })));
      commands += shardsPerCall * commandsPerEntry;
    };
    // Warm up the JIT and LevelDB before measuring.
    for (let i = 0; i < 500; i += 1) await call();
    commands = 0;
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    while (performance.now() - started < seconds * 1000) await call();
    const elapsed = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuBefore);
    return { commandsPerSecond: commands / elapsed, cpuMicrosPerCommand: (cpu.user + cpu.system) / commands };
  } finally {
    await storage.close();
    await rm(root, { recursive: true, force: true });
  }
}

if (![seconds, rounds, shardsPerCall, commandsPerEntry].every((value) => Number.isInteger(value) && value > 0) || shardsPerCall > shardCount) {
  process.stderr.write(`usage: apply-path.ts [seconds] [rounds] [shards per call, 1-${shardCount}] [commands per entry] (positive integers)\n`);
  process.exit(2);
}
for (let round = 0; round < rounds; round += 1) {
  const { commandsPerSecond, cpuMicrosPerCommand } = await run(round);
  process.stdout.write(`round ${round + 1}: ${Math.round(commandsPerSecond).toLocaleString('en-US')} commands/s, ${cpuMicrosPerCommand.toFixed(2)} µs CPU per command\n`);
}
