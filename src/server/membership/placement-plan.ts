/**
 * The placement controller's decisions, as a pure function of the cluster description and what
 * the groups reported: which joining members become active, where each shard's replicas should be,
 * which voters the meta group should have, which drained members leave, and which leaderships move.
 *
 * Targets only change for a settled shard (its real membership equals its target), so a shard moves
 * one replica at a time and every group's leader acts on a target its membership has caught up with.
 */
import { cloneDescription, type ClusterDescription, type ObservedConf } from './cluster-description.js';

/** What the controller knows besides the description. */
export interface PlacementInput {
  description: ClusterDescription;
  /** Shard id → the node leading it, as the groups reported. */
  leaders: ReadonlyMap<number, number>;
  /** True when a joining member's meta replica has caught up with the meta leader. */
  metaCaughtUp(nodeId: number): boolean;
  /** At most this many data shards may be moving (unsettled) at once. */
  movesMax: number;
  /** Members that answered this round; leaderships only move to them (default: every member). */
  live?: ReadonlySet<number>;
}

/** A leadership to move. */
export interface LeaderTransfer {
  shardId: number;
  from: number;
  to: number;
}

export interface PlacementDecision {
  description: ClusterDescription;
  changed: boolean;
  transfers: LeaderTransfer[];
  notes: string[];
}

/** The meta group's voter count for `active` active members: 5 from five members on, else 3, else all. */
export function metaVoterCount(active: number): number {
  if (active >= 5) return 5;
  if (active >= 3) return 3;
  return Math.max(1, active);
}

/** True when a group's reported membership equals `voters`, with no learner and no joint config. */
export function isSettled(observed: ObservedConf | undefined, voters: readonly number[]): boolean {
  return observed !== undefined && observed.learners.length === 0 && observed.outgoing.length === 0 && sameSet(observed.voters, voters);
}

/** Decides one round of placement. */
export function planPlacement(input: PlacementInput): PlacementDecision {
  const description = cloneDescription(input.description);
  const notes: string[] = [];
  for (const member of description.members) {
    if (member.state === 'joining' && input.metaCaughtUp(member.id)) {
      member.state = 'active';
      notes.push(`member ${member.id} caught up with the meta group: active`);
    }
  }
  const active = description.members.filter((member) => member.state === 'active').map((member) => member.id).sort((a, b) => a - b);
  planMetaVoters(description, active, notes);
  const moving = planDataReplicas(description, active, input.movesMax, notes);
  removeDrainedMembers(description, notes);
  const live = input.live;
  const transfers = moving === 0 ? planLeaderTransfers(description, live === undefined ? active : active.filter((id) => live.has(id)), input.leaders) : [];
  const changed = Buffer.compare(Buffer.from(encodeForCompare(description)), Buffer.from(encodeForCompare(input.description))) !== 0;
  return { description, changed, transfers, notes };
}

function planMetaVoters(description: ClusterDescription, active: number[], notes: string[]): void {
  // The meta group always has learners (every non-voting member): settled means its voters are the target's.
  const observed = description.observed.get(0);
  if (active.length === 0 || observed === undefined || observed.outgoing.length > 0 || !sameSet(observed.voters, description.metaVoters)) return;
  const desired = metaVoterCount(active.length);
  const activeSet = new Set(active);
  let voters = description.metaVoters.filter((id) => activeSet.has(id));
  if (voters.length > desired) voters = voters.slice(0, desired);
  for (const id of active) if (voters.length < desired && !voters.includes(id)) voters.push(id);
  voters.sort((a, b) => a - b);
  if (!sameSet(voters, description.metaVoters)) {
    notes.push(`meta voters [${description.metaVoters.join(',')}] → [${voters.join(',')}]`);
    description.metaVoters = voters;
  }
}

