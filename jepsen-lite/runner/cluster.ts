import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { adminCall } from '../../src/cli/admin-calls.js';
import type { tessera } from '../../src/wire/proto.js';
import { LinkProxy } from './link-proxy.js';
import { freePorts } from './ports.js';

/** How the cluster under test is built. */
export interface ClusterOptions {
  nodeCount: number;
  shards: number;
  replicas: number;
  /** Where node logs go (the run's store directory). */
  logDirectory: string;
  /** Where node data directories go (a temporary directory). */
  dataRoot: string;
  tickMs: number;
  electionTicks: number;
  /** TESSERA_FAILPOINTS for every node; empty: none. */
  failpoints: readonly string[];
  /** Runs every node with TESSERA_STORAGE_TEST_MODE=track-synced (for the lose-unsynced nemesis). */
  trackSyncedLogLengths?: boolean;
  /**
   * Node ids beyond the founders that addNode() may hand out (membership churn). Every directed
   * link among founders and spares gets its proxy at start, because a node's peer-dial overrides
   * are fixed when it starts: a node added later is then dialled through proxies too.
   */
  spareNodes?: number;
}

/** How a node process ended. */
export interface NodeExit {
  node: number;
  code: number | null;
  signal: NodeJS.Signals | null;
  /** False when the runner did not ask for it: the node died by itself. */
  expected: boolean;
  atMs: number;
  /** What a nemesis knows of why the node exited by itself (e.g. it refused damaged data). */
  cause?: string;
}

/** One `tessera` node: its addresses and, while it runs, its process. */
export interface NodeHandle {
  id: number;
  clientAddress: string;
  peerPort: number;
  dataDir: string;
  logPath: string;
  child: ChildProcess | null;
  exit: Promise<NodeExit> | null;
  paused: boolean;
  /** Set before the runner kills the node, so its exit is not reported as a crash. */
  stopping: boolean;
  /** A node added to the running cluster: started with --join through this client address. */
  joinAddress?: string;
  /** Removed from the cluster and stopped: no longer one of `ids`, never restarted. */
  retired: boolean;
}

const binary = join(import.meta.dirname, '..', '..', 'bin', 'tessera.mjs');

/**
 * A fresh cluster of real `tessera` processes on 127.0.0.1, every directed peer link through its
 * own LinkProxy. Tracks every process it starts so stopAll() (and the exit handler) can kill them.
 */
export class JepsenCluster {
  readonly nodes: NodeHandle[] = [];
  readonly links: LinkProxy[] = [];
  readonly exits: NodeExit[] = [];
  /** Members asked to leave (MemberRemove accepted) whose process still runs until they have drained. */
  readonly leaving = new Set<number>();
  private initialCluster = '';
  private readonly startedAtMs = Date.now();

  constructor(readonly options: ClusterOptions) {}

  /** Binds the link proxies, reserves node ports, and launches every node. */
  async start(): Promise<void> {
    const ids = Array.from({ length: this.options.nodeCount }, (_, position) => position + 1);
    const linked = Array.from({ length: this.options.nodeCount + (this.options.spareNodes ?? 0) }, (_, position) => position + 1);
    for (const source of linked) for (const target of linked) if (source !== target) this.links.push(new LinkProxy(source, target));
    for (const link of this.links) await link.start();
    const ports = await freePorts(2 * ids.length);
    for (const id of ids) this.createNode(id, ports[2 * (id - 1)], ports[2 * (id - 1) + 1]);
    this.initialCluster = this.nodes.map((node) => `${node.id}=127.0.0.1:${node.peerPort}/${node.clientAddress}`).join(',');
    for (const node of this.nodes) this.launch(node.id);
  }

  /**
   * Reserves addresses for the next spare node id (to be registered with MemberAdd and then
   * launched, which starts it with --join `joinAddress`); undefined when no spare id is left.
   */
  async addNode(joinAddress: string): Promise<NodeHandle | undefined> {
    const id = this.nodes.length + 1;
    if (id > this.options.nodeCount + (this.options.spareNodes ?? 0)) return undefined;
    // A stopped node's ports are free to the kernel but still its own: never hand them out again.
    const taken = new Set(this.nodes.flatMap((node) => [node.peerPort, Number(node.clientAddress.split(':')[1])]));
    for (let attempt = 0; attempt < 20; attempt += 1) {
      const [clientPort, peerPort] = await freePorts(2);
      if (taken.has(clientPort) || taken.has(peerPort)) continue;
      const node = this.createNode(id, clientPort, peerPort);
      node.joinAddress = joinAddress;
      return node;
    }
    throw new Error(`no free ports for node ${id}`);
  }

