/**
 * Snapshot memory: a shard with 1,000,000 keys streams out and into another shard of the same
 * node; reports the peak RSS growth during the stream (goal < 100 MiB).
 * Run: npx tsx bench/storage/snapshot-rss.ts [keys]
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { shardId } from '../../src/raft/types.js';
import { NodeStorage } from '../../src/storage/index.js';
import { tessera } from '../../src/wire/proto.js';

const keyCount = Number(process.argv[2] ?? 1_000_000);
const keysPerEntry = 2000;
const mebibyte = 1024 * 1024;

const root = await mkdtemp(join(tmpdir(), 'tessera-snapshot-bench-'));
try {
  const storage = await NodeStorage.open({ location: join(root, 'node') });
  const source = shardId(1);
  const target = shardId(2);
  const value = new Uint8Array(100).fill(1);
  const loadStart = Date.now();
  for (let first = 0, index = 1; first < keyCount; first += keysPerEntry, index += 1) {
    const commands = Array.from({ length: Math.min(keysPerEntry, keyCount - first) }, (_, i) => ({ put: { key: new TextEncoder().encode(`user-${String(first + i).padStart(8, '0')}`), value } }));
    await storage.apply(source, [{ index, term: 1, type: 'normal', data: tessera.kv.CommandBatch.encode({ commands }).finish() }]);
  }
  console.log(`loaded ${keyCount} keys of 100 B in ${((Date.now() - loadStart) / 1000).toFixed(1)} s`);
  (globalThis as { gc?: () => void }).gc?.();
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const streamStart = Date.now();
  let chunks = 0;
  let bytes = 0;
  async function* counted(): AsyncGenerator<Uint8Array> {
    for await (const chunk of storage.snapshotChunks(source)) {
      chunks += 1;
      bytes += chunk.length;
      peak = Math.max(peak, process.memoryUsage().rss);
      yield chunk;
    }
  }
  const header = await storage.ingestSnapshot(target, counted());
  clearInterval(sampler);
  const seconds = (Date.now() - streamStart) / 1000;
  const check = await storage.get(target, new TextEncoder().encode(`user-${String(keyCount - 1).padStart(8, '0')}`));
  console.log(`streamed ${chunks} chunks, ${(bytes / mebibyte).toFixed(0)} MiB, applied index ${header.appliedIndex}, in ${seconds.toFixed(1)} s; last key found: ${check.found}`);
  console.log(`RSS before ${(baseline / mebibyte).toFixed(0)} MiB, peak ${(peak / mebibyte).toFixed(0)} MiB, growth ${((peak - baseline) / mebibyte).toFixed(0)} MiB (goal < 100 MiB)`);
  await storage.close();
} finally {
  await rm(root, { recursive: true, force: true });
}