/** Moves replicas off non-active members, then evens replica counts; returns the shards still moving. */
function planDataReplicas(description: ClusterDescription, active: number[], movesMax: number, notes: string[]): number {
  const shards = description.shardMap.shards;
  const settled = new Set(shards.filter((shard) => isSettled(description.observed.get(shard.id), shard.replicas)).map((shard) => shard.id));
  let budget = movesMax - (shards.length - settled.size);
  if (active.length < description.replicaCount) return shards.length - settled.size;
  const counts = new Map(active.map((id) => [id, 0]));
  for (const shard of shards) for (const id of shard.replicas) if (counts.has(id)) counts.set(id, (counts.get(id) ?? 0) + 1);
  const leastLoaded = (exclude: readonly number[]): number | undefined =>
    active.filter((id) => !exclude.includes(id)).sort((a, b) => (counts.get(a) ?? 0) - (counts.get(b) ?? 0) || a - b)[0];
  const touched = new Set<number>();
  const move = (shardId: number, replicas: number[], from: number, to: number, why: string): void => {
    replicas[replicas.indexOf(from)] = to;
    replicas.sort((a, b) => a - b);
    counts.set(from, (counts.get(from) ?? 1) - 1);
    counts.set(to, (counts.get(to) ?? 0) + 1);
    touched.add(shardId);
    budget -= 1;
    notes.push(`shard ${shardId}: replica ${from} → ${to} (${why})`);
  };
  for (const shard of shards) {
    if (budget <= 0 || !settled.has(shard.id)) continue;
    for (const id of [...shard.replicas]) {
      if (budget <= 0 || counts.has(id)) continue;
      const to = leastLoaded(shard.replicas);
      if (to !== undefined) move(shard.id, shard.replicas, id, to, `member ${id} is not active`);
    }
  }
  while (budget > 0) {
    const byLoad = [...active].sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || a - b);
    const busiest = byLoad[0];
    const idlest = byLoad[byLoad.length - 1];
    if ((counts.get(busiest) ?? 0) - (counts.get(idlest) ?? 0) <= 1) break;
    const shard = shards.find((candidate) => settled.has(candidate.id) && !touched.has(candidate.id) && candidate.replicas.includes(busiest) && !candidate.replicas.includes(idlest));
    if (shard === undefined) break;
    move(shard.id, shard.replicas, busiest, idlest, 'balance');
  }
  return shards.length - settled.size + touched.size;
}

function removeDrainedMembers(description: ClusterDescription, notes: string[]): void {
  const referenced = new Set<number>(description.metaVoters);
  for (const shard of description.shardMap.shards) for (const id of shard.replicas) referenced.add(id);
  for (const [shardId, observed] of description.observed) {
    for (const id of [...observed.voters, ...observed.outgoing]) referenced.add(id);
    if (shardId !== 0) for (const id of observed.learners) referenced.add(id);
  }
  const before = description.members.length;
  description.members = description.members.filter((member) => member.state !== 'draining' || referenced.has(member.id));
  if (description.members.length < before) notes.push('removed drained members');
}

/** At most one leadership per round, from the node leading the most shards to a voter leading fewer. */
function planLeaderTransfers(description: ClusterDescription, active: number[], leaders: ReadonlyMap<number, number>): LeaderTransfer[] {
  if (active.length < 2) return [];
  const counts = new Map(active.map((id) => [id, 0]));
  for (const shard of description.shardMap.shards) {
    const leader = leaders.get(shard.id);
    if (leader !== undefined && counts.has(leader)) counts.set(leader, (counts.get(leader) ?? 0) + 1);
  }
  const byLoad = [...active].sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || a - b);
  const busiest = byLoad[0];
  for (const shard of description.shardMap.shards) {
    if (leaders.get(shard.id) !== busiest || !isSettled(description.observed.get(shard.id), shard.replicas)) continue;
    const to = shard.replicas.filter((id) => id !== busiest && (counts.get(id) ?? Infinity) + 1 < (counts.get(busiest) ?? 0)).sort((a, b) => (counts.get(a) ?? 0) - (counts.get(b) ?? 0) || a - b)[0];
    if (to !== undefined) return [{ shardId: shard.id, from: busiest, to }];
  }
  return [];
}

function encodeForCompare(description: ClusterDescription): Uint8Array {
  return new TextEncoder().encode(JSON.stringify({ ...description, observed: [...description.observed].sort((a, b) => a[0] - b[0]) }));
}

function sameSet(left: readonly number[], right: readonly number[]): boolean {
  if (left.length !== right.length) return false;
  const set = new Set(left);
  return right.every((id) => set.has(id));
}
