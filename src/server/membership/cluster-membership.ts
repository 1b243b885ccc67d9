/**
 * This node's part in cluster membership: it keeps the cluster description read from its meta
 * replica, writes it through the meta group when it leads it (operator changes and placement),
 * carries targets out on the groups it leads (conf-reconciler.ts), creates and destroys its own
 * replicas as placement moves them, and runs the placement controller.
 */
import type { Logger } from 'pino';
import { ProposalDroppedError } from '../../raft/errors.js';
import type { ConfState, ShardId } from '../../raft/types.js';
import { nodeId as toNodeId, noNode, shardId as toShardId } from '../../raft/types.js';
import { TesseraError } from '../../routing/errors.js';
import type { NodeStorage } from '../../storage/index.js';
import { tessera } from '../../wire/proto.js';
import type { Replica } from '../replica.js';
import type { Store } from '../store.js';
import { clusterRecordKey, decodeDescription, encodeDescription, metaShardId, type ClusterDescription, type ObservedConf } from './cluster-description.js';
import { nextConfAction, type GroupTarget } from './conf-reconciler.js';
import { PlacementController } from './placement-controller.js';

/** Compare-and-set attempts of an operator's change before it gives up (placement writes at most once a second). */
const changeAttemptsMax = 5;

/** What membership needs from its node. */
export interface MembershipHost {
  nodeId: number;
  logger: Logger;
  storage: NodeStorage;
  store: Store;
  /** The description changed: peers' addresses may have. */
  descriptionChanged(description: ClusterDescription): void;
  localStatus(): tessera.kv.IStatusResponse;
}

/** Timings of membership work. */
export interface MembershipOptions {
  refreshMs: number;
  reconcileMs: number;
  placementMs: number;
  movesMax: number;
}

export class ClusterMembership {
  private value: ClusterDescription;
  /** The stored description's key version (0 = not stored yet). */
  private version = 0;
  /**
   * The key version each description object was read at: the CAS guard of a write is the version
   * of the description the write was computed FROM, never the newest one read since — a refresh
   * between a placement round's read and its write would otherwise let the write erase an
   * operator's change that committed meanwhile (found by jepsen-lite's membership nemesis).
   */
  private readonly versions = new WeakMap<ClusterDescription, number>();
  /** The meta group's applied index when the description was last read from it. */
  private readAt = -1;
  private timers: NodeJS.Timeout[] = [];
  private placing = false;
  private reconcileTicks = 0;
  /** The description under which every group led here was last found at its target. */
  private atTargetAt: ClusterDescription | null = null;
  private host: MembershipHost | null = null;
  private controller: PlacementController | null = null;

  constructor(initial: ClusterDescription) {
    this.value = initial;
  }

  /** The description this node acts on. */
  get description(): ClusterDescription {
    return this.value;
  }

  /** True once the description came from the meta group (not from flags or a join answer). */
  get stored(): boolean {
    return this.version > 0;
  }

  /** Uses `description` until the meta group provides one (a joining node's view from its join endpoint). */
  adopt(description: ClusterDescription): void {
    if (!this.stored) this.value = description;
  }

  /** Adopts the description the local meta replica holds, if any; true when there is one. */
  async load(storage: NodeStorage): Promise<boolean> {
    const stored = await storage.get(metaShardId, clusterRecordKey);
    this.readAt = storage.appliedIndex(metaShardId);
    if (stored.found !== true || stored.value === undefined || stored.value === null) return false;
    this.value = decodeDescription(stored.value);
    this.version = Number(stored.version ?? 0);
    this.versions.set(this.value, this.version);
    return true;
  }

