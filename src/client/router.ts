/**
 * The router: sends each request to the right node and retries until it has a definite answer or
 * the call's deadline passes. NOT_LEADER follows the hint, EPOCH_MISMATCH adopts the map the node
 * sent, an unreachable node sends the request to the shard's other replicas and refreshes the map;
 * every other retry waits a jittered, exponentially growing delay. A write keeps its session on
 * every attempt, and ends as OUTCOME_UNKNOWN when an attempt may have reached a node and no
 * definite answer followed.
 */
import type { ShardDescriptor } from '../routing/shard-map.js';
import { tessera } from '../wire/proto.js';
import { backoffDelayMs, sleep } from './backoff.js';
import { pickPowerOfTwo } from './balance.js';
import { errorFromWire, hasWireError, OutcomeUnknownError, TesseraError, TransportFailure } from './errors.js';
import type { Session } from './sessions.js';
import { Topology } from './topology.js';
import type { NodeTarget, Operation, Transport, WireResponse } from './transport.js';

/** How long an unreachable node is avoided by other requests, in ms. */
export const suspectMs = 1000;
/** Shortest time one attempt may take before the router tries elsewhere, in ms. */
export const attemptTimeoutMinMs = 250;
/** Least time between two map refreshes triggered in the background, in ms. */
export const refreshIntervalMinMs = 200;
/** NOT_LEADER hints followed in a row without a backoff (more means the hints go in circles). */
export const hintHopsMax = 3;
/** Time one GetShardMap call may take, in ms. */
export const fetchMapTimeoutMs = 1000;

/** The limits of one call: an absolute deadline and an optional abort signal. */
export interface Budget {
  deadlineAtMs: number;
  signal?: AbortSignal;
}

/** One request as the router sees it. */
export interface RoutedCall {
  operation: Operation;
  /** Route by key (the shard owning it), or to a fixed shard (scans). */
  route: { key: Uint8Array } | { shardId: number };
  /** Reads: the mode. Writes always go to the leader. */
  readMode: tessera.kv.ReadMode;
  /** Writes: the session kept across every attempt. */
  session?: Session;
  /** Builds the request message around the header of this attempt. */
  body(header: tessera.kv.IRequestHeader): object;
}

/** Options of a Router. */
export interface RouterOptions {
  transport: Transport;
  /** Addresses to fetch the first map from (and from again when no member answers). */
  seeds: string[];
  leaderCacheSize?: number;
  /** Random source in [0, 1): backoff jitter, replica choice. @defaultValue Math.random */
  random?: () => number;
}

interface AttemptState {
  attempt: number;
  hops: number;
  epochRetries: number;
  /** A write attempt may have reached a node without a definite answer. */
  possiblyApplied: boolean;
  lastServerError: TesseraError | undefined;
  lastFailure: unknown;
  /** Nodes that failed this call; tried again only when every replica has. Made on the first failure. */
  excluded: Set<number> | null;
}

/** Routes and retries requests; shared by every call of one client. */
export class Router {
  readonly topology: Topology;
  private readonly transport: Transport;
  private readonly seeds: string[];
  private readonly random: () => number;
  private readonly suspects = new Map<number, number>();
  private refreshing: Promise<void> | null = null;
  /** When the last background refresh started (they are rate-limited; refreshes a call waits for are not). */
  private lastRefreshAtMs = 0;
  /** Attempts sent, for tests and monitoring. */
  attempts = 0;

  constructor(options: RouterOptions) {
    this.transport = options.transport;
    this.seeds = [...options.seeds];
    this.random = options.random ?? Math.random;
    this.topology = new Topology(options.leaderCacheSize);
  }

  /** Fetches the shard map from any member or seed (one fetch at a time; callers share it). */
  refresh(budget: Budget): Promise<void> {
    this.refreshing ??= this.fetchMap(budget).finally(() => {
      this.refreshing = null;
    });
    return this.refreshing;
  }

