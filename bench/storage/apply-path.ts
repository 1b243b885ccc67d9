/**
 * The apply path alone: NodeStorage.applyMany on classic-level, by default shaped like a node's
 * turn under writes at 256 in flight over 16 shards (8 shards per call, one entry of 6 puts each;
 * measured in session 8: 8.5 groups and 5.7 commands per entry per turn), 100 B values over
 * 100,000 keys, 256 client lanes with rising sequences. Reports commands/s and the process's CPU
 * time per command (main thread + LevelDB's threads) while applying; the commands are built before
 * each measured stretch. One process instead of three nodes and a load client competing for two
 * cores, so a change to the apply path is seen alone. The host's own noise remains: alternate
 * before/after runs and compare medians.
 * Run: npx tsx bench/storage/apply-path.ts [seconds] [rounds] [shards per call] [commands per entry]
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Entry } from '../../src/raft/types.js';
import { nodeId, shardId, type ShardId } from '../../src/raft/types.js';
import { NodeStorage, type ShardApply } from '../../src/storage/index.js';
import { tessera } from '../../src/wire/proto.js';
import { Rng } from '../../test/sim/rng.js';
import { keyOf } from '../lib/workload.js';

const seconds = Number(process.argv[2] ?? 5);
const rounds = Number(process.argv[3] ?? 3);
const shardCount = 16;
const shardsPerCall = Number(process.argv[4] ?? 8);
const commandsPerEntry = Number(process.argv[5] ?? 6);
const lanes = 256;
const keys = 100_000;
/** Calls generated ahead of each measured stretch, so building commands is not counted. */
const callsPerStretch = 200;
const value = new Uint8Array(100).fill(7);
const oneVoter = { voters: [nodeId(1)], learners: [], votersOutgoing: [], learnersNext: [], autoLeave: false };

async function run(round: number): Promise<{ commandsPerSecond: number; cpuMicrosPerCommand: number }> {
  const root = await mkdtemp(join(tmpdir(), 'tessera-apply-bench-'));
  const storage = await NodeStorage.open({ location: join(root, 'node') });
  try {
    const shards: ShardId[] = Array.from({ length: shardCount }, (_, i) => shardId(i + 1));
    for (const shard of shards) await storage.createShard(shard, oneVoter);
    const nextIndex = new Map<ShardId, number>(shards.map((shard) => [shard, 1]));
    // Seeded, so every run applies the same commands.
    const random = new Rng(round + 1);
    let sequence = 0;
    const entryFor = (shard: ShardId): Entry => {
      const commands = Array.from({ length: commandsPerEntry }, () => {
        sequence += 1;
        return { clientId: 1 + random.int(lanes), sequence, put: { key: keyOf(random.int(keys)), value } };
      });
      const index = nextIndex.get(shard) as number;
      nextIndex.set(shard, index + 1);
      return { index, term: 1, type: 'normal', data: tessera.kv.CommandBatch.encode({ commands }).finish() };
    };
    const nextCall = (): ShardApply[] => {
      const chosen = new Set<ShardId>();
      while (chosen.size < shardsPerCall) chosen.add(random.pick(shards));
      return [...chosen].map((shard) => ({ shardId: shard, entries: [entryFor(shard)] }));
    };
    /** Applies one stretch of calls; returns its wall and CPU time in µs. */
    const stretch = async (): Promise<{ wall: number; cpu: number }> => {
      const calls = Array.from({ length: callsPerStretch }, nextCall);
      const cpuBefore = process.cpuUsage();
      const started = performance.now();
      for (const call of calls) await storage.applyMany(call);
      const cpu = process.cpuUsage(cpuBefore);
      return { wall: (performance.now() - started) * 1000, cpu: cpu.user + cpu.system };
    };
    // Warm up the JIT and LevelDB before measuring.
    for (let i = 0; i < 3; i += 1) await stretch();
    let wall = 0;
    let cpu = 0;
    let commands = 0;
    while (wall < seconds * 1_000_000) {
      const measured = await stretch();
      wall += measured.wall;
      cpu += measured.cpu;
      commands += callsPerStretch * shardsPerCall * commandsPerEntry;
    }
    return { commandsPerSecond: commands / (wall / 1_000_000), cpuMicrosPerCommand: cpu / commands };
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