  /** Kills a node that left the cluster and drops it from `ids` for good (its log stays). */
  async retire(id: number): Promise<void> {
    const node = this.node(id);
    node.retired = true;
    await this.kill(id);
  }

  private createNode(id: number, clientPort: number, peerPort: number): NodeHandle {
    const node: NodeHandle = {
      id,
      clientAddress: `127.0.0.1:${clientPort}`,
      peerPort,
      dataDir: join(this.options.dataRoot, `n${id}`),
      logPath: join(this.options.logDirectory, `n${id}.log`),
      child: null,
      exit: null,
      paused: false,
      stopping: false,
      retired: false,
    };
    this.nodes.push(node);
    for (const link of this.links) if (link.target === id) link.setTargetPort(peerPort);
    return node;
  }

  /** The nodes that are members (not retired). */
  get members(): NodeHandle[] {
    return this.nodes.filter((node) => !node.retired);
  }

  node(id: number): NodeHandle {
    const node = this.nodes.find((candidate) => candidate.id === id);
    if (node === undefined) throw new RangeError(`no node ${id}`);
    return node;
  }

  link(source: number, target: number): LinkProxy {
    const link = this.links.find((candidate) => candidate.source === source && candidate.target === target);
    if (link === undefined) throw new RangeError(`no link ${source} → ${target}`);
    return link;
  }

  /** The members' ids (retired nodes excluded). */
  get ids(): number[] {
    return this.members.map((node) => node.id);
  }

  isRunning(id: number): boolean {
    return this.node(id).child !== null;
  }

  /** Starts node `id` (first start or restart); its log is appended to. */
  launch(id: number): void {
    const node = this.node(id);
    if (node.child !== null) throw new Error(`node ${id} is already running`);
    if (node.retired) throw new Error(`node ${id} left the cluster`);
    const overrides = this.links.filter((link) => link.source === id).map((link) => `${link.target}=127.0.0.1:${link.port}`).join(',');
    // A joining node learns shards and replicas from the cluster it joins.
    const founding = node.joinAddress === undefined ? ['--initial-cluster', this.initialCluster, '--shards', String(this.options.shards), '--replicas', String(this.options.replicas)] : ['--join', node.joinAddress];
    const log = openSync(node.logPath, 'a');
    const child = spawn(
      process.execPath,
      [binary, 'start', '--id', String(id), '--data', node.dataDir, '--client-addr', node.clientAddress, '--peer-addr', `127.0.0.1:${node.peerPort}`, '--http-addr', '',
        ...founding, '--peer-dial-overrides', overrides,
        '--tick-ms', String(this.options.tickMs), '--election-ticks', String(this.options.electionTicks), '--log-level', 'info'],
      { stdio: ['ignore', log, log], env: nodeEnvironment(this.options.failpoints, this.options.trackSyncedLogLengths === true) },
    );
    closeSync(log);
    node.child = child;
    node.paused = false;
    node.stopping = false;
    node.exit = new Promise((resolve) => {
      child.once('exit', (code, signal) => {
        const exit: NodeExit = { node: id, code, signal, expected: node.stopping, atMs: Date.now() - this.startedAtMs };
        this.exits.push(exit);
        if (node.child === child) {
          node.child = null;
          node.paused = false;
        }
        resolve(exit);
      });
    });
  }

  /** SIGKILL (a paused node dies too); resolves once it has exited. */
  async kill(id: number): Promise<void> {
    const node = this.node(id);
    if (node.child === null) return;
    node.stopping = true;
    node.child.kill('SIGKILL');
    await node.exit;
  }

  /** SIGSTOP: the process freezes, its sockets stay open. */
  pause(id: number): void {
    const node = this.node(id);
    if (node.child === null || node.paused) return;
    node.child.kill('SIGSTOP');
    node.paused = true;
  }