  /** Sends `call` until it gets a definite answer; resolves with the response, or rejects with a TesseraError. */
  async execute<Response extends WireResponse>(call: RoutedCall, budget: Budget): Promise<Response> {
    const write = call.session !== undefined;
    const leaderOnly = write || call.readMode === tessera.kv.ReadMode.LINEARIZABLE;
    const state: AttemptState = { attempt: 0, hops: 0, epochRetries: 0, possiblyApplied: false, lastServerError: undefined, lastFailure: undefined, excluded: null };
    for (;;) {
      const stop = budget.signal?.aborted === true ? 'aborted' : Date.now() >= budget.deadlineAtMs ? 'deadline' : null;
      if (stop !== null) throw this.finalError(stop, write, state);
      if (this.topology.map === null) {
        await this.refresh(budget).catch((error: unknown) => (state.lastFailure = error));
        if (this.topology.map === null) await this.backoff(state, budget);
        continue;
      }
      const shard = this.resolveShard(call);
      const target = this.chooseTarget(shard, leaderOnly, state.excluded);
      const header: tessera.kv.IRequestHeader = {
        shardId: shard.id,
        epoch: this.topology.map.epoch,
        readMode: call.readMode,
        clientId: call.session?.clientId ?? 0,
        sequence: call.session?.sequence ?? 0,
      };
      let response: WireResponse;
      try {
        this.attempts += 1;
        response = await this.transport.send(target, { operation: call.operation, request: call.body(header) }, { deadlineAtMs: this.attemptDeadline(budget), signal: budget.signal });
      } catch (error) {
        const failure = error instanceof TransportFailure ? error : new TransportFailure('unreachable', true, String(error), { cause: error });
        if (failure.sent && write) state.possiblyApplied = true;
        state.lastFailure = failure;
        if (failure.reason === 'closed') throw this.finalError('closed', write, state);
        if (failure.reason === 'aborted') continue;
        this.onUnreachable(shard, target.nodeId, state);
        await this.backoff(state, budget);
        continue;
      }
      if (!hasWireError(response.error)) {
        if (leaderOnly && this.topology.leaders.peek(shard.id) !== target.nodeId) this.topology.leaders.set(shard.id, target.nodeId);
        return response as Response;
      }
      const error = errorFromWire(response.error);
      if (!error.retryable) throw error;
      state.lastServerError = error;
      const immediately = await this.onRetryable(error, response.error, shard, target, leaderOnly, state, budget);
      if (!immediately) await this.backoff(state, budget);
    }
  }

  /** Marks `nodeId` as suspect (other calls avoid it for a while). */
  markSuspect(nodeId: number): void {
    this.suspects.set(nodeId, Date.now() + suspectMs);
  }

  private isSuspect(nodeId: number): boolean {
    const until = this.suspects.get(nodeId);
    if (until === undefined) return false;
    if (until > Date.now()) return true;
    this.suspects.delete(nodeId);
    return false;
  }

  private resolveShard(call: RoutedCall): ShardDescriptor {
    if ('key' in call.route) return this.topology.shardForKey(call.route.key);
    const shard = this.topology.shardById(call.route.shardId);
    if (shard === undefined) throw new TesseraError('TESSERA_EPOCH_MISMATCH', `shard ${call.route.shardId} is not in the shard map any more; restart the scan`, { shardId: call.route.shardId });
    return shard;
  }

  /**
   * Leader-only requests go to the cached leader, else to some replica (which answers with a
   * hint). Other reads go to the less busy of two random replicas. Suspect and excluded nodes are
   * avoided while any other replica remains.
   */
  private chooseTarget(shard: ShardDescriptor, leaderOnly: boolean, excluded: Set<number> | null): NodeTarget {
    if (leaderOnly) {
      // The common case, without building candidate lists: the cached leader, healthy and not yet failed.
      const leader = this.topology.leaders.get(shard.id);
      if (leader !== undefined && excluded?.has(leader) !== true && !this.isSuspect(leader) && shard.replicas.includes(leader)) {
        const target = this.topology.target(leader);
        if (target !== undefined) return target;
      }
    }
    const known = shard.replicas.filter((id) => this.topology.address(id) !== undefined);
    if (known.length === 0) throw new TesseraError('TESSERA_INTERNAL', `the shard map names no reachable address for shard ${shard.id}`, { shardId: shard.id });
    if (excluded !== null && known.every((id) => excluded.has(id))) excluded.clear();
    const open = excluded === null ? known : known.filter((id) => !excluded.has(id));
    const healthy = open.filter((id) => !this.isSuspect(id));
    const candidates = healthy.length > 0 ? healthy : open;
    const target = (nodeId: number): NodeTarget => this.topology.target(nodeId) as NodeTarget;
    if (leaderOnly) {
      const leader = this.topology.leaders.get(shard.id);
      if (leader !== undefined && candidates.includes(leader)) return target(leader);
      return target(candidates[Math.floor(this.random() * candidates.length)]);
    }
    return target(pickPowerOfTwo(candidates, (id) => this.transport.outstanding(this.topology.address(id) as string), this.random));
  }

  private onUnreachable(shard: ShardDescriptor, nodeId: number, state: AttemptState): void {
    exclude(state, nodeId);
    this.markSuspect(nodeId);
    if (this.topology.leaders.get(shard.id) === nodeId) this.topology.leaders.delete(shard.id);
    this.refreshInBackground();
  }

  /** Acts on a retryable error; true when the next attempt may go at once (the error told where to go). */
  private async onRetryable(error: TesseraError, wire: tessera.kv.IError, shard: ShardDescriptor, target: NodeTarget, leaderOnly: boolean, state: AttemptState, budget: Budget): Promise<boolean> {
    const hint = error.leaderHint;
    const hintUsable = hint !== 0 && hint !== target.nodeId && this.topology.address(hint) !== undefined && shard.replicas.includes(hint);
    switch (error.code) {
      case 'TESSERA_NOT_LEADER':
        if (leaderOnly && hintUsable) {
          this.topology.leaders.set(shard.id, hint);
          state.excluded?.delete(hint);
          state.hops += 1;
          return state.hops <= hintHopsMax;
        }
        // No usable hint (an election is under way), or a follower read at a replica without a leader.
        if (this.topology.leaders.get(shard.id) === target.nodeId) this.topology.leaders.delete(shard.id);
        exclude(state, target.nodeId);
        this.refreshInBackground();
        return false;
      case 'TESSERA_EPOCH_MISMATCH':
        state.epochRetries += 1;
        if (wire.shardMap !== null && wire.shardMap !== undefined) this.topology.adopt(wire.shardMap, (id) => this.isSuspect(id));
        else await this.refresh(budget).catch((failure: unknown) => (state.lastFailure = failure));
        return state.epochRetries <= 1;
      default:
        // UNAVAILABLE, PROPOSAL_DROPPED: the shard is busy or electing; a hint still says where to go next.
        if (leaderOnly && hintUsable) this.topology.leaders.set(shard.id, hint);
        return false;
    }
  }

