import { cp, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { NodeStorage } from '../../src/storage/index.js';
import type { JepsenCluster } from '../runner/cluster.js';
import type { ActiveFault, Nemesis, NemesisContext } from './nemesis.js';

/** Bytes flipped per corruption. */
const flipsPerFault = 8;
/** How long a restarted corrupt node may take to either serve or exit, in ms. */
const startWaitMs = 30_000;
/** How long a node that serves damaged data is then watched for a crash, in ms. */
const crashWatchMs = 4000;

/** What a node did after bytes of its data were flipped; collected in results.json. */
export interface CorruptionReaction {
  node: number;
  file: string;
  offsets: number[];
  /**
   * refused: exited before serving; crashed: served, then exited by itself; running: serves;
   * unresponsive: neither served nor exited within the start wait.
   */
  reaction: 'refused' | 'crashed' | 'running' | 'unresponsive';
  exitCode?: number | null;
  /** The error code and message the node logged when it stopped (TESSERA_STORAGE_CORRUPT expected). */
  errorCode?: string;
  errorMessage?: string;
  /** What opening the damaged directory offline gave: 'opened', or the error it refused with. */
  offlineOpen: 'opened' | { errorCode: string; errorMessage: string };
  /** Shards whose durable Raft state the damaged copy opens with older than the undamaged one: silently lost entries, term or vote. */
  rollback: { shard: number; before: ShardDurableState; after: ShardDurableState | null }[];
}

/**
 * Corruption: kill -9 a node, flip bytes in one of its LevelDB files (a table or the write-ahead
 * log), restart it and watch until it serves or exits. The node must refuse the damaged data with a typed error, never
 * serve it. A node that refused before serving is given back its undamaged copy at heal (saved
 * before the flip, so nothing it acknowledged is lost); a node that served keeps its damaged data.
 * The damaged directory is also opened offline and compared with the undamaged one: a shard whose
 * durable Raft state went backwards (LevelDB drops a damaged write-ahead-log block silently unless
 * paranoid checks are on) is reported as a rollback.
 */
export function corruptNemesis(reactions: CorruptionReaction[]): Nemesis {
  return {
    name: 'corrupt',
    async start(context: NemesisContext): Promise<ActiveFault> {
      const { cluster, random } = context;
      const running = cluster.ids.filter((id) => cluster.isRunning(id) && !cluster.node(id).paused);
      if (running.length === 0) return { description: { skipped: 'no node runs' }, heal: async () => ({}) };
      const node = random.pick(running);
      await cluster.kill(node);
      const dataDir = cluster.node(node).dataDir;
      const pristine = `${dataDir}.pristine`;
      await rm(pristine, { recursive: true, force: true });
      await cp(dataDir, pristine, { recursive: true });
      const before = await loadDurableState(pristine);
      const files = (await readdir(dataDir)).filter((name) => name.endsWith('.ldb') || name.endsWith('.log'));
      const sized = await Promise.all(files.map(async (name) => ({ name, size: (await stat(join(dataDir, name))).size })));
      const candidates = sized.filter((file) => file.size > 0);
      if (candidates.length === 0) {
        cluster.launch(node);
        return { description: { node, skipped: 'no table or log file with data' }, heal: async () => ({}) };
      }
      const file = random.pick(candidates);
      const bytes = await readFile(join(dataDir, file.name));
      const offsets = Array.from({ length: flipsPerFault }, () => random.int(bytes.length)).sort((a, b) => a - b);
      for (const offset of offsets) bytes[offset] ^= 1 << random.int(8);
      await writeFile(join(dataDir, file.name), bytes);
      const offline = await loadDurableState(dataDir);
      cluster.launch(node);
      const observed = await observe(cluster, node);
      const reaction: CorruptionReaction = {
        node,
        file: file.name,
        offsets,
        ...observed,
        offlineOpen: offline instanceof Map ? 'opened' : offline,
        rollback: before instanceof Map && offline instanceof Map ? rollbacks(before, offline) : [],
      };
      reactions.push(reaction);
      return {
        description: { node, file: file.name, fileBytes: file.size, offsets, reaction: reaction.reaction, errorCode: reaction.errorCode, offlineOpen: reaction.offlineOpen, rollback: reaction.rollback },
        heal: async () => {
          if (reaction.reaction !== 'refused') {
            // It served with the damaged data: handing it the old copy now would make it forget
            // what it acknowledged since, a fault of our own making. It keeps its damaged data.
            await rm(pristine, { recursive: true, force: true });
            if (!cluster.isRunning(node)) cluster.launch(node);
            return { node, kept: 'damaged data (the node had served with it)' };
          }
          await rm(dataDir, { recursive: true, force: true });
          await rename(pristine, dataDir);
          cluster.launch(node);
          return { node, restored: 'undamaged copy', restarted: true };
        },
      };
    },
  };
}

/**
 * Watches the restarted node: it either exits before it serves (refused), or answers Admin Status
 * (it serves) and is then watched a little longer for a crash. Start-up can be slow on a loaded
 * machine, so the wait for either is long.
 */
async function observe(cluster: JepsenCluster, node: number): Promise<Pick<CorruptionReaction, 'reaction' | 'exitCode' | 'errorCode' | 'errorMessage'>> {
  const exit = cluster.node(node).exit;
  const served = await waitForStatus(cluster, node, startWaitMs);
  if (!served && cluster.isRunning(node)) return { reaction: 'unresponsive' };
  if (served) {
    const outcome = await Promise.race([exit, new Promise<'running'>((resolve) => setTimeout(() => resolve('running'), crashWatchMs).unref())]);
    if (outcome === 'running' || outcome === null) return { reaction: 'running' };
  }
  const ended = await exit;
  if (ended !== null) ended.cause = served ? 'crashed on damaged data' : 'refused damaged data';
  return { reaction: served ? 'crashed' : 'refused', exitCode: ended?.code ?? null, ...loggedError(cluster.logTail(node, 20)) };
}

/** Durable Raft state of one shard as a node would load it. */
interface ShardDurableState {
  lastIndex: number;
  term: number;
  vote: number;
  commit: number;
}

/**
 * Every shard's durable Raft state in a data directory, as NodeStorage.open loads it (opened on a
 * throwaway copy, so the directory itself is untouched); the error code when it refuses to open.
 */
async function loadDurableState(dataDir: string): Promise<Map<number, ShardDurableState> | { errorCode: string; errorMessage: string }> {
  const probe = `${dataDir}.probe`;
  await rm(probe, { recursive: true, force: true });
  await cp(dataDir, probe, { recursive: true });
  try {
    const storage = await NodeStorage.open({ location: probe });
    const states = new Map<number, ShardDurableState>();
    for (const shard of storage.shardIds()) {
      const log = storage.logStorage(shard);
      const { hardState } = log.initialState();
      states.set(shard, { lastIndex: log.lastIndex(), term: hardState.term, vote: hardState.vote, commit: hardState.commit });
    }
    await storage.close();
    return states;
  } catch (error) {
    return { errorCode: (error as { code?: string }).code ?? '(none)', errorMessage: error instanceof Error ? error.message : String(error) };
  } finally {
    await rm(probe, { recursive: true, force: true });
  }
}

/** Shards whose durable state went backwards (entries, term or vote lost) from `before` to `after`. */
function rollbacks(before: Map<number, ShardDurableState>, after: Map<number, ShardDurableState>): CorruptionReaction['rollback'] {
  const found: CorruptionReaction['rollback'] = [];
  for (const [shard, was] of before) {
    const now = after.get(shard);
    if (now === undefined) found.push({ shard, before: was, after: null });
    // Log entries, term and vote are synced before anything depends on them; the commit index may lag on disk.
    else if (now.lastIndex < was.lastIndex || now.term < was.term || (now.term === was.term && now.vote !== was.vote)) found.push({ shard, before: was, after: now });
  }
  return found;
}

/** True once the node answers Admin Status (it started serving); false if it stops or the time runs out. */
export async function waitForStatus(cluster: JepsenCluster, node: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && cluster.isRunning(node)) {
    if ((await cluster.status(node, 500).catch(() => undefined)) !== undefined) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return false;
}
/** The code and message of the last error a node logged (pino JSON lines). */
export function loggedError(tail: string): { errorCode?: string; errorMessage?: string } {
  for (const line of tail.split('\n').reverse()) {
    try {
      const record = JSON.parse(line) as { err?: { code?: string; message?: string } };
      if (record.err !== undefined) return { errorCode: record.err.code ?? '(none)', errorMessage: record.err.message };
    } catch {
      // Not a JSON log line (e.g. a stack trace printed by Node).
    }
  }
  return {};
}
