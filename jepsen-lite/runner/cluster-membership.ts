/**
 * Membership calls on the runner's cluster (the membership nemesis and the recovery phase): the
 * meta leader's MemberAdd / MemberRemove, the members and placement as the shard map shows them,
 * and stopping nodes once they have left.
 */
import { TesseraError } from '../../src/client/index.js';
import { adminCall, newestByMetaApplied } from '../../src/cli/admin-calls.js';
import { isBalanced, placementProgress } from '../../src/cli/membership-commands.js';
import type { tessera } from '../../src/wire/proto.js';
import type { JepsenCluster } from './cluster.js';

/** A member as the shard map shows it. */
export interface MemberView {
  id: number;
  /** joining | active | draining */
  state: string;
}

/** The members and whether placement has settled (every shard at its target, replicas balanced). */
export interface MembershipView {
  members: MemberView[];
  balanced: boolean;
  /** The meta group's applied index behind this view: the higher, the newer the description. */
  metaApplied: number;
}

/**
 * Calls a membership method on the meta group's leader: tries the responsive members, following a
 * NOT_LEADER hint, until one accepts or `timeoutMs` passes. Other typed errors (a refused
 * removal) are thrown at once.
 */
export async function callMetaLeader(cluster: JepsenCluster, method: 'memberAdd' | 'memberRemove', request: object, timeoutMs: number): Promise<tessera.kv.MemberChangeResponse> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown = new Error('no member responds');
  while (Date.now() < deadline) {
    for (const id of cluster.responsiveIds()) {
      try {
        return await adminCall<tessera.kv.MemberChangeResponse>(cluster.node(id).clientAddress, method, request, 2000);
      } catch (error) {
        lastError = error;
        if (!(error instanceof TesseraError) || (error.code !== 'TESSERA_NOT_LEADER' && error.code !== 'TESSERA_UNAVAILABLE')) throw error;
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw lastError;
}

/**
 * The members and placement as the newest shard map among the responsive members shows them;
 * undefined if none answers. Not the first member's: a member drained out of the meta group is
 * never told the entries after its removal, so its own view says `draining` for good.
 */
export async function membershipView(cluster: JepsenCluster): Promise<MembershipView | undefined> {
  return newestByMetaApplied(await membershipViews(cluster));
}

/**
 * Every responsive member's view. A member's view is its local copy of the cluster description,
 * refreshed a few hundred ms after a change: one view may be stale, a majority showing the same
 * thing on several polls in a row is what the cluster holds.
 */
export async function membershipViews(cluster: JepsenCluster): Promise<MembershipView[]> {
  const views = await Promise.all(cluster.responsiveIds().map((id) => viewOf(cluster, id)));
  return views.filter((view): view is MembershipView => view !== undefined);
}

async function viewOf(cluster: JepsenCluster, id: number): Promise<MembershipView | undefined> {
  const response = await adminCall<tessera.kv.ShardMapResponse>(cluster.node(id).clientAddress, 'getShardMap', {}, 1000).catch(() => undefined);
  const map = response?.shardMap;
  if (map === null || map === undefined) return undefined;
  const progress = placementProgress(map);
  return { members: progress.members.map((member) => ({ id: member.id, state: member.state })), balanced: progress.shards > 0 && isBalanced(progress), metaApplied: Number(response?.metaApplied ?? 0) };
}

/** Polls `condition` every 250 ms until it holds (true) or `timeoutMs` passes (false). */
export async function pollUntil(condition: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await condition()) return true;
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/**
 * Stops the nodes being removed (cluster.leaving) that have left the cluster (no longer in the
 * shard map's members) once they host no replica any more (or `hostWaitMs` passed). Resolves with
 * the ids retired.
 */
export async function retireDeparted(cluster: JepsenCluster, hostWaitMs = 20_000): Promise<number[]> {
  const view = await membershipView(cluster);
  if (view === undefined) return [];
  const departed = [...cluster.leaving].filter((id) => !view.members.some((member) => member.id === id));
  for (const id of departed) {
    await pollUntil(async () => {
      if (!cluster.isRunning(id)) return true;
      const status = await cluster.status(id, 1000).catch(() => undefined);
      return status !== undefined && (status.shards ?? []).length === 0;
    }, hostWaitMs);
    await cluster.retire(id);
    cluster.leaving.delete(id);
  }
  return departed;
}
