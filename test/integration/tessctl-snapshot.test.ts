import * as grpc from '@grpc/grpc-js';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, type TesseraClient } from '../../src/client/index.js';
import { tessera } from '../../src/wire/proto.js';
import { adminServiceDefinition, kvServiceDefinition } from '../../src/wire/service-definitions.js';
import { TestCluster, waitFor } from './cluster-harness.js';
import { forEachConcurrently, valueText } from './routed-client.js';

const KvClient = grpc.makeGenericClientConstructor(kvServiceDefinition, 'Kv');
const AdminClient = grpc.makeGenericClientConstructor(adminServiceDefinition, 'Admin');
type Unary = (request: object, options: grpc.CallOptions, callback: (error: grpc.ServiceError | null, response: object) => void) => void;

/** Kv and Admin calls to one node over channels of their own (not sharing another channel's reconnect backoff). */
function freshClient(address: string): { call<T>(method: 'get' | 'status', request: object): Promise<T>; close(): void } {
  const options = { 'grpc.use_local_subchannel_pool': 1 };
  const kv = new KvClient(address, grpc.credentials.createInsecure(), options);
  const admin = new AdminClient(address, grpc.credentials.createInsecure(), options);
  return {
    call<T>(method: 'get' | 'status', request: object): Promise<T> {
      const client = method === 'get' ? kv : admin;
      const unary = (client as unknown as Record<string, Unary>)[method].bind(client);
      return new Promise((resolve, reject) => unary(request, { deadline: Date.now() + 2000 }, (error, response) => (error === null ? resolve(response as T) : reject(error))));
    },
    close(): void {
      kv.close();
      admin.close();
    },
  };
}

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

interface Saved {
  node: number;
  bytes: number;
  records: number;
  sha256: string;
  shards: { shard: number; appliedIndex: number }[];
}

/**
 * `tessctl snapshot save | restore` run as an operator would: back up a node of a live 3-node
 * cluster, keep writing, stop the node, rebuild its data directory from the file, start it, and
 * every acknowledged write is readable from it once it has caught up by Raft.
 */
