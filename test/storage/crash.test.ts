/**
 * Crash safety on a real LevelDB: a child process (crash-child.ts) issues group-commit batches
 * and prints an ack after each persist resolves; it is SIGKILLed at a random moment 20–200 ms
 * after its first ack. After every kill the storage is reopened here and checked: every
 * acknowledged batch is present, no batch is partly visible (every shard and its hard state end
 * at the same batch), every CRC verifies (open verifies them), and each shard's state machine
 * equals a replay of its log on memory-level.
 *
 * TESSERA_CRASH_ITERATIONS (default 50) sets the number of kills, TESSERA_CRASH_SEED the seed.
 * Two lanes (separate directories) run side by side to keep the test short on 2 cores.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { NodeStorage } from '../../src/storage/index.js';
import { crashCommands, crashShards } from './crash-child.js';
import { commandEntry, hex, openMemoryStorage, snapshotRecords, temporaryDirectory } from './helpers.js';

const iterations = Number(process.env.TESSERA_CRASH_ITERATIONS ?? 50);
const seed = Number(process.env.TESSERA_CRASH_SEED ?? Math.floor(Math.random() * 2 ** 31));
const childPath = fileURLToPath(new URL('./crash-child.ts', import.meta.url));
const lanes = 2;

function random(state: number): () => number {
  let value = state >>> 0 || 1;
  return () => {
    value = (Math.imul(value, 1664525) + 1013904223) >>> 0;
    return value / 2 ** 32;
  };
}

/** Runs the child until `killAfterMs` past its first ack, SIGKILLs it, and returns the highest ack. */
async function runChild(directory: string, childSeed: number, killAfterMs: number): Promise<number> {
  const child = spawn(process.execPath, ['--import', 'tsx', childPath, directory, String(childSeed)], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  let errors = '';
  child.stderr.on('data', (data: Buffer) => (errors += data.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    const deadline = setTimeout(() => reject(new Error(`child gave no ack within 20 s: ${errors}`)), 20_000);
    child.stdout.on('data', (data: Buffer) => {
      if (output.length === 0) setTimeout(resolve, killAfterMs);
      output += data.toString();
      clearTimeout(deadline);
    });
    child.once('exit', (code) => reject(new Error(`child exited early with ${code}: ${errors}`)));
  });
  child.kill('SIGKILL');
  await exited;
  const acks = output.split('\n').filter((line) => line.startsWith('ack ')).map((line) => Number(line.slice(4)));
  return Math.max(...acks);
}

/** Checks the reopened storage against the acks and the replay model; returns the new last index. */
async function checkAfterCrash(directory: string, maxAck: number, previousLast: number, model: NodeStorage): Promise<number> {
  const storage = await NodeStorage.open({ location: directory });
  try {
    const last = storage.logStorage(crashShards[0]).lastIndex();
    expect(last).toBeGreaterThanOrEqual(maxAck);
    expect(last).toBeGreaterThanOrEqual(previousLast);
    for (const shard of crashShards) {
      const log = storage.logStorage(shard);
      expect(log.lastIndex()).toBe(last);
      expect(log.initialState().hardState.commit).toBe(last - 1);
      const entries = log.entries(log.firstIndex(), last + 1, Number.MAX_SAFE_INTEGER);
      for (const entry of entries) expect(hex(entry.data)).toBe(hex(commandEntry(entry.index, 1, crashCommands(shard, entry.index)).data));
      const applied = storage.appliedIndex(shard);
      expect(applied).toBeLessThanOrEqual(last);
      const from = model.appliedIndex(shard) + 1;
      await model.apply(shard, from <= applied ? log.entries(from, applied + 1, Number.MAX_SAFE_INTEGER) : []);
      expect(model.appliedIndex(shard)).toBe(applied);
      expect(await snapshotRecords(storage.snapshotChunks(shard))).toEqual(await snapshotRecords(model.snapshotChunks(shard)));
    }
    return last;
  } finally {
    await storage.close();
  }
}

async function runLane(lane: number): Promise<number> {
  const directory = await temporaryDirectory();
  const model = (await openMemoryStorage()).storage;
  const rng = random(seed + lane);
  let last = 0;
  let maxAck = 0;
  try {
    for (let iteration = lane; iteration < iterations; iteration += lanes) {
      const killAfterMs = 20 + Math.floor(rng() * 180);
      maxAck = Math.max(maxAck, await runChild(directory.path, seed + iteration, killAfterMs));
      last = await checkAfterCrash(directory.path, maxAck, last, model);
    }
    return last;
  } finally {
    await model.close();
    await directory.remove();
  }
}

describe('crash safety (SIGKILL during group commit)', () => {
  it(`keeps every acknowledged batch and no partial one across ${iterations} kills`, async () => {
    console.log(`crash test seed ${seed} (TESSERA_CRASH_SEED=${seed} to replay), ${iterations} iterations`);
    const lasts = await Promise.all(Array.from({ length: lanes }, (_, lane) => runLane(lane)));
    for (const last of lasts) expect(last).toBeGreaterThan(0);
  });
});