  start(host: MembershipHost, options: MembershipOptions): void {
    this.host = host;
    this.controller = new PlacementController(
      {
        nodeId: host.nodeId,
        logger: host.logger,
        isMetaLeader: () => this.stored && this.metaReplica()?.role === 'leader',
        description: () => this.value,
        writeDescription: (next, base) => this.compareAndSet(next, base),
        localStatus: () => host.localStatus(),
        metaProgress: () => {
          const status = this.metaReplica()?.raw.status();
          return { commit: status?.hardState.commit ?? 0, match: new Map([...(status?.progress ?? [])].map(([id, progress]) => [id, progress.match])) };
        },
      },
      { intervalMs: options.placementMs, movesMax: options.movesMax, statusTimeoutMs: Math.max(500, options.placementMs) },
    );
    this.controller.start();
    this.timers.push(setInterval(() => void this.refresh(), options.refreshMs));
    this.timers.push(setInterval(() => this.reconcile(), options.reconcileMs));
  }

  stop(): void {
    for (const timer of this.timers) clearInterval(timer);
    this.timers = [];
    this.controller?.stop();
  }

  /**
   * Applies an operator's edit on the meta leader: a linearizable read of the newest description,
   * the edit, a compare-and-set write; read and edit again when another write (placement's) came
   * first. Throws NOT_LEADER (with the meta leader's hint) elsewhere.
   */
  async change(edit: (description: ClusterDescription) => ClusterDescription): Promise<ClusterDescription> {
    const host = this.requireHost();
    for (let attempt = 1; ; attempt += 1) {
      const meta = this.metaReplica();
      if (meta === undefined) throw new TesseraError('TESSERA_UNAVAILABLE', 'this node holds no meta replica yet');
      if (meta.role !== 'leader' || !this.stored) throw meta.notLeader();
      await this.appliedBarrier(meta);
      await this.load(host.storage);
      const base = this.value;
      const next = edit(base);
      if (next === base) return next;
      if (await this.compareAndSet(next, base)) return this.value;
      if (attempt >= changeAttemptsMax) throw new TesseraError('TESSERA_UNAVAILABLE', `the cluster description changed under ${attempt} attempts in a row; retry`);
    }
  }

  /**
   * Compare-and-set of the stored description: `next` replaces it only if it is still `base` (the
   * description `next` was computed from); false when another write came first (or leadership was lost).
   */
  async compareAndSet(next: ClusterDescription, base: ClusterDescription): Promise<boolean> {
    const host = this.requireHost();
    const meta = this.metaReplica();
    if (meta === undefined || meta.role !== 'leader') return false;
    // A description never read from the meta group (the founding one) is written only where none is stored.
    const compare = { key: clusterRecordKey, target: tessera.kv.Compare.Target.VERSION, version: this.versions.get(base) ?? 0 };
    const pending = meta.write({ cas: { compare, value: encodeDescription(next) } });
    host.store.scheduleTurn(meta);
    const result = await pending;
    // Writers are answered once their entry commits, before its apply batch lands: read the
    // description back only once local storage holds it (a lost leadership leaves it to refresh()).
    await this.appliedBarrier(meta).catch(() => undefined);
    await this.load(host.storage);
    host.descriptionChanged(this.value);
    return result.cas?.succeeded === true;
  }

  /** Resolves once the meta replica's local storage holds everything committed before the call (a linearizable read barrier). */
  private async appliedBarrier(meta: Replica): Promise<void> {
    const barrier = meta.readBarrier();
    this.requireHost().store.scheduleTurn(meta);
    await barrier;
  }

  /**
   * Re-reads the description when the meta group applied something since the last read (nothing
   * else changes it), then places replicas; the meta leader stores the founding description if it
   * is missing.
   */
  private async refresh(): Promise<void> {
    const host = this.host;
    const meta = this.metaReplica();
    if (host === null || meta === undefined) return;
    try {
      if (host.storage.appliedIndex(metaShardId) !== this.readAt && (await this.load(host.storage))) host.descriptionChanged(this.value);
      else if (!this.stored && meta.role === 'leader') await this.compareAndSet(this.value, this.value);
      await this.placeReplicas();
    } catch (error) {
      this.host?.logger.debug({ shard: metaShardId, err: error }, 'cluster description not refreshed');
    }
  }