describe('tessctl snapshot', () => {
  const cluster = new TestCluster(3, ['--shards', '4', '--tick-ms', '50', '--election-ticks', '10']);
  const scratch = mkdtempSync(join(tmpdir(), 'tessera-snapshot-'));
  const backupFile = join(scratch, 'node-2.tsbk');
  /** Every acknowledged write: key → value. A write that failed leaves its key out of every check. */
  const acknowledged = new Map<string, string>();
  const uncertain = new Set<string>();
  let endpoints = '';
  let client: TesseraClient;

  function tessctl(...args: string[]): Promise<Run> {
    return new Promise((resolve) => {
      execFile(process.execPath, ['bin/tessctl.mjs', '--endpoints', endpoints, ...args], { timeout: 40_000 }, (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : 1;
        resolve({ code, stdout, stderr });
      });
    });
  }

  async function write(keys: string[], round: string): Promise<void> {
    await forEachConcurrently(
      keys.filter((key) => !uncertain.has(key)),
      32,
      async (key) => {
        const value = `${key}@${round}`;
        try {
          await client.put(key, value);
          acknowledged.set(key, value);
        } catch {
          acknowledged.delete(key);
          uncertain.add(key);
        }
      },
    );
  }

  /** True once `restored` has applied, in every shard, what the shard's leader had committed when asked. */
  async function caughtUp(restoredStatus: () => Promise<tessera.kv.StatusResponse>): Promise<true | undefined> {
    // Placement gives the restarted node leaderships again, so its own status counts as a leader's too.
    const restored = await restoredStatus();
    const statuses = [...(await Promise.all(cluster.nodes.filter((candidate) => candidate.id !== 2).map((node) => node.client.status(2000)))), restored];
    const committed = new Map<number, number>();
    for (const status of statuses) {
      for (const shard of status.shards ?? []) {
        if (shard.role === 'leader') committed.set(Number(shard.shardId ?? 0), Math.max(committed.get(Number(shard.shardId ?? 0)) ?? 0, Number(shard.commit ?? 0)));
      }
    }
    const applied = new Map((restored.shards ?? []).map((shard) => [Number(shard.shardId ?? 0), Number(shard.applied ?? 0)]));
    return committed.size === 5 && [...committed].every(([shard, commit]) => (applied.get(shard) ?? -1) >= commit) ? true : undefined;
  }

  const keys = (prefix: string, count: number): string[] => Array.from({ length: count }, (_, position) => `${prefix}-${position}`);

  beforeAll(async () => {
    await cluster.start();
    endpoints = cluster.nodes.map((node) => node.clientAddress).join(',');
    await waitFor('every shard to have a leader', () => cluster.allShardsLed(), 40_000);
    client = await connect({ endpoints: endpoints.split(','), timeoutMs: 5000 });
  }, 60_000);

  afterAll(async () => {
    client?.close();
    await cluster.stop();
    rmSync(scratch, { recursive: true, force: true });
  });

  it('saves a node, restores it after more writes, and the restored node catches up', async () => {
    await write(keys('early', 300), 'one');
    const save = await tessctl('--json', 'snapshot', 'save', backupFile, '--node', '2');
    expect(save.stderr).toBe('');
    expect(save.code).toBe(0);
    const saved = JSON.parse(save.stdout) as Saved;
    expect(saved.node).toBe(2);
    expect(saved.shards.map((shard) => shard.shard)).toEqual([0, 1, 2, 3, 4]);
    expect(saved.shards.every((shard) => shard.appliedIndex > 0)).toBe(true);
    expect(statSync(backupFile).size).toBe(saved.bytes);
    expect(createHash('sha256').update(readFileSync(backupFile)).digest('hex')).toBe(saved.sha256);
    expect(existsSync(`${backupFile}.partial`)).toBe(false);

    const node2 = cluster.node(2);
    const [running] = await Promise.all([tessctl('snapshot', 'restore', backupFile, '--data', node2.dataDir, '--node', '2', '--force'), write([...keys('early', 150), ...keys('late', 300)], 'two')]);
    expect(running.code).toBe(1);
    expect(running.stderr).toMatch(/in use by a running node/);

    expect(await cluster.terminate(2)).toBe(0);
    const restore = await tessctl('--json', 'snapshot', 'restore', backupFile, '--data', node2.dataDir, '--node', '2', '--force');
    expect(restore.stderr).toBe('');
    expect(restore.code).toBe(0);
    const restored = JSON.parse(restore.stdout) as { bytes: number; records: number; shards: unknown[]; fenced: { shard: number; termBefore: number; term: number; leader: number }[] };
    expect(restored).toMatchObject({ bytes: saved.bytes, records: saved.records, shards: saved.shards });
    expect(restored.fenced.map((shard) => shard.shard)).toEqual([0, 1, 2, 3, 4]);
    expect(restored.fenced.every((shard) => shard.term > shard.termBefore && shard.leader !== 2)).toBe(true);

    cluster.launch(node2);
    await write(keys('after', 100), 'three');
    // Fresh channels: the harness's channel to node 2 may sit in reconnect backoff from its downtime.
    const node2Client = freshClient(node2.clientAddress);
    const stale = async (key: string): Promise<string> => valueText((await node2Client.call<tessera.kv.GetResponse>('get', { header: { readMode: tessera.kv.ReadMode.STALE }, key: Buffer.from(key) })).value);
    try {
      const behind = async (): Promise<string[]> => {
        const wrong: string[] = [];
        await forEachConcurrently([...acknowledged], 32, async ([key, value]) => {
          if ((await stale(key)) !== value) wrong.push(key);
        });
        return wrong;
      };
      await waitFor('the restored node 2 to apply what the leaders committed', () => caughtUp(() => node2Client.call<tessera.kv.StatusResponse>('status', {})), 90_000);
      await waitFor('the restored node 2 to serve every acknowledged write', async () => ((await behind()).length === 0 ? true : undefined), 10_000);
    } finally {
      node2Client.close();
    }
    expect(acknowledged.size).toBeGreaterThanOrEqual(690);
    const mismatches: string[] = [];
    await forEachConcurrently([...acknowledged], 32, async ([key, value]) => {
      const read = await client.get(key, { valueAs: 'string' });
      if (read.value !== value) mismatches.push(`${key}: read ${String(read.value)}, acknowledged ${value}`);
    });
    expect(mismatches).toEqual([]);
    await waitFor('every shard to have a leader again', () => cluster.allShardsLed(), 10_000);
  }, 180_000);

  it('refuses a damaged or truncated file with a one-line reason and writes nothing', async () => {
    const bytes = readFileSync(backupFile);
    const damaged = Buffer.from(bytes);
    damaged[Math.floor(bytes.length / 2)] ^= 0x01;
    const cases = [
      // The flipped bit may land in a record's data (its CRC fails) or in a length (the record then runs past the end).
      { name: 'damaged', content: damaged, reason: /CRC mismatch in record|file ends inside record/ },
      { name: 'truncated', content: bytes.subarray(0, bytes.length - 100), reason: /file ends inside/ },
    ];
    const target = (name: string): string => join(scratch, `restore-${name}`);
    const runs = await Promise.all([
      ...cases.map(({ name, content }) => {
        writeFileSync(join(scratch, `${name}.tsbk`), content);
        return tessctl('snapshot', 'restore', join(scratch, `${name}.tsbk`), '--data', target(name), '--node', '2');
      }),
      tessctl('snapshot', 'save', join(scratch, 'x.tsbk'), '--node', '9'),
    ]);
    cases.forEach(({ name, reason }, position) => {
      const run = runs[position];
      expect(run.code, name).toBe(1);
      expect(run.stderr, name).toMatch(/^tessctl: TESSERA_BACKUP_INVALID: /);
      expect(run.stderr, name).toMatch(reason);
      expect(run.stderr.trim().split('\n'), name).toHaveLength(1);
      expect(existsSync(target(name)), name).toBe(false);
    });
    const noMember = runs[cases.length];
    expect(noMember.code).toBe(1);
    expect(noMember.stderr).toMatch(/no member 9/);
    expect(existsSync(join(scratch, 'x.tsbk.partial'))).toBe(false);
  }, 60_000);
});
