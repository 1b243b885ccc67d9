import type { JepsenCluster } from '../runner/cluster.js';
import type { SeededRandom } from '../runner/random.js';

/** What a nemesis may use. */
export interface NemesisContext {
  cluster: JepsenCluster;
  random: SeededRandom;
  /** A data shard the workload uses right now (a hot key's shard). */
  targetShard(): number;
}

/** A fault in place: what was done, and how to undo it. */
export interface ActiveFault {
  /** Every parameter of the fault, logged so the run can be understood and replayed. */
  description: Record<string, unknown>;
  /** Undoes the fault; resolves with what was observed while undoing it. */
  heal(): Promise<Record<string, unknown>>;
}

/** One kind of fault. `start` injects a fault chosen with the context's random source. */
export interface Nemesis {
  readonly name: string;
  start(context: NemesisContext): Promise<ActiveFault>;
}

/** A fault with nothing to undo. */
export function instantaneous(description: Record<string, unknown>): ActiveFault {
  return { description, heal: async () => ({}) };
}

/**
 * The leader of the context's target shard, or a random responsive node when no leader is known
 * (logged as such); undefined when no node responds.
 */
export async function leaderOrRandomNode(context: NemesisContext): Promise<{ node: number; shard: number; why: 'leader' | 'no-leader-known' } | undefined> {
  const shard = context.targetShard();
  const found = await context.cluster.leaderOf(shard);
  if (found !== undefined) return { node: found.leader, shard, why: 'leader' };
  const responsive = context.cluster.responsiveIds();
  return responsive.length === 0 ? undefined : { node: context.random.pick(responsive), shard, why: 'no-leader-known' };
}
