/**
 * `tessctl member add|remove|promote` and `tessctl rebalance`: the change goes to the meta group's
 * leader (found from any endpoint's NOT_LEADER hint); then, unless --detach, the command follows
 * placement until it has carried the change out, with a progress bar of settled shards.
 */
import process from 'node:process';
import { SingleBar } from 'cli-progress';
import { TesseraError } from '../client/index.js';
import type { tessera } from '../wire/proto.js';
import { adminCall, adminCallAny, freshestShardMap } from './admin-calls.js';
import { type Global, print, takeFlag, takeOption, UsageError } from './cli-common.js';

/** A member as tessctl shows it. */
export interface MemberView {
  id: number;
  clientAddress: string;
  peerAddress: string;
  role: string;
  state: string;
}

/** Placement's progress as the shard map shows it. */
export interface PlacementProgress {
  shards: number;
  /** Shards whose real voters equal their target, with no learner and no joint config. */
  settled: number;
  /** Replicas per active member (target placement). */
  replicasPerMember: Map<number, number>;
  members: MemberView[];
}

/** The members a shard map lists, as tessctl shows them. */
export function memberViews(map: tessera.kv.IShardMap): MemberView[] {
  return (map.members ?? []).map((member) => ({ id: Number(member.id), clientAddress: member.clientAddress ?? '', peerAddress: member.peerAddress ?? '', role: member.role ?? '', state: member.state || 'active' }));
}

/** Reads placement's progress from one shard map. */
export function placementProgress(map: tessera.kv.IShardMap): PlacementProgress {
  const ids = (values: readonly unknown[] | null | undefined): number[] => (values ?? []).map(Number).sort((a, b) => a - b);
  const members = memberViews(map);
  const replicasPerMember = new Map(members.filter((member) => member.state === 'active').map((member) => [member.id, 0]));
  let settled = 0;
  for (const shard of map.shards ?? []) {
    const target = ids(shard.targetReplicas);
    for (const id of target) replicasPerMember.set(id, (replicasPerMember.get(id) ?? 0) + 1);
    const voters = ids(shard.observedVoters);
    if (voters.join() === target.join() && (shard.observedLearners ?? []).length === 0 && (shard.observedOutgoing ?? []).length === 0) settled += 1;
  }
  return { shards: (map.shards ?? []).length, settled, replicasPerMember, members };
}

/** True when every shard is settled and active members hold replica counts within one of each other. */
export function isBalanced(progress: PlacementProgress): boolean {
  const counts = [...progress.replicasPerMember.values()];
  return progress.settled === progress.shards && (counts.length === 0 || Math.max(...counts) - Math.min(...counts) <= 1);
}