  /** Creates the replicas placement put on this node and destroys those it moved away. */
  private async placeReplicas(): Promise<void> {
    const host = this.host;
    if (host === null || !this.stored || this.placing) return;
    this.placing = true;
    try {
      const self = host.nodeId;
      for (const shard of this.value.shardMap.shards) {
        const shardId = toShardId(shard.id);
        const observed = this.value.observed.get(shard.id);
        const wanted = shard.replicas.includes(self) || (observed !== undefined && memberOf(observed, self));
        const hosted = host.store.replicas.has(shardId);
        if (wanted && !hosted) await host.store.createReplica(shardId);
        // Only once the group itself reported a membership without this node (see cluster-description.ts).
        else if (!wanted && hosted && observed !== undefined) await host.store.destroyReplica(shardId, new TesseraError('TESSERA_NOT_LEADER', `shard ${shard.id} moved off node ${self}`, { shardId: shard.id }));
      }
    } finally {
      this.placing = false;
    }
  }

  /** One step toward its target on every group this node leads whose membership placement has seen. */
  private reconcile(): void {
    const host = this.host;
    if (host === null || !this.stored) return;
    // When every group led here was at its target and nothing changed, look again only now and then.
    this.reconcileTicks += 1;
    if (this.atTargetAt === this.value && this.reconcileTicks % 4 !== 0) return;
    let atTarget = true;
    for (const replica of host.store.replicas.values()) {
      if (replica.role !== 'leader') continue;
      const target = this.targetOf(replica.shardId);
      const status = replica.raw.status();
      const observed = this.value.observed.get(replica.shardId);
      // Act only on a target computed from this very membership: a leader with a stale view waits.
      if (target === undefined || observed === undefined || !sameMembership(observed, status.confState)) {
        atTarget = false;
        continue;
      }
      const match = new Map([...status.progress].map(([id, progress]) => [id as number, progress.match]));
      const action = nextConfAction({ self: host.nodeId, confState: status.confState, commit: status.hardState.commit, match }, target);
      if (action.kind !== 'none' || action.why !== 'membership matches the target') atTarget = false;
      if (action.kind !== 'none') host.store.wakeForWork(replica);
      try {
        if (action.kind === 'propose') {
          replica.raw.proposeConfChange(action.change);
          host.logger.info({ shard: replica.shardId, term: replica.term, change: action.why }, 'proposed a membership change');
        } else if (action.kind === 'transfer' && status.leadTransferee === noNode) {
          replica.raw.transferLeadership(toNodeId(action.to));
          host.logger.info({ shard: replica.shardId, term: replica.term, to: action.to }, 'handing leadership over before leaving the group');
        } else continue;
      } catch (error) {
        if (!(error instanceof ProposalDroppedError)) throw error;
        continue;
      }
      host.store.scheduleTurn(replica);
    }
    this.atTargetAt = atTarget ? this.value : null;
  }

  private targetOf(shardId: ShardId): GroupTarget | undefined {
    if (shardId === metaShardId) {
      const voters = this.value.metaVoters;
      return { voters, learners: this.value.members.map((member) => member.id).filter((id) => !voters.includes(id)) };
    }
    const shard = this.value.shardMap.shards.find((candidate) => candidate.id === shardId);
    return shard === undefined ? undefined : { voters: shard.replicas, learners: [] };
  }

  private metaReplica() {
    return this.host?.store.replicas.get(metaShardId);
  }

  private requireHost(): MembershipHost {
    if (this.host === null) throw new TesseraError('TESSERA_UNAVAILABLE', 'the node is starting');
    return this.host;
  }
}

function memberOf(observed: ObservedConf, id: number): boolean {
  return observed.voters.includes(id) || observed.learners.includes(id) || observed.outgoing.includes(id);
}

function sameMembership(observed: ObservedConf, confState: ConfState): boolean {
  const same = (left: readonly number[], right: readonly number[]): boolean => left.length === right.length && left.every((id) => right.includes(id));
  return same(observed.voters, confState.voters) && same(observed.learners, confState.learners) && same(observed.outgoing, confState.votersOutgoing);
}
