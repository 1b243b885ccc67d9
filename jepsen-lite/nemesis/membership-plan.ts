import type { MemberView } from '../runner/cluster-membership.js';
import type { SeededRandom } from '../runner/random.js';

/** What one membership churn does: which member leaves, and whether it leaves before or after a fresh node joins. */
export type ChurnPlan =
  | { order: 'remove-first' | 'add-first'; victim: number; victimKind: 'leader' | 'random' }
  | { skipped: string };

/** What the plan is drawn from. */
export interface ChurnInput {
  /** The members as the shard map shows them. */
  members: readonly MemberView[];
  /** Nodes that answer now. */
  responsive: readonly number[];
  /** A node leading a shard in use, when known. */
  leader: number | undefined;
  /** Replicas per shard: a removal that would leave fewer active members is refused by Tessera. */
  replicas: number;
  /** Members asked to leave that have not left yet. */
  leaving: number;
  /** Placement has settled (no replica moving for an earlier churn). */
  balanced: boolean;
}

/** Fewest active members the churn ever leaves: 3 voters, and room for every shard's replicas. */
export function activeMembersMin(replicas: number): number {
  return Math.max(3, replicas);
}

/**
 * Plans one churn. At most one churn is in flight: while a member is joining, draining or leaving
 * (or placement still moves replicas for one) the churn is skipped. Removing first is only drawn
 * when the members left still reach activeMembersMin; otherwise the fresh node joins first. The
 * victim is the shard leader half the time (when it answers), else a random responsive member.
 */
export function planChurn(input: ChurnInput, random: SeededRandom): ChurnPlan {
  if (input.leaving > 0) return { skipped: 'a removed member has not left yet' };
  const unsettled = input.members.filter((member) => member.state !== 'active');
  if (unsettled.length > 0) return { skipped: `members not active yet: ${unsettled.map((member) => `${member.id} ${member.state}`).join(', ')}` };
  if (!input.balanced) return { skipped: 'placement is still moving replicas' };
  const active = input.members.map((member) => member.id);
  const candidates = active.filter((id) => input.responsive.includes(id));
  if (candidates.length === 0) return { skipped: 'no active member responds' };
  const removeFirstAllowed = active.length - 1 >= activeMembersMin(input.replicas);
  const order = removeFirstAllowed && random.chance(0.5) ? 'remove-first' : 'add-first';
  if (input.leader !== undefined && candidates.includes(input.leader) && random.chance(0.5)) return { order, victim: input.leader, victimKind: 'leader' };
  return { order, victim: random.pick(candidates), victimKind: 'random' };
}
