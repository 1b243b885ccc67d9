import { ConfigError } from './errors.js';
import type { LogIndex, LogStorage, NodeId, RandomIntFunction } from './types.js';

/** Where the core's log lines go; the server passes a pino child logger carrying shard and node. */
export interface RaftLogger {
  debug(message: string, fields?: object): void;
  info(message: string, fields?: object): void;
  warn(message: string, fields?: object): void;
}

/** How the leader confirms it is still leader before serving a read. */
export type ReadMode = 'read-index' | 'lease';

/** Everything a RawNode needs. Optional fields take the defaults in `raftConfigDefaults`. */
export interface RaftConfig {
  /** This node's id in the group. Never 0, never reused for another node. */
  id: NodeId;
  /** The durable log, read synchronously. The caller writes it as each Ready asks. */
  storage: LogStorage;
  /** Randomness for election timeouts, supplied so the core stays deterministic under simulation. */
  randomInt: RandomIntFunction;
  /**
   * Ticks a follower waits without hearing from a leader before it campaigns; the actual timeout is
   * drawn from [electionTicks, 2 × electionTicks). Also the CheckQuorum window and the lease length.
   * Must exceed heartbeatTicks.
   */
  electionTicks?: number;
  /** Ticks between a leader's heartbeats. At least 1. */
  heartbeatTicks?: number;
  /** The last index the state machine had applied durably when this node restarted; 0 for a fresh node. */
  applied?: LogIndex;
  /** Upper bound of entry payload bytes in one append message (at least one entry is always sent). */
  maxSizePerMessageBytes?: number;
  /** Appends a leader may have outstanding to one follower in the replicate state. At least 1. */
  maxInflightMessages?: number;
  /** Payload bytes a leader may have outstanding to one follower; 0 means no byte limit. */
  maxInflightBytes?: number;
  /** Payload bytes of uncommitted entries a leader accepts before rejecting proposals; 0 means no limit. */
  maxUncommittedEntriesBytes?: number;
  /** Upper bound of committed entry bytes handed out in one Ready (at least one entry). */
  maxCommittedBytesPerReady?: number;
  /** A node first asks whether it could win before it raises its term, so a rejoining node cannot disrupt. */
  preVote?: boolean;
  /** A leader steps down when it has not heard from a quorum for an election timeout; followers in contact with a leader ignore campaigns. */
  checkQuorum?: boolean;
  /** 'lease' serves reads from a leader holding a quorum lease; it needs checkQuorum and falls back to 'read-index' without it. */
  readMode?: ReadMode;
  /** Ticks subtracted from the lease to absorb clock-rate drift between nodes. Less than electionTicks. */
  leaseDriftTicks?: number;
  /**
   * A leader tells followers a new commit index with the next proposal's appends, or after a tick
   * without one, instead of by an empty append in the next Ready: under steady writes it saves an
   * append and its answer per follower per write. Followers then apply up to a tick later.
   */
  lazyCommitBroadcast?: boolean;
  logger?: RaftLogger;
}

/** A RaftConfig with every default filled in. */
export type ResolvedRaftConfig = Required<RaftConfig>;

const silentLogger: RaftLogger = { debug() {}, info() {}, warn() {} };

/** The defaults for every optional field of RaftConfig. */
export const raftConfigDefaults = {
  electionTicks: 10,
  heartbeatTicks: 1,
  applied: 0,
  maxSizePerMessageBytes: 1024 * 1024,
  maxInflightMessages: 256,
  maxInflightBytes: 0,
  maxUncommittedEntriesBytes: 0,
  maxCommittedBytesPerReady: 16 * 1024 * 1024,
  preVote: true,
  checkQuorum: true,
  readMode: 'read-index' as ReadMode,
  leaseDriftTicks: 1,
  lazyCommitBroadcast: false,
  logger: silentLogger,
};

/** Fills defaults and checks every field, throwing one ConfigError that lists all violations. */
export function resolveRaftConfig(config: RaftConfig): ResolvedRaftConfig {
  const resolved = { ...raftConfigDefaults, ...stripUndefined(config) } as ResolvedRaftConfig;
  const violations: string[] = [];
  const positiveInteger = (name: keyof ResolvedRaftConfig, minimum: number) => {
    const value = resolved[name];
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < minimum) {
      violations.push(`${name} must be an integer ≥ ${minimum}, got ${String(value)}`);
    }
  };
  positiveInteger('id', 1);
  positiveInteger('electionTicks', 2);
  positiveInteger('heartbeatTicks', 1);
  positiveInteger('applied', 0);
  positiveInteger('maxSizePerMessageBytes', 1);
  positiveInteger('maxInflightMessages', 1);
  positiveInteger('maxInflightBytes', 0);
  positiveInteger('maxUncommittedEntriesBytes', 0);
  positiveInteger('maxCommittedBytesPerReady', 1);
  positiveInteger('leaseDriftTicks', 0);
  if (resolved.heartbeatTicks >= resolved.electionTicks) {
    violations.push(`electionTicks (${resolved.electionTicks}) must exceed heartbeatTicks (${resolved.heartbeatTicks})`);
  }
  if (resolved.leaseDriftTicks >= resolved.electionTicks) {
    violations.push(`leaseDriftTicks (${resolved.leaseDriftTicks}) must be below electionTicks (${resolved.electionTicks})`);
  }
  if (resolved.maxInflightBytes !== 0 && resolved.maxInflightBytes < resolved.maxSizePerMessageBytes) {
    violations.push('maxInflightBytes must be 0 (no limit) or at least maxSizePerMessageBytes');
  }
  if (resolved.readMode !== 'read-index' && resolved.readMode !== 'lease') {
    violations.push(`readMode must be 'read-index' or 'lease', got ${String(resolved.readMode)}`);
  }
  if (typeof resolved.randomInt !== 'function') violations.push('randomInt must be a function');
  if (resolved.storage === undefined || resolved.storage === null) violations.push('storage is required');
  if (violations.length > 0) throw new ConfigError(violations);
  return resolved;
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as Partial<T>;
}
