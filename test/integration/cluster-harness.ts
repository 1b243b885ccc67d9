import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { shardForKey, type ShardMap } from '../../src/routing/shard-map.js';
import { freePorts } from './free-ports.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NodeClient } from './kv-test-client.js';
import { TcpProxy } from './tcp-proxy.js';

export { freePorts };

/** One free TCP port on 127.0.0.1. */
export async function freePort(): Promise<number> {
  return (await freePorts(1))[0];
}

/** Polls `probe` until it returns a value (not undefined) or the deadline passes; never a fixed sleep. */
export async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      lastError = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${lastError === undefined ? '' : `: ${String(lastError)}`}`);
}

interface ClusterNode {
  id: number;
  clientAddress: string;
  peerAddress: string;
  /** With peer proxies: the proxy other nodes reach this node's peer port through. */
  peerProxy: TcpProxy | null;
  dataDir: string;
  process: ChildProcess | null;
  exit: Promise<number | null> | null;
  client: NodeClient;
  /** A node added to a running cluster joins through this client address instead of founding it. */
  joinAddress?: string;
}

/** Real `tessera` processes on 127.0.0.1 with free ports and temporary data directories. */
export class TestCluster {
  readonly nodes: ClusterNode[] = [];
  private readonly root = mkdtempSync(join(tmpdir(), 'tessera-it-'));
  private initialCluster = '';

  constructor(
    private readonly size: number,
    private readonly extraFlags: string[] = [],
    private readonly options: { peerProxies?: boolean } = {},
  ) {}

  async start(): Promise<void> {
    // Proxies bind first and stay bound, so the node ports reserved next cannot collide with them.
    const proxies = this.options.peerProxies === true ? Array.from({ length: this.size }, () => new TcpProxy()) : [];
    for (const proxy of proxies) await proxy.start();
    const ports = await freePorts(2 * this.size);
    for (let position = 0; position < this.size; position += 1) {
      const id = position + 1;
      const clientAddress = `127.0.0.1:${ports[2 * position]}`;
      const peerPort = ports[2 * position + 1];
      const peerProxy = proxies[position] ?? null;
      peerProxy?.setTarget(peerPort);
      this.nodes.push({ id, clientAddress, peerAddress: `127.0.0.1:${peerPort}`, peerProxy, dataDir: join(this.root, `node-${id}`), process: null, exit: null, client: new NodeClient(clientAddress) });
    }
    const advertised = (node: ClusterNode): string => (node.peerProxy === null ? node.peerAddress : `127.0.0.1:${node.peerProxy.port}`);
    this.initialCluster = this.nodes.map((node) => `${node.id}=${advertised(node)}/${node.clientAddress}`).join(',');
    for (const node of this.nodes) this.launch(node);
  }

  /** Reserves ports and a data directory for node `id`, to be added to the running cluster (not launched). */
  async prepareJoiner(id: number, joinAddress: string): Promise<ClusterNode> {
    const [clientPort, peerPort] = await freePorts(2);
    const clientAddress = `127.0.0.1:${clientPort}`;
    const node: ClusterNode = { id, clientAddress, peerAddress: `127.0.0.1:${peerPort}`, peerProxy: null, dataDir: join(this.root, `node-${id}`), process: null, exit: null, client: new NodeClient(clientAddress), joinAddress };
    this.nodes.push(node);
    return node;
  }

  node(id: number): ClusterNode {
    const node = this.nodes.find((candidate) => candidate.id === id);
    if (node === undefined) throw new Error(`no node ${id}`);
    return node;
  }

  launch(node: ClusterNode): void {
    const log = openSync(join(this.root, `node-${node.id}.log`), 'a');
    const child = spawn(
      process.execPath,
      ['bin/tessera.mjs', 'start', '--id', String(node.id), '--data', node.dataDir, '--client-addr', node.clientAddress, '--peer-addr', node.peerAddress, '--http-addr', '', ...(node.joinAddress === undefined ? ['--initial-cluster', this.initialCluster] : ['--join', node.joinAddress]), '--log-level', 'info', ...this.extraFlags],
      { stdio: ['ignore', log, log] },
    );
    closeSync(log);
    node.process = child;
    node.exit = new Promise((resolve) =>
      child.once('exit', (code, signal) => {
        // A node that dies on its own fails the test later with a vague timeout: say why now.
        if (signal === null && code !== 0) this.reportUnexpectedExit(node, code);
        resolve(code);
      }),
    );
  }

  /** SIGKILL: nothing is flushed, nothing handed over. */
  async kill(id: number): Promise<void> {
    const node = this.node(id);
    node.process?.kill('SIGKILL');
    await node.exit;
    node.process = null;
  }

  /** SIGTERM; resolves with the exit code. */
  async terminate(id: number): Promise<number | null> {
    const node = this.node(id);
    node.process?.kill('SIGTERM');
    const code = (await node.exit) ?? null;
    node.process = null;
    return code;
  }

  /** The node currently leading `shardId`, as the live nodes report it. */
  async leaderOf(shardId: number): Promise<number | undefined> {
    for (const node of this.nodes) {
      if (node.process === null) continue;
      const status = await node.client.status(1000).catch(() => undefined);
      const shard = status?.shards?.find((candidate) => Number(candidate.shardId ?? 0) === shardId);
      if (shard?.role === 'leader') return node.id;
    }
    return undefined;
  }

  /** Every data and meta shard hosted by a live node has a leader that node knows. */
  async allShardsLed(): Promise<boolean | undefined> {
    for (const node of this.nodes) {
      if (node.process === null) continue;
      const status = await node.client.status(1000);
      if ((status.shards ?? []).some((shard) => Number(shard.leader ?? 0) === 0)) return undefined;
    }
    return true;
  }

  async stop(): Promise<void> {
    for (const node of this.nodes) {
      node.process?.kill('SIGKILL');
      if (node.process !== null) await node.exit;
      node.process = null;
      node.client.close();
      await node.peerProxy?.stop();
    }
    // TESSERA_KEEP_TEST_DATA=1 keeps data and node logs for a post-mortem.
    if (process.env.TESSERA_KEEP_TEST_DATA === '1') process.stderr.write(`test cluster data and logs kept in ${this.root}\n`);
    else rmSync(this.root, { recursive: true, force: true });
  }

  private reportUnexpectedExit(node: ClusterNode, code: number | null): void {
    let tail = '';
    try {
      tail = readFileSync(join(this.root, `node-${node.id}.log`), 'utf8').split('\n').slice(-40).join('\n');
    } catch {
      tail = '(no log)';
    }
    process.stderr.write(`tessera node ${node.id} exited with code ${String(code)}; the end of its log:\n${tail}\n`);
  }

  logDirectory(): string {
    return this.root;
  }
}

/** One key per data shard (`probe-N`), placed with the routing code the server uses, from the shard map of the first live node. */
export async function probeKeyPerShard(cluster: TestCluster): Promise<string[]> {
  const live = cluster.nodes.find((node) => node.process !== null);
  const wire = (await live?.client.shardMap())?.shardMap;
  const map: ShardMap = {
    epoch: Number(wire?.epoch ?? 0),
    slotCount: wire?.slotCount ?? 0,
    shards: (wire?.shards ?? []).map((shard) => ({ id: Number(shard.id), slotStart: shard.slotStart ?? 0, slotEnd: shard.slotEnd ?? 0, replicas: (shard.replicas ?? []).map(Number), epoch: Number(shard.epoch ?? 0) })),
  };
  const probes = new Map<number, string>();
  for (let position = 0; probes.size < map.shards.length && position < 100_000; position += 1) {
    const key = `probe-${position}`;
    const shard = shardForKey(map, Buffer.from(key)).id;
    if (!probes.has(shard)) probes.set(shard, key);
  }
  return [...probes.values()];
}