  /** SIGCONT. */
  resume(id: number): void {
    const node = this.node(id);
    if (node.child === null || !node.paused) return;
    node.child.kill('SIGCONT');
    node.paused = false;
  }

  /** Nodes running and not paused: the ones that can answer. */
  responsiveIds(): number[] {
    return this.members.filter((node) => node.child !== null && !node.paused).map((node) => node.id);
  }

  /** Admin Status of one node. */
  status(id: number, timeoutMs = 1000): Promise<tessera.kv.IStatusResponse> {
    return adminCall<tessera.kv.IStatusResponse>(this.node(id).clientAddress, 'status', {}, timeoutMs);
  }

  /** Admin TransferLeader, sent to the shard's current leader. */
  transferLeader(leader: number, shardId: number, toNode: number): Promise<unknown> {
    return adminCall(this.node(leader).clientAddress, 'transferLeader', { shardId, toNode }, 1000);
  }

  /** The node leading `shardId` as the responsive nodes report it (the highest term wins a tie); undefined when none. */
  async leaderOf(shardId: number): Promise<{ leader: number; voters: number[] } | undefined> {
    let best: { leader: number; voters: number[]; term: number } | undefined;
    for (const id of this.responsiveIds()) {
      const status = await this.status(id, 500).catch(() => undefined);
      const shard = status?.shards?.find((candidate) => Number(candidate.shardId ?? 0) === shardId);
      if (shard?.role !== 'leader') continue;
      const term = Number(shard.term ?? 0);
      if (best === undefined || term > best.term) best = { leader: id, voters: (shard.voters ?? []).map(Number), term };
    }
    return best === undefined ? undefined : { leader: best.leader, voters: best.voters };
  }

  /** True when every node runs, answers, and every shard it hosts has a leader that leads in fact. */
  async healthy(): Promise<boolean> {
    if (this.responsiveIds().length !== this.members.length) return false;
    const leaders = new Map<number, Set<number>>();
    const leading = new Set<string>();
    for (const id of this.ids) {
      const status = await this.status(id, 1000).catch(() => undefined);
      if (status === undefined) return false;
      for (const shard of status.shards ?? []) {
        const shardId = Number(shard.shardId ?? 0);
        const leader = Number(shard.leader ?? 0);
        if (leader === 0) return false;
        leaders.set(shardId, (leaders.get(shardId) ?? new Set()).add(leader));
        if (shard.role === 'leader') leading.add(`${shardId}:${id}`);
      }
    }
    return [...leaders].every(([shardId, set]) => set.size === 1 && leading.has(`${shardId}:${[...set][0]}`));
  }

  /** Polls healthy() until true or `timeoutMs` passes; resolves with the outcome. */
  async waitHealthy(timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (await this.healthy()) return true;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    return false;
  }

  /** Heals every link. */
  healNetwork(): void {
    for (const link of this.links) link.heal();
  }

  /** The last `lines` lines of a node's log. */
  logTail(id: number, lines = 30): string {
    try {
      return readFileSync(this.node(id).logPath, 'utf8').split('\n').slice(-lines - 1).join('\n');
    } catch {
      return '(no log)';
    }
  }

  /** Kills every process and closes every proxy. Safe to call twice. */
  async stopAll(): Promise<void> {
    await Promise.all(this.nodes.map((node) => this.kill(node.id)));
    await Promise.all(this.links.map((link) => link.stop()));
  }

  /** Synchronous last resort (process 'exit' handler): SIGKILL whatever still runs. */
  killAllNow(): void {
    for (const node of this.nodes) {
      if (node.child === null) continue;
      node.stopping = true;
      node.child.kill('SIGKILL');
    }
  }
}

/** The runner's environment without TESSERA_* settings (they would change every node), plus the failpoints and test mode. */
function nodeEnvironment(failpoints: readonly string[], trackSyncedLogLengths: boolean): NodeJS.ProcessEnv {
  const environment: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) if (!name.startsWith('TESSERA_')) environment[name] = value;
  if (failpoints.length > 0) environment.TESSERA_FAILPOINTS = failpoints.join(',');
  if (trackSyncedLogLengths) environment.TESSERA_STORAGE_TEST_MODE = 'track-synced';
  return environment;
}
