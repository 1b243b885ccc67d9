/**
 * The Tessera target: real `tessera` processes on 127.0.0.1 in a temporary folder, driven through
 * the SDK (one client, so requests share each node's Batch stream as an application's would).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { adminCall } from '../../src/cli/admin-calls.js';
import { connect, type TesseraClient } from '../../src/client/index.js';
import type { tessera } from '../../src/wire/proto.js';
import { freePorts, waitFor } from '../lib/ports.js';
import { ServerProcess } from '../lib/server-process.js';
import type { KvDriver } from '../lib/workload.js';
import { callTimeoutMs, startTimeoutMs, type RunningTarget, type TargetSettings } from './target.js';

const repositoryRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));

interface TesseraNode {
  id: number;
  clientAddress: string;
  peerAddress: string;
  server: ServerProcess;
}

async function status(node: TesseraNode): Promise<tessera.kv.StatusResponse> {
  return adminCall<tessera.kv.StatusResponse>(node.clientAddress, 'status', {}, 2000);
}

/** True when every node answers and every group it hosts knows its leader. */
async function everyGroupLed(nodes: TesseraNode[]): Promise<true | undefined> {
  for (const node of nodes) {
    node.server.assertRunning();
    const shards = (await status(node)).shards ?? [];
    if (shards.length === 0 || shards.some((shard) => Number(shard.leader ?? 0) === 0)) return undefined;
  }
  return true;
}

/** How long the benchmark waits for the placement controller to spread data-shard leaderships, ms. */
const leaderSpreadTimeoutMs = 60_000;

/** The data-shard leaderships a node reports for its own groups (none when it did not answer). */
function dataShardLeaderships(answer: tessera.kv.StatusResponse | undefined): number {
  return (answer?.shards ?? []).filter((shard) => shard.role === 'leader' && Number(shard.shardId ?? 0) !== 0).length;
}

/** Data-shard leaderships per node; rejects when a node does not answer. */
async function leadersPerNode(nodes: TesseraNode[]): Promise<number[]> {
  return Promise.all(nodes.map(async (node) => dataShardLeaderships(await status(node))));
}

/**
 * True once every data shard has a leader and no node leads more than one shard above another: the
 * placement controller moves one leadership a second after the start, and a step measured before it
 * is done loads one node with half the groups.
 */
async function leadersSpread(nodes: TesseraNode[], shards: number): Promise<true | undefined> {
  const counts = await leadersPerNode(nodes);
  const total = counts.reduce((sum, count) => sum + count, 0);
  return total === shards && Math.max(...counts) - Math.min(...counts) <= 1 ? true : undefined;
}

function driverOf(client: TesseraClient, settings: TargetSettings): KvDriver {
  const readMode = settings.readMode;
  return {
    async put(key, value) {
      await client.put(key, value);
    },
    async get(key) {
      return (await client.get(key, { readMode })).found;
    },
    async scan(start, limit) {
      let count = 0;
      for await (const item of client.scan({ start, limit, pageSize: limit, readMode })) {
        count += item.key.length > 0 ? 1 : 0;
      }
      if (count > limit) throw new Error(`scan returned ${count} items, limit ${limit}`);
    },
  };
}

/** Starts a Tessera cluster and resolves once every shard has a leader and a write has succeeded. */
export async function startTessera(settings: TargetSettings): Promise<RunningTarget> {
  const root = mkdtempSync(join(tmpdir(), `tessera-bench-${settings.runLabel}-`));
  const ports = await freePorts(2 * settings.nodes);
  const addresses = Array.from({ length: settings.nodes }, (_, position) => ({ id: position + 1, clientAddress: `127.0.0.1:${ports[2 * position]}`, peerAddress: `127.0.0.1:${ports[2 * position + 1]}` }));
  const initialCluster = addresses.map((node) => `${node.id}=${node.peerAddress}/${node.clientAddress}`).join(',');
  const nodes: TesseraNode[] = [];
  let client: TesseraClient | null = null;
  let stopped = false;
  const stop = async (): Promise<void> => {
    if (stopped) return;
    stopped = true;
    client?.close();
    // SIGTERM: a node under --cpu-prof writes its profile only on a clean exit.
    await Promise.all(nodes.map((node) => node.server.stop('SIGTERM')));
    rmSync(root, { recursive: true, force: true });
  };
  try {
    for (const address of addresses) {
      // One folder per node with Node's default file names (…PID.THREAD.SEQ.cpuprofile): tsx's loader
      // runs on a second thread, whose profile would overwrite the main thread's under one fixed name.
      const profile = settings.profileDirectory === null ? [] : ['--cpu-prof', '--cpu-prof-dir', join(resolve(settings.profileDirectory), `tessera-${settings.runLabel}-node${address.id}`)];
      const args = [...settings.tesseraNodeFlags, ...profile, join(repositoryRoot, 'bin', 'tessera.mjs'), 'start', '--id', String(address.id), '--data', join(root, `node-${address.id}`), '--client-addr', address.clientAddress, '--peer-addr', address.peerAddress, '--http-addr', '', '--initial-cluster', initialCluster, '--shards', String(settings.shards), '--replicas', String(settings.replicas), '--log-level', 'warn'];
      nodes.push({ ...address, server: new ServerProcess(`tessera-${address.id}`, process.execPath, args, join(root, `node-${address.id}.log`), { cwd: repositoryRoot }) });
    }
    await waitFor('every Tessera group to have a leader', () => everyGroupLed(nodes), startTimeoutMs);
    const connected = await connect({ endpoints: nodes.map((node) => node.clientAddress), readMode: settings.readMode, timeoutMs: callTimeoutMs });
    client = connected;
    await waitFor('a first Tessera write', async () => (await connected.put('bench-probe', 'ok', { timeoutMs: 2000 }), true), startTimeoutMs);
    if (settings.nodes > 1) {
      await waitFor('data-shard leaderships spread over the nodes', () => leadersSpread(nodes, settings.shards), leaderSpreadTimeoutMs).catch(async (error: unknown) => {
        process.stderr.write(`warning: measuring with leaderships ${(await leadersPerNode(nodes).catch(() => [])).join('/')}: ${error instanceof Error ? error.message : String(error)}\n`);
      });
    }
  } catch (error) {
    const tails = nodes.map((node) => `--- ${node.server.label} (${node.server.logPath})\n${node.server.logTail(15)}`).join('\n');
    await stop();
    throw new Error(`the Tessera cluster did not start: ${error instanceof Error ? error.message : String(error)}\n${tails}`, { cause: error });
  }
  const driver = driverOf(client, settings);
  return {
    name: 'tessera',
    description: `tessera, ${settings.nodes} nodes, ${settings.shards} shards x ${settings.replicas} replicas, read mode ${settings.readMode}${settings.profileDirectory === null ? '' : ', under --cpu-prof'}`,
    processes: nodes.map((node) => ({ label: node.server.label, pid: node.server.pid })),
    driver,
    async facts() {
      const leaders: Record<string, number> = {};
      for (const node of nodes) leaders[`node${node.id}`] = dataShardLeaderships(await status(node).catch(() => undefined));
      return { dataShardLeadersPerNode: leaders };
    },
    stop,
  };
}
