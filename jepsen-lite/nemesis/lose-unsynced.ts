import { cp, rm } from 'node:fs/promises';
import { NodeStorage } from '../../src/storage/index.js';
import { truncateUnsyncedLogTails, type TruncatedLog } from '../../src/storage/synced-log-lengths.js';
import type { JepsenCluster } from '../runner/cluster.js';
import { loggedError, waitForStatus } from './corrupt.js';
import { leaderOrRandomNode, type ActiveFault, type Nemesis, type NemesisContext } from './nemesis.js';

/** How long a node restarted after a simulated power cut may take to serve, in ms. */
const startWaitMs = 30_000;

/** One shard's state on disk: the Raft part must survive a power cut, the applied index may go back. */
interface ShardOnDisk {
  lastIndex: number;
  term: number;
  vote: number;
  applied: number;
}

/** What one simulated power cut did and how the node took it; collected in results.json. */
export interface PowerCutReaction {
  node: number;
  truncated: TruncatedLog[];
  /** Shards whose applied index went back (unsynced applies lost), as [before, after]. */
  appliedLost: Record<number, [number, number]>;
  /**
   * Shards whose Raft log or hard state on disk is older after the cut than at the kill: a synced
   * write was in flight (written, fsync not finished), so the node never relied on it; a power cut
   * may lose it. Informational: what the node did rely on is judged by the workload checkers.
   */
  raftInFlightLost: { shard: number; before: ShardOnDisk; after: ShardOnDisk | null }[];
  /** Why the cut directory did not open offline (it must). */
  offlineOpenError?: string;
  /** served: answered Admin Status after the restart; refused: exited before; unresponsive: neither in time. */
  reaction: 'served' | 'refused' | 'unresponsive';
  errorCode?: string;
  errorMessage?: string;
}

/**
 * Loss of unsynced writes, as a power cut does it (nodes run with TESSERA_STORAGE_TEST_MODE=
 * track-synced): kill -9 a random node or a shard leader (one time in six: every node at once),
 * cut each LevelDB log back to its synced length (src/storage/synced-log-lengths.ts), restart at
 * heal and watch until it serves. The node must come back with its synced Raft state whole and
 * re-apply what it lost from its log.
 */
export function loseUnsyncedNemesis(reactions: PowerCutReaction[]): Nemesis {
  return {
    name: 'lose-unsynced',
    async start(context: NemesisContext): Promise<ActiveFault> {
      const { cluster, random } = context;
      let targets: number[];
      let description: Record<string, unknown>;
      if (random.chance(1 / 6)) {
        targets = cluster.ids.filter((id) => cluster.isRunning(id));
        description = { target: 'all-nodes' };
      } else if (random.chance(0.5)) {
        const chosen = await leaderOrRandomNode(context);
        if (chosen === undefined) return { description: { skipped: 'no node responds' }, heal: async () => ({}) };
        targets = [chosen.node];
        description = { target: 'shard-leader', shard: chosen.shard, found: chosen.why };
      } else {
        const running = cluster.ids.filter((id) => cluster.isRunning(id));
        if (running.length === 0) return { description: { skipped: 'no node runs' }, heal: async () => ({}) };
        targets = [random.pick(running)];
        description = { target: 'random-node' };
      }
      await Promise.all(targets.map((id) => cluster.kill(id)));
      const cuts = await Promise.all(targets.map((node) => cutPowerOf(cluster, node)));
      return {
        description: { ...description, nodes: targets, cuts },
        heal: async () => {
          for (const node of targets) if (!cluster.isRunning(node)) cluster.launch(node);
          for (const cut of cuts) reactions.push({ ...cut, ...(await observe(cluster, cut.node)) });
          return { restarted: targets, reactions: reactions.slice(-cuts.length).map((item) => `${item.node}: ${item.reaction}`) };
        },
      };
    },
  };
}

async function cutPowerOf(cluster: JepsenCluster, node: number): Promise<Omit<PowerCutReaction, 'reaction'>> {
  const dataDir = cluster.node(node).dataDir;
  const before = await loadOnDisk(dataDir);
  const truncated = await truncateUnsyncedLogTails(dataDir);
  let after: Map<number, ShardOnDisk>;
  try {
    after = await loadOnDisk(dataDir);
  } catch (error) {
    return { node, truncated, appliedLost: {}, raftInFlightLost: [], offlineOpenError: String(error) };
  }
  const appliedLost: Record<number, [number, number]> = {};
  const raftInFlightLost: PowerCutReaction['raftInFlightLost'] = [];
  for (const [shard, was] of before) {
    const now = after.get(shard);
    if (now !== undefined && now.applied < was.applied) appliedLost[shard] = [was.applied, now.applied];
    if (now === undefined || now.lastIndex < was.lastIndex || now.term < was.term || (now.term === was.term && now.vote !== was.vote)) raftInFlightLost.push({ shard, before: was, after: now ?? null });
  }
  return { node, truncated, appliedLost, raftInFlightLost };
}

/** Every shard's state in a data directory, opened on a throwaway copy (so nothing is written to it). */
async function loadOnDisk(dataDir: string): Promise<Map<number, ShardOnDisk>> {
  const probe = `${dataDir}.probe`;
  await rm(probe, { recursive: true, force: true });
  await cp(dataDir, probe, { recursive: true });
  try {
    const storage = await NodeStorage.open({ location: probe, trackSyncedLogLengths: false });
    const states = new Map<number, ShardOnDisk>();
    for (const shard of storage.shardIds()) {
      const log = storage.logStorage(shard);
      const { hardState } = log.initialState();
      states.set(shard, { lastIndex: log.lastIndex(), term: hardState.term, vote: hardState.vote, applied: storage.appliedIndex(shard) });
    }
    await storage.close();
    return states;
  } finally {
    await rm(probe, { recursive: true, force: true });
  }
}

async function observe(cluster: JepsenCluster, node: number): Promise<Pick<PowerCutReaction, 'reaction' | 'errorCode' | 'errorMessage'>> {
  if (await waitForStatus(cluster, node, startWaitMs)) return { reaction: 'served' };
  if (cluster.isRunning(node)) return { reaction: 'unresponsive' };
  const ended = await cluster.node(node).exit;
  if (ended !== null) ended.cause = 'refused to start after a simulated power cut';
  return { reaction: 'refused', ...loggedError(cluster.logTail(node, 20)) };
}
