/**
 * jepsen-lite against a real 3-node cluster, as CI runs it: a combined run (register + append
 * under kill, pause and partition faults) must be valid, and a short run with a planted bug
 * (failpoint ack-before-commit) must be reported invalid, so "valid" is known to mean something.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseRunOptions } from '../../jepsen-lite/runner/options.js';
import { runTest } from '../../jepsen-lite/runner/run-test.js';

const storeRoot = mkdtempSync(join(tmpdir(), 'jepsen-lite-ci-'));
let keepStore = false;

afterAll(() => {
  if (keepStore) process.stderr.write(`jepsen-lite runs kept in ${storeRoot}\n`);
  else rmSync(storeRoot, { recursive: true, force: true });
});

/** One run; its store directory is kept for inspection when the verdict is not the expected one. */
async function run(argv: string[], expected: boolean) {
  const lines: string[] = [];
  const result = await runTest(parseRunOptions([...argv, '--store', storeRoot]), { log: (line) => lines.push(line) });
  if (result.valid !== expected) keepStore = true;
  return { result, transcript: lines.join('\n') };
}

describe('jepsen-lite on a real cluster', () => {
  it('finds a combined register + append run of about 2 minutes under kill, pause, partition and power-cut faults valid', async () => {
    const { result, transcript } = await run(['--workload', 'register,append', '--nemesis', 'kill,pause,partition,lose-unsynced', '--time', '100', '--nodes', '3', '--clients', '8', '--nemesis-interval', '6', '--seed', '11'], true);
    expect(result.valid, transcript).toBe(true);
    expect(result.nemesis.faults, transcript).toBeGreaterThanOrEqual(4);
    expect(result.nemesis.byName['lose-unsynced'] ?? 0, transcript).toBeGreaterThanOrEqual(1);
    expect(result.operations.ok, transcript).toBeGreaterThan(300);
    expect(result.crashes, transcript).toEqual([]);
  }, 240_000);

  it('reports the planted bug ack-before-commit invalid within a short run', async () => {
    const { result, transcript } = await run(['--workload', 'register', '--nemesis', 'none', '--time', '12', '--nodes', '3', '--clients', '6', '--seed', '12', '--failpoints', 'ack-before-commit'], false);
    expect(result.valid, transcript).toBe(false);
  }, 60_000);
});
