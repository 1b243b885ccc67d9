/**
 * The placement controller: runs on the meta group's leader (DESIGN.md "src/server/"). Each round
 * it asks every member for its groups' status, records each group's real membership in the
 * description, lets planPlacement decide, writes the new description through the meta group and
 * asks leaders to hand leaderships over. Group leaders carry the targets out (conf-reconciler.ts).
 */
import type { Logger } from 'pino';
import { AdminCallError, callAdmin } from '../../wire/admin-client.js';
import type { tessera } from '../../wire/proto.js';
import type { ClusterDescription, ObservedConf } from './cluster-description.js';
import { planPlacement } from './placement-plan.js';

/** Rounds that changed nothing before the controller slows down. */
const quietRoundsBeforeIdle = 3;
/** While idle, one round in this many timer ticks. */
const idleEvery = 5;

/** What the controller needs from its node. */
export interface PlacementHost {
  nodeId: number;
  logger: Logger;
  isMetaLeader(): boolean;
  description(): ClusterDescription;
  /** Writes `next` unless the stored description is no longer `base` (the one `next` was computed from); false when it is not. */
  writeDescription(next: ClusterDescription, base: ClusterDescription): Promise<boolean>;
  /** This node's own Status answer (no RPC to itself). */
  localStatus(): tessera.kv.IStatusResponse;
  /** The meta group's commit index and each member's match, as its leader knows them. */
  metaProgress(): { commit: number; match: ReadonlyMap<number, number> };
}

/** Settings of the controller. */
export interface PlacementOptions {
  intervalMs: number;
  /** Data shards allowed to move at once. */
  movesMax: number;
  statusTimeoutMs: number;
}

/** Runs placement rounds while this node leads the meta group. */
export class PlacementController {
  private timer: NodeJS.Timeout | null = null;
  private running = false;
  private ticks = 0;
  private quietRounds = 0;
  private lastSeen: ClusterDescription | null = null;

  constructor(
    private readonly host: PlacementHost,
    private readonly options: PlacementOptions,
  ) {}

  start(): void {
    this.timer = setInterval(() => void this.tick(), this.options.intervalMs);
  }

  stop(): void {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
  }

  private async tick(): Promise<void> {
    if (this.running || !this.host.isMetaLeader()) return;
    // An idle cluster needs no placement every second: after a few rounds that changed nothing,
    // run one in `idleEvery`, unless the description changed (an operator's request, a new leader).
    this.ticks += 1;
    const description = this.host.description();
    const idle = this.quietRounds >= quietRoundsBeforeIdle && description === this.lastSeen && this.ticks % idleEvery !== 0;
    if (idle) return;
    this.running = true;
    try {
      const acted = await this.round();
      this.quietRounds = acted ? 0 : this.quietRounds + 1;
      this.lastSeen = this.host.description();
    } catch (error) {
      this.host.logger.warn({ shard: 0, err: error }, 'placement round failed');
    } finally {
      this.running = false;
    }
  }

  /** One round: observe, plan, write, transfer; true when it changed something. */
  async round(): Promise<boolean> {
    const current = this.host.description();
    const reports = await this.collectReports(current);
    const observed = mergeObserved(current.observed, reports);
    const { commit, match } = this.host.metaProgress();
    const decision = planPlacement({
      description: { ...current, observed },
      leaders: leadersOf(reports),
      metaCaughtUp: (id) => (match.get(id) ?? 0) >= commit && commit > 0,
      movesMax: this.options.movesMax,
      live: new Set(reports.map((report) => Number(report.nodeId ?? 0))),
    });
    const observedChanged = observed !== current.observed;
    if (decision.changed || observedChanged) {
      const written = await this.host.writeDescription(decision.description, current);
      if (written && decision.notes.length > 0) this.host.logger.info({ shard: 0, notes: decision.notes }, 'placement changed the cluster description');
      if (!written) return true;
    }
    for (const transfer of decision.transfers) {
      const leader = current.members.find((member) => member.id === transfer.from);
      if (leader === undefined) continue;
      this.host.logger.info({ shard: transfer.shardId, from: transfer.from, to: transfer.to }, 'placement moves a leadership');
      await callAdmin(leader.clientAddress, 'transferLeader', { shardId: transfer.shardId, toNode: transfer.to }, this.options.statusTimeoutMs).catch(() => undefined);
    }
    return decision.changed || observedChanged || decision.transfers.length > 0;
  }

  private async collectReports(description: ClusterDescription): Promise<tessera.kv.IStatusResponse[]> {
    const others = description.members.filter((member) => member.id !== this.host.nodeId);
    const answers = await Promise.all(
      others.map((member) =>
        callAdmin<tessera.kv.StatusResponse>(member.clientAddress, 'status', {}, this.options.statusTimeoutMs).catch((error: unknown) => {
          if (!(error instanceof AdminCallError)) throw error;
          return undefined;
        }),
      ),
    );
    return [this.host.localStatus(), ...answers.filter((answer): answer is tessera.kv.StatusResponse => answer !== undefined)];
  }
}

/**
 * Each group's membership from the report taken at the highest applied index: committed entries
 * are the same on every replica, so that report is the newest. Returns `previous` itself when
 * nothing changed (no write needed).
 */
export function mergeObserved(previous: ReadonlyMap<number, ObservedConf>, reports: readonly tessera.kv.IStatusResponse[]): Map<number, ObservedConf> {
  const newest = new Map<number, ObservedConf>();
  for (const report of reports) {
    for (const shard of report.shards ?? []) {
      const shardId = Number(shard.shardId ?? 0);
      const applied = Number(shard.applied ?? 0);
      if (applied <= (newest.get(shardId)?.applied ?? 0)) continue;
      newest.set(shardId, { voters: sorted(shard.voters), learners: sorted(shard.learners), outgoing: sorted(shard.votersOutgoing), applied });
    }
  }
  let changed = false;
  const merged = new Map(previous);
  for (const [shardId, conf] of newest) {
    const known = previous.get(shardId);
    if (known !== undefined && (conf.applied <= known.applied || sameConf(conf, known))) continue;
    merged.set(shardId, conf);
    changed = true;
  }
  return changed ? merged : (previous as Map<number, ObservedConf>);
}

/** Shard id → leader, from the leaders' own reports (the highest term wins). */
export function leadersOf(reports: readonly tessera.kv.IStatusResponse[]): Map<number, number> {
  const best = new Map<number, { node: number; term: number }>();
  for (const report of reports) {
    for (const shard of report.shards ?? []) {
      if (shard.role !== 'leader') continue;
      const shardId = Number(shard.shardId ?? 0);
      const term = Number(shard.term ?? 0);
      if (term > (best.get(shardId)?.term ?? -1)) best.set(shardId, { node: Number(report.nodeId ?? 0), term });
    }
  }
  return new Map([...best].map(([shardId, { node }]) => [shardId, node]));
}

function sorted(values: readonly (number | { toString(): string })[] | null | undefined): number[] {
  return (values ?? []).map(Number).sort((a, b) => a - b);
}

function sameConf(left: ObservedConf, right: ObservedConf): boolean {
  const same = (a: number[], b: number[]): boolean => a.length === b.length && a.every((value, position) => value === b[position]);
  return same(left.voters, right.voters) && same(left.learners, right.learners) && same(left.outgoing, right.outgoing);
}
