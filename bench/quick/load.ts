/**
 * A quick closed-loop load against a running cluster through the SDK: write and linearizable-read
 * throughput with p50/p99 latency at several concurrencies. (The full benchmark is bench/'s own issue.)
 * Run: npx tsx bench/quick/load.ts [--endpoints 127.0.0.1:7001,...] [--seconds 10] [--concurrency 1,16,256] [--workloads write,read]
 */
import process from 'node:process';
import { connect } from '../../src/client/index.js';

function option(name: string, fallback: string): string {
  const position = process.argv.indexOf(name);
  return position === -1 ? fallback : (process.argv[position + 1] ?? fallback);
}

const endpoints = option('--endpoints', '127.0.0.1:7001,127.0.0.1:7002,127.0.0.1:7003').split(',');
const seconds = Number(option('--seconds', '10'));
const levels = option('--concurrency', '1,16,256').split(',').map(Number);
const keySpace = 10_000;
const workloads = option('--workloads', 'write,read').split(',') as ('write' | 'read')[];
const value = new Uint8Array(100).fill(120);

function percentile(sorted: number[], fraction: number): number {
  return sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))];
}

const client = await connect({ endpoints, timeoutMs: 10_000 });
const rows: string[] = ['| workload | in flight | ops/s | p50 ms | p99 ms | errors |', '| --- | --- | --- | --- | --- | --- |'];
for (const workload of workloads) {
  for (const inFlight of levels) {
    const latencies: number[] = [];
    let errors = 0;
    const deadline = performance.now() + seconds * 1000;
    let next = 0;
    await Promise.all(
      Array.from({ length: inFlight }, async () => {
        while (performance.now() < deadline) {
          const key = `bench-${next++ % keySpace}`;
          const started = performance.now();
          try {
            if (workload === 'write') await client.put(key, value);
            else await client.get(key);
            latencies.push(performance.now() - started);
          } catch {
            errors += 1;
          }
        }
      }),
    );
    latencies.sort((a, b) => a - b);
    rows.push(`| ${workload} | ${inFlight} | ${Math.round(latencies.length / seconds)} | ${percentile(latencies, 0.5).toFixed(2)} | ${percentile(latencies, 0.99).toFixed(2)} | ${errors} |`);
  }
}
client.close();
process.stdout.write(`${endpoints.length} endpoints, ${seconds} s per row, 100-byte values, ${keySpace} keys\n${rows.join('\n')}\n`);
