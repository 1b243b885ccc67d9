import { newestByMetaApplied } from '../../src/cli/admin-calls.js';
import { callMetaLeader, membershipView, membershipViews, pollUntil, retireDeparted } from '../runner/cluster-membership.js';
import type { JepsenCluster } from '../runner/cluster.js';
import { planChurn } from './membership-plan.js';
import { instantaneous, type ActiveFault, type Nemesis, type NemesisContext } from './nemesis.js';

/** An acknowledged MemberAdd or MemberRemove that the cluster description later no longer shows. */
export interface LostMemberChange {
  change: 'remove';
  node: number;
  /** Wall-clock ms (as in the node logs) of the acknowledgement and of the view showing it undone. */
  acknowledgedAtMs: number;
  seenLostAtMs: number;
}

/** How long a removed member may take to drain, and a fresh one to become active, in ms. */
const drainWaitMs = 90_000;
const activeWaitMs = 90_000;
/** Consecutive polls (250 ms apart) on which a majority must show a removed member active before the removal counts as lost. */
const lostChangePolls = 4;

/**
 * Membership churn under load: one member leaves (Admin MemberRemove: it drains, its replicas move
 * away, it leaves, and its process is stopped once it hosts nothing) and a fresh node with a new
 * id and an empty data directory joins (MemberAdd, then `tessera start --join`), so the member
 * count is restored. Either the removal starts the fault and the join heals it, or (always when a
 * removal first would leave too few members) the join starts it and the removal heals it. At most
 * one churn is in flight (see planChurn). A heal that times out is logged; the next churn then
 * waits, and the recovery phase retires what has left by then.
 */
export function membershipNemesis(replicas: number, lostChanges: LostMemberChange[]): Nemesis {
  return {
    name: 'membership',
    async start(context: NemesisContext): Promise<ActiveFault> {
      const { cluster } = context;
      await retireDeparted(cluster, 5000);
      const view = await membershipView(cluster);
      if (view === undefined) return instantaneous({ skipped: 'no member answers GetShardMap' });
      const leader = (await cluster.leaderOf(context.targetShard()))?.leader;
      const plan = planChurn({ members: view.members, responsive: cluster.responsiveIds(), leader, replicas, leaving: cluster.leaving.size, balanced: view.balanced }, context.random);
      if ('skipped' in plan) return instantaneous({ skipped: plan.skipped, members: view.members });
      const before = view.members.map((member) => member.id);
      if (plan.order === 'remove-first') {
        const removal = await removeMember(cluster, plan.victim);
        return {
          description: { ...plan, members: before, removal },
          heal: async () => ({ drained: await drain(cluster, plan.victim, lostChanges), added: await addMember(cluster, true) }),
        };
      }
      const added = await addMember(cluster, false);
      return {
        description: { ...plan, members: before, added },
        heal: async () => {
          const active = typeof added.node === 'number' ? await waitActive(cluster, added.node) : false;
          const removal = await removeMember(cluster, plan.victim);
          return { newMemberActive: active, removal, drained: removal.startsWith('accepted') ? await drain(cluster, plan.victim, lostChanges) : false };
        },
      };
    },
  };
}

/** MemberRemove; 'accepted' or the reason it was refused. */
export async function removeMember(cluster: JepsenCluster, id: number): Promise<string> {
  try {
    await callMetaLeader(cluster, 'memberRemove', { id }, 10_000);
    cluster.leaving.add(id);
    return 'accepted';
  } catch (error) {
    // A call that timed out may still have been carried out.
    if ((await membershipView(cluster))?.members.some((member) => member.id === id && member.state === 'draining') === true) {
      cluster.leaving.add(id);
      return 'accepted (after an error)';
    }
    return `refused: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/**
 * Waits until `id` has left and stops its process; true when it did within the drain wait. A
 * member seen `active` again after its removal was acknowledged — by a majority of the responsive
 * members, on lostChangePolls polls in a row (one member's view may lag the stored description by
 * its refresh interval) — is a lost change: recorded, and no longer waited for.
 */
export async function drain(cluster: JepsenCluster, id: number, lostChanges: LostMemberChange[]): Promise<boolean> {
  const acknowledgedAtMs = Date.now();
  let lost = false;
  let activeStreak = 0;
  const left = await pollUntil(async () => {
    const views = await membershipViews(cluster);
    const active = views.filter((view) => view.members.some((member) => member.id === id && member.state === 'active')).length;
    activeStreak = views.length > 0 && active * 2 > views.length ? activeStreak + 1 : 0;
    lost = activeStreak >= lostChangePolls;
    const newest = newestByMetaApplied(views);
    return lost || (newest !== undefined && !newest.members.some((member) => member.id === id));
  }, drainWaitMs);
  if (lost) {
    cluster.leaving.delete(id);
    lostChanges.push({ change: 'remove', node: id, acknowledgedAtMs, seenLostAtMs: Date.now() });
    return false;
  }
  if (left) await retireDeparted(cluster);
  return left && !cluster.leaving.has(id);
}

/** A fresh node: MemberAdd with a new id, then started with --join; optionally waits until it is active. */
async function addMember(cluster: JepsenCluster, wait: boolean): Promise<{ node: number | null; answer: string; active?: boolean }> {
  const joinVia = cluster.responsiveIds()[0];
  if (joinVia === undefined) return { node: null, answer: 'no member responds' };
  const node = await cluster.addNode(cluster.node(joinVia).clientAddress);
  if (node === undefined) return { node: null, answer: 'no spare node id left (see --nemesis-interval and --time)' };
  try {
    await callMetaLeader(cluster, 'memberAdd', { id: node.id, peerAddress: `127.0.0.1:${node.peerPort}`, clientAddress: node.clientAddress }, 10_000);
  } catch (error) {
    // A call that timed out may still have been carried out: then the node must run.
    if ((await membershipView(cluster))?.members.some((member) => member.id === node.id) !== true) {
      await cluster.retire(node.id);
      return { node: node.id, answer: `refused: ${error instanceof Error ? error.message : String(error)}` };
    }
  }
  cluster.launch(node.id);
  return wait ? { node: node.id, answer: 'accepted', active: await waitActive(cluster, node.id) } : { node: node.id, answer: 'accepted' };
}

function waitActive(cluster: JepsenCluster, id: number): Promise<boolean> {
  return pollUntil(async () => (await membershipView(cluster))?.members.some((member) => member.id === id && member.state === 'active') === true, activeWaitMs);
}
