/**
 * What one synced write costs the disk, appending to a file (as LevelDB's log does) against writing
 * into a file whose blocks were written beforehand (as etcd's preallocated WAL segments are): the
 * append also makes ext4 journal the file's new size on every fdatasync.
 * Run: npx tsx bench/storage/fsync-append.ts [writes] [bytes]
 */
import { closeSync, fdatasyncSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const writes = Number(process.argv[2] ?? 2000);
const bytes = Number(process.argv[3] ?? 256);
if (![writes, bytes].every((value) => Number.isInteger(value) && value > 0)) {
  process.stderr.write('usage: fsync-append.ts [writes] [bytes] (positive integers)\n');
  process.exit(2);
}

/** p50 / p99 of `count` synced writes of `bytes` at consecutive offsets, in ms. */
function measure(path: string, prewrite: boolean): { p50: number; p99: number } {
  const fd = openSync(path, 'w+');
  try {
    if (prewrite) {
      // Real blocks, not fallocate's unwritten extents: writing into those would journal too.
      const zeros = Buffer.alloc(1024 * 1024);
      for (let offset = 0; offset < writes * bytes; offset += zeros.length) writeSync(fd, zeros, 0, zeros.length, offset);
      fdatasyncSync(fd);
    }
    const record = Buffer.alloc(bytes, 7);
    const latencies: number[] = [];
    for (let i = 0; i < writes; i += 1) {
      const started = performance.now();
      writeSync(fd, record, 0, bytes, i * bytes);
      fdatasyncSync(fd);
      latencies.push(performance.now() - started);
    }
    latencies.sort((a, b) => a - b);
    return { p50: latencies[Math.floor(writes / 2)], p99: latencies[Math.floor(writes * 0.99)] };
  } finally {
    closeSync(fd);
  }
}

const directory = mkdtempSync(join(tmpdir(), 'tessera-fsync-bench-'));
try {
  for (const [label, prewrite] of [['appending', false], ['into written blocks', true]] as const) {
    const { p50, p99 } = measure(join(directory, `${prewrite ? 'written' : 'append'}.log`), prewrite);
    process.stdout.write(`${label}: ${writes} writes of ${bytes} B + fdatasync, p50 ${p50.toFixed(3)} ms, p99 ${p99.toFixed(3)} ms\n`);
  }
} finally {
  rmSync(directory, { recursive: true, force: true });
}