  /** Waits a full-jitter backoff, never past the deadline. */
  private async backoff(state: AttemptState, budget: Budget): Promise<void> {
    const delayMs = backoffDelayMs(state.attempt, this.random);
    state.attempt += 1;
    await sleep(Math.max(0, Math.min(delayMs, budget.deadlineAtMs - Date.now())), budget.signal);
  }

  /** One attempt gets half the remaining time (at least attemptTimeoutMinMs): a hung node leaves time to try another. */
  private attemptDeadline(budget: Budget): number {
    const now = Date.now();
    const remaining = budget.deadlineAtMs - now;
    return Math.min(budget.deadlineAtMs, now + Math.max(attemptTimeoutMinMs, remaining / 2));
  }

  /**
   * The error a call ends with when it stops before a definite answer. A write that may have
   * reached a node is OUTCOME_UNKNOWN; otherwise nothing was applied: the last refusal a node
   * sent, or DEADLINE_EXCEEDED / ABORTED.
   */
  private finalError(stop: 'aborted' | 'deadline' | 'closed', write: boolean, state: AttemptState): TesseraError {
    const cause = state.lastServerError ?? state.lastFailure;
    const shardId = state.lastServerError?.shardId;
    if (write && state.possiblyApplied) {
      const why = stop === 'aborted' ? 'the call was aborted' : stop === 'closed' ? 'the client was closed' : 'the deadline passed';
      return new OutcomeUnknownError(`${why} after the write was sent without a definite answer: it may or may not have been applied`, { cause, shardId });
    }
    if (stop === 'aborted') return new TesseraError('TESSERA_ABORTED', 'the call was aborted before it could complete; it was not applied', { cause, shardId });
    if (stop === 'closed') return new TesseraError('TESSERA_ABORTED', 'the client was closed; the call was not applied', { cause, shardId });
    if (state.lastServerError !== undefined) {
      const last = state.lastServerError;
      return new TesseraError(last.code, `the deadline passed; last answer: ${last.message}`, { leaderHint: last.leaderHint, shardId: last.shardId, epoch: last.epoch, limit: last.limit, cause: last });
    }
    return new TesseraError('TESSERA_DEADLINE_EXCEEDED', `the deadline passed before any node answered${state.lastFailure instanceof Error ? `: ${state.lastFailure.message}` : ''}`, { cause, shardId });
  }

  private refreshInBackground(): void {
    if (Date.now() - this.lastRefreshAtMs < refreshIntervalMinMs) return;
    this.lastRefreshAtMs = Date.now();
    void this.refresh({ deadlineAtMs: Date.now() + 2 * fetchMapTimeoutMs }).catch(() => undefined);
  }

  /** Asks members (healthy ones first) and then the seeds for the map; the first answer wins. */
  private async fetchMap(budget: Budget): Promise<void> {
    const members = this.topology.members();
    const healthy = members.filter(([id]) => !this.isSuspect(id)).map(([, address]) => address);
    const suspect = members.filter(([id]) => this.isSuspect(id)).map(([, address]) => address);
    const ordered = [...new Set([...healthy, ...this.seeds, ...suspect])];
    let lastError: unknown = new TesseraError('TESSERA_UNAVAILABLE', 'no endpoint to ask for the shard map');
    for (const address of ordered) {
      if (budget.signal?.aborted === true || Date.now() >= budget.deadlineAtMs) break;
      try {
        const response = await this.transport.fetchShardMap(address, { deadlineAtMs: Math.min(budget.deadlineAtMs, Date.now() + fetchMapTimeoutMs), signal: budget.signal });
        if (hasWireError(response.error)) {
          lastError = errorFromWire(response.error);
          continue;
        }
        if (response.shardMap !== null && response.shardMap !== undefined && this.topology.adopt(response.shardMap, (id) => this.isSuspect(id))) return;
        if (this.topology.map !== null && response.shardMap !== null && response.shardMap !== undefined) return; // An older map than ours: ours stands.
      } catch (error) {
        lastError = error;
      }
    }
    throw lastError instanceof TesseraError ? lastError : new TesseraError('TESSERA_UNAVAILABLE', `no endpoint answered with a shard map: ${String(lastError)}`, { cause: lastError });
  }
}

/** Keeps `nodeId` out of this call's next attempts. */
function exclude(state: AttemptState, nodeId: number): void {
  (state.excluded ??= new Set()).add(nodeId);
}