/** Calls `method` on the meta group's leader, following one NOT_LEADER hint from any endpoint. */
async function callMetaLeader<Response extends { error?: tessera.kv.IError | null }>(global: Global, method: 'memberAdd' | 'memberRemove' | 'memberPromote', request: object): Promise<Response> {
  const deadline = Date.now() + global.timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      return await adminCallAny<Response>(global.endpoints, method, request, global.timeoutMs);
    } catch (error) {
      lastError = error;
      if (!(error instanceof TesseraError) || (error.code !== 'TESSERA_NOT_LEADER' && error.code !== 'TESSERA_UNAVAILABLE')) throw error;
      const leader = error.leaderHint;
      if (leader !== undefined && leader !== 0) {
        const map = await shardMap(global);
        const address = (map.members ?? []).find((member) => Number(member.id) === leader)?.clientAddress;
        if (address) {
          try {
            return await adminCall<Response>(address, method, request, global.timeoutMs);
          } catch (retryError) {
            lastError = retryError;
            if (!(retryError instanceof TesseraError) || retryError.code !== 'TESSERA_NOT_LEADER') throw retryError;
          }
        }
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  throw lastError;
}

async function shardMap(global: Global): Promise<tessera.kv.IShardMap> {
  const response = await freshestShardMap(global.endpoints, global.timeoutMs);
  return response.shardMap ?? {};
}

/**
 * Follows placement until `done` holds for the shard map, drawing settled shards / total on a
 * TTY. Throws after `waitMs`.
 */
async function follow(global: Global, what: string, waitMs: number, done: (progress: PlacementProgress) => boolean): Promise<PlacementProgress> {
  const bar = process.stdout.isTTY && !global.json ? new SingleBar({ format: `${what} [{bar}] {value}/{total} shards settled | {detail}`, hideCursor: true }) : null;
  const deadline = Date.now() + waitMs;
  let started = false;
  try {
    for (;;) {
      const progress = placementProgress(await shardMap(global).catch(() => ({})));
      const detail = [...progress.replicasPerMember].map(([id, count]) => `${id}:${count}`).join(' ');
      if (bar !== null && progress.shards > 0) {
        if (!started) bar.start(progress.shards, progress.settled, { detail });
        else bar.update(progress.settled, { detail });
        started = true;
      }
      if (progress.shards > 0 && done(progress)) return progress;
      if (Date.now() > deadline) throw new TesseraError('TESSERA_DEADLINE_EXCEEDED', `${what}: not finished after ${Math.round(waitMs / 1000)} s (it goes on in the background; follow it with \`tessctl rebalance\`)`);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  } finally {
    if (started) bar?.stop();
  }
}

function memberId(text: string | undefined): number {
  const id = Number(text);
  if (text === undefined || !Number.isSafeInteger(id) || id <= 0) throw new UsageError(`--id must be a positive integer, got ${JSON.stringify(text ?? null)}`);
  return id;
}

function waitOption(args: string[]): { detach: boolean; waitMs: number } {
  const detach = takeFlag(args, '--detach');
  const waitText = takeOption(args, '--wait-timeout');
  const waitMs = waitText === undefined ? 600_000 : Number(waitText) * 1000;
  if (!Number.isFinite(waitMs) || waitMs <= 0) throw new UsageError(`--wait-timeout must be a positive number of seconds, got ${JSON.stringify(waitText)}`);
  return { detach, waitMs };
}

function report(global: Global, summary: object, line: string): void {
  print(global.json ? JSON.stringify(summary) : line);
}

/** `member add|remove|promote`. */
export async function memberChangeCommand(global: Global, sub: string, args: string[]): Promise<number> {
  const { detach, waitMs } = waitOption(args);
  const started = Date.now();
  if (sub === 'add') {
    const id = memberId(takeOption(args, '--id'));
    const peerAddress = takeOption(args, '--peer-addr');
    const clientAddress = takeOption(args, '--client-addr');
    if (peerAddress === undefined || clientAddress === undefined || args.length > 0) throw new UsageError('usage: tessctl member add --id ID --peer-addr HOST:PORT --client-addr HOST:PORT [--detach] [--wait-timeout S]');
    await callMetaLeader(global, 'memberAdd', { id, peerAddress, clientAddress });
    if (!global.json) print(`member ${id} added; start it with: tessera start --id ${id} --peer-addr ${peerAddress} --client-addr ${clientAddress} --join ${global.endpoints[0]} --data DIR`);
    if (detach) return 0;
    const progress = await follow(global, `placing replicas on member ${id}`, waitMs, (now) => now.members.some((member) => member.id === id && member.state === 'active') && isBalanced(now));
    report(global, { member: id, added: true, seconds: (Date.now() - started) / 1000, replicas: Object.fromEntries(progress.replicasPerMember) }, `member ${id} is active and placement is balanced after ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return 0;
  }
  const id = memberId(takeOption(args, '--id') ?? args.shift());
  if (args.length > 0) throw new UsageError(`usage: tessctl member ${sub} ID [--detach] [--wait-timeout S]`);
  if (sub === 'promote') {
    await callMetaLeader(global, 'memberPromote', { id });
    report(global, { member: id, promoted: true }, `member ${id} is active: placement now puts replicas on it`);
    return 0;
  }
  await callMetaLeader(global, 'memberRemove', { id });
  if (!global.json && detach) print(`member ${id} is draining: its replicas move away, then it leaves the cluster`);
  if (detach) return 0;
  await follow(global, `draining member ${id}`, waitMs, (now) => !now.members.some((member) => member.id === id));
  report(global, { member: id, removed: true, seconds: (Date.now() - started) / 1000 }, `member ${id} drained and removed after ${((Date.now() - started) / 1000).toFixed(1)} s; its process can be stopped`);
  return 0;
}

/** `rebalance`: waits until placement is balanced (placement runs by itself; this shows it). */
export async function rebalanceCommand(global: Global, args: string[]): Promise<number> {
  const { detach, waitMs } = waitOption(args);
  if (args.length > 0) throw new UsageError('usage: tessctl rebalance [--detach] [--wait-timeout S]');
  const started = Date.now();
  const progress = detach ? placementProgress(await shardMap(global)) : await follow(global, 'rebalancing', waitMs, isBalanced);
  const counts = Object.fromEntries(progress.replicasPerMember);
  report(global, { balanced: isBalanced(progress), settled: progress.settled, shards: progress.shards, replicas: counts, seconds: (Date.now() - started) / 1000 }, `${isBalanced(progress) ? 'balanced' : 'moving'}: ${progress.settled}/${progress.shards} shards settled; replicas per member ${JSON.stringify(counts)}`);
  return 0;
}
