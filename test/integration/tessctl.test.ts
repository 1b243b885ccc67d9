import { execFile } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestCluster, waitFor } from './cluster-harness.js';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** tessctl commands run as a user would, against a real 3-node cluster. */
describe('tessctl', () => {
  const cluster = new TestCluster(3, ['--shards', '4', '--tick-ms', '50', '--election-ticks', '10']);
  let endpoints = '';

  function tessctl(...args: string[]): Promise<Run> {
    return new Promise((resolve) => {
      execFile(process.execPath, ['bin/tessctl.mjs', '--endpoints', endpoints, ...args], { timeout: 30_000 }, (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : 1;
        resolve({ code, stdout, stderr });
      });
    });
  }

  beforeAll(async () => {
    await cluster.start();
    endpoints = cluster.nodes.map((node) => node.clientAddress).join(',');
    await waitFor('every shard to have a leader', () => cluster.allShardsLed(), 60_000);
  }, 90_000);

  afterAll(async () => {
    await cluster.stop();
  });

  it('puts, gets, scans and deletes keys', async () => {
    expect((await tessctl('put', 'city:1', 'Lyon')).stdout).toMatch(/^OK \(version \d+\)/);
    await tessctl('put', 'city:2', 'Oslo');
    expect(await tessctl('get', 'city:1')).toMatchObject({ code: 0, stdout: 'Lyon\n' });
    expect((await tessctl('scan', '--prefix', 'city:')).stdout).toBe('city:1\tLyon\ncity:2\tOslo\n');
    expect(JSON.parse((await tessctl('--json', 'del', 'city:1')).stdout)).toEqual({ key: 'city:1', deleted: true });
    const missing = await tessctl('get', 'city:1');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('not found');
  }, 60_000);

  it('shows members, shards and status, and transfers a leadership', async () => {
    expect((await tessctl('member', 'list')).stdout.trim().split('\n')).toHaveLength(4);
    const shards = JSON.parse((await tessctl('--json', 'shard', 'list')).stdout) as { shards: { id: number; replicas: number[] }[] };
    expect(shards.shards.map((shard) => shard.id)).toEqual([1, 2, 3, 4]);
    expect((await tessctl('status')).stdout.split('\n')[0]).toContain('ROLE');
    const rows = JSON.parse((await tessctl('--json', 'shard', 'status', '2')).stdout) as { node: number; role: string }[];
    const leader = rows.find((row) => row.role === 'leader')?.node ?? 0;
    const target = (leader % 3) + 1;
    expect((await tessctl('leader', 'transfer', '--shard', '2', '--to', String(target))).code).toBe(0);
    await waitFor(`node ${target} to lead shard 2`, async () => ((await cluster.leaderOf(2)) === target ? true : undefined));
  }, 60_000);

  it('exits non-zero with a one-line reason on bad input', async () => {
    const unknown = await tessctl('frobnicate');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown command');
    const badTransfer = await tessctl('leader', 'transfer', '--shard', '1', '--to', '9');
    expect(badTransfer.code).toBe(1);
    expect(badTransfer.stderr).toContain('TESSERA_INVALID_ARGUMENT');
    expect((await tessctl('get', 'k', '--help')).stdout).toContain('usage: tessctl');
  }, 60_000);
});
