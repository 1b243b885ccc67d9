/**
 * Readies a running cluster for a node that comes back with older storage (tessctl snapshot restore).
 *
 * Why: a restored node has forgotten every log entry it acknowledged after the backup, but each
 * shard leader remembers how far the node's log matched and tells it to commit up to there; Raft
 * refuses that (the node's log is shorter than its commit index: a lost log), and the node cannot
 * catch up. A leader elected while the node is down starts from nothing for it instead: it probes
 * the node's real log end and sends what is missing (entries or a snapshot).
 *
 * So, with the node stopped, every shard it replicates gets a new leadership term among the other
 * replicas (a leader transfer), and the new leader must commit its first entry of that term. That
 * entry needs a quorum without the node, so afterwards every committed entry is on a quorum of
 * the other replicas, which the restored node's short log cannot outvote; and any vote the node
 * cast after the backup was in an older term, so it cannot vote twice in one term either.
 */
import { TesseraError } from '../client/index.js';
import type { tessera } from '../wire/proto.js';
import { adminCall, freshestShardMap } from './admin-calls.js';

/** A cluster member that answered, with its status. */
interface LiveNode {
  id: number;
  endpoint: string;
  status: tessera.kv.StatusResponse;
}

/** One shard that now leads in a term begun while the node was down. */
export interface FencedShard {
  shard: number;
  termBefore: number;
  term: number;
  leader: number;
}

/** Member `nodeId` and every member, from the newest description an endpoint holds; rejects when there is no such member. */
export async function findMember(endpoints: string[], nodeId: number, timeoutMs: number): Promise<{ clientAddress: string; members: tessera.kv.IMember[] }> {
  const members = (await freshestShardMap(endpoints, timeoutMs)).shardMap?.members ?? [];
  const member = members.find((candidate) => Number(candidate.id) === nodeId);
  if (member === undefined) throw new TesseraError('TESSERA_INVALID_ARGUMENT', `no member ${nodeId} (members: ${members.map((candidate) => Number(candidate.id)).join(', ')})`);
  if (!member.clientAddress) throw new TesseraError('TESSERA_UNAVAILABLE', `member ${nodeId} has no client address`);
  return { clientAddress: member.clientAddress, members };
}

/** The other members, after checking `nodeId` is a member that does not answer (it is stopped). */
export async function otherMembersOfStopped(endpoints: string[], nodeId: number, timeoutMs: number): Promise<tessera.kv.IMember[]> {
  const { clientAddress, members } = await findMember(endpoints, nodeId, timeoutMs);
  const answered = await adminCall(clientAddress, 'status', {}, Math.min(timeoutMs, 2000)).then(
    () => true,
    () => false,
  );
  if (answered) throw new TesseraError('TESSERA_INVALID_ARGUMENT', `node ${nodeId} is running (it answers at ${clientAddress}); stop it before restoring it`);
  return members.filter((candidate) => Number(candidate.id) !== nodeId);
}

async function liveNodes(members: tessera.kv.IMember[], timeoutMs: number): Promise<LiveNode[]> {
  const answers = await Promise.all(
    members.map((member) =>
      adminCall<tessera.kv.StatusResponse>(member.clientAddress ?? '', 'status', {}, timeoutMs).then(
        (status) => ({ id: Number(member.id), endpoint: member.clientAddress ?? '', status }),
        () => undefined,
      ),
    ),
  );
  return answers.filter((answer): answer is LiveNode => answer !== undefined);
}

/** The leader of `shard` with the highest term among the live nodes' own reports. */
function leaderOf(nodes: LiveNode[], shard: number): { node: LiveNode; view: tessera.kv.IShardStatus } | undefined {
  let best: { node: LiveNode; view: tessera.kv.IShardStatus } | undefined;
  for (const node of nodes) {
    const view = (node.status.shards ?? []).find((candidate) => Number(candidate.shardId ?? 0) === shard);
    if (view?.role === 'leader' && (best === undefined || Number(view.term) > Number(best.view.term))) best = { node, view };
  }
  return best;
}

/** The shards `nodeId` replicates (as seen by the live replicas), with the highest term each has now. */
function shardsOf(nodes: LiveNode[], nodeId: number): Map<number, number> {
  const terms = new Map<number, number>();
  for (const node of nodes) {
    for (const view of node.status.shards ?? []) {
      const members = [...(view.voters ?? []), ...(view.learners ?? [])].map(Number);
      if (!members.includes(nodeId)) continue;
      const shard = Number(view.shardId ?? 0);
      terms.set(shard, Math.max(terms.get(shard) ?? 0, Number(view.term ?? 0)));
    }
  }
  return terms;
}

/** Gives each shard of `nodeId` a new term led by another replica; resolves when every new leader has committed in it. */
export async function fenceStoppedNode(others: tessera.kv.IMember[], nodeId: number, options: { timeoutMs: number; deadlineMs: number }): Promise<FencedShard[]> {
  const deadline = Date.now() + options.deadlineMs;
  const termsBefore = shardsOf(await liveNodes(others, options.timeoutMs), nodeId);
  const firstLastIndex = new Map<number, number>();
  const nextTransferMs = new Map<number, number>();
  const fenced = new Map<number, FencedShard>();
  while (Date.now() < deadline) {
    const nodes = await liveNodes(others, options.timeoutMs);
    const live = new Set(nodes.map((node) => node.id));
    for (const [shard, termBefore] of termsBefore) {
      if (fenced.has(shard)) continue;
      const leader = leaderOf(nodes, shard);
      if (leader === undefined) continue;
      const term = Number(leader.view.term);
      if (term > termBefore) {
        if (!firstLastIndex.has(shard)) firstLastIndex.set(shard, Number(leader.view.lastIndex));
        if (Number(leader.view.commit) >= (firstLastIndex.get(shard) ?? Infinity)) fenced.set(shard, { shard, termBefore, term, leader: leader.node.id });
        continue;
      }
      if ((nextTransferMs.get(shard) ?? 0) > Date.now()) continue;
      const target = (leader.view.voters ?? []).map(Number).find((voter) => voter !== nodeId && voter !== leader.node.id && live.has(voter));
      if (target === undefined) throw new TesseraError('TESSERA_UNAVAILABLE', `shard ${shard}: no other live voter can take over its leadership while node ${nodeId} is down`);
      nextTransferMs.set(shard, Date.now() + 1000);
      await adminCall(leader.node.endpoint, 'transferLeader', { shardId: shard, toNode: target }, options.timeoutMs).catch(() => undefined);
    }
    if (fenced.size === termsBefore.size) return [...fenced.values()].sort((left, right) => left.shard - right.shard);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const pending = [...termsBefore.keys()].filter((shard) => !fenced.has(shard));
  throw new TesseraError('TESSERA_UNAVAILABLE', `shards ${pending.join(', ')} did not start a new term without node ${nodeId} within ${options.deadlineMs} ms (do they have a quorum without it?)`);
}
