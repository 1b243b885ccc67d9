/**
 * The Raft core's data types. Plain data only: every type here maps one to one onto a message in
 * proto/raft.proto, so the transport and storage layers can convert without knowing Raft's logic.
 */

/** A node's identity in a Raft group. Branded so it cannot be mixed up with a shard id. Never 0. */
export type NodeId = number & { readonly __brand: 'NodeId' };
/** The id of a Raft group (a shard, or 0 for the meta group). Branded so it cannot be mixed up with a node id. */
export type ShardId = number & { readonly __brand: 'ShardId' };
/** A Raft term. Monotonic per node, starts at 0. */
export type Term = number;
/** A position in the replicated log. The first real entry has index 1; 0 means "none". */
export type LogIndex = number;

/** Casts a plain number to a NodeId after checking it is a positive safe integer. */
export function nodeId(value: number): NodeId {
  if (!Number.isSafeInteger(value) || value <= 0) throw new TypeError(`node id must be a positive integer, got ${value}`);
  return value as NodeId;
}

/** Casts a plain number to a ShardId after checking it is a non-negative safe integer. */
export function shardId(value: number): ShardId {
  if (!Number.isSafeInteger(value) || value < 0) throw new TypeError(`shard id must be a non-negative integer, got ${value}`);
  return value as ShardId;
}

/** "No node": no leader known, no vote cast. */
export const noNode = 0 as NodeId;

/** An entry's payload kind: application data, or an encoded ConfChange (see conf-change-codec.ts). */
export type EntryType = 'normal' | 'conf-change';

/** One replicated log entry. An empty normal entry is the no-op a new leader appends. */
export interface Entry {
  term: Term;
  index: LogIndex;
  type: EntryType;
  data: Uint8Array;
}

/** What must survive a crash for Raft to stay safe. Persisted before any message that depends on it leaves. */
export interface HardState {
  term: Term;
  /** Who this node voted for in `term`, or noNode. */
  vote: NodeId;
  /** The highest index known committed. Persisted so a restart does not re-apply from 0; may lag. */
  commit: LogIndex;
}

/**
 * The membership of a group. In a joint configuration `votersOutgoing` is non-empty and decisions
 * need a majority of both `voters` and `votersOutgoing`.
 */
export interface ConfState {
  voters: NodeId[];
  learners: NodeId[];
  /** Voters of the outgoing configuration while joint; empty otherwise. */
  votersOutgoing: NodeId[];
  /** Nodes that are voters in the outgoing config and will become learners when the joint config is left. */
  learnersNext: NodeId[];
  /** True when the joint configuration is left automatically once it is committed. */
  autoLeave: boolean;
}

/** Identifies the state a snapshot captures: everything up to and including `index`. */
export interface SnapshotMetadata {
  index: LogIndex;
  term: Term;
  confState: ConfState;
}

/**
 * A point-in-time image of a group's state machine. The core only looks at `metadata`; `data` is
 * opaque to it (Tessera's server streams the real state separately and may leave `data` empty).
 */
export interface Snapshot {
  metadata: SnapshotMetadata;
  data: Uint8Array;
}

/** The kinds of membership change a ConfChange may carry. */
export type ConfChangeType = 'add-node' | 'remove-node' | 'add-learner';

/** One membership change of one node. */
export interface ConfChangeSingle {
  type: ConfChangeType;
  nodeId: NodeId;
}

/**
 * How a ConfChange is carried out:
 * - 'auto': a single voter change is applied directly; anything else enters a joint config that is left automatically.
 * - 'joint-implicit': always enter a joint config, left automatically.
 * - 'joint-explicit': always enter a joint config; the application proposes an empty ConfChange to leave it.
 */
export type ConfChangeTransition = 'auto' | 'joint-implicit' | 'joint-explicit';

/** A membership change. An empty `changes` list means "leave the joint configuration". */
export interface ConfChange {
  transition: ConfChangeTransition;
  changes: ConfChangeSingle[];
  /** Opaque to the core; Tessera's server stores node addresses here. */
  context: Uint8Array;
}

/** Every message a Raft node sends to another. */
export type MessageType =
  | 'prevote'
  | 'prevote-response'
  | 'vote'
  | 'vote-response'
  | 'append'
  | 'append-response'
  | 'heartbeat'
  | 'heartbeat-response'
  | 'snapshot'
  | 'timeout-now'
  | 'read-index'
  | 'read-index-response';

/**
 * One Raft message. Flat like etcd's raftpb.Message so the wire mapping is one to one; fields a
 * type does not use are zero / empty.
 */
export interface Message {
  type: MessageType;
  to: NodeId;
  from: NodeId;
  /** The sender's term; for prevote, the term the sender would campaign in. */
  term: Term;
  /** append: term of the entry at `index`. vote/prevote: term of the candidate's last entry. append-response rejection: term of the follower's entry at `rejectHint` (fast backtracking). */
  logTerm: Term;
  /** append: index of the entry before `entries`. vote/prevote: candidate's last index. append-response: highest matching index (accept) or the rejected index (reject). read-index-response: the read index. */
  index: LogIndex;
  entries: Entry[];
  /** The sender's commit index (append, heartbeat). */
  commit: LogIndex;
  /** Present on 'snapshot' messages only. */
  snapshot: Snapshot | null;
  reject: boolean;
  /** append-response rejection: the follower's best guess of the last index that may match. */
  rejectHint: LogIndex;
  /** heartbeat / heartbeat-response / read-index: the ReadIndex request context being confirmed. */
  context: Uint8Array;
}

/** The role a node plays in its current term. */
export type Role = 'follower' | 'pre-candidate' | 'candidate' | 'leader';

/** Volatile state worth telling the caller about (not persisted). */
export interface SoftState {
  leader: NodeId;
  role: Role;
}

/** A read that may now be served: once the local applied index reaches `index`, the read sees every write acknowledged before it was requested. */
export interface ReadState {
  index: LogIndex;
  /** The context given to readIndex(), returned unchanged. */
  context: Uint8Array;
}

/**
 * The read-only view of durable storage the core reads its log from. Implementations must answer
 * synchronously (Tessera's storage keeps the uncompacted log in memory).
 *
 * Contract: entries in [firstIndex(), lastIndex()] are available; term(firstIndex() - 1) is
 * available too (it is the snapshot's or the compaction point's term).
 */
export interface LogStorage {
  /** The persisted hard state and membership at startup. */
  initialState(): { hardState: HardState; confState: ConfState };
  /** Entries in [low, high), at least one even if it exceeds maxBytes. Throws LogCompactedError below firstIndex(). */
  entries(low: LogIndex, high: LogIndex, maxBytes: number): Entry[];
  /** The term of the entry at `index`, valid for firstIndex()-1 ≤ index ≤ lastIndex(). Throws LogCompactedError below, LogUnavailableError above. */
  term(index: LogIndex): Term;
  /** The index of the first entry still in the log (compacted index + 1). */
  firstIndex(): LogIndex;
  /** The index of the last entry in the log. */
  lastIndex(): LogIndex;
  /** The most recent snapshot; throws SnapshotTemporarilyUnavailableError if one is being made. */
  snapshot(): Snapshot;
}

/** A random source supplied by the caller so the core stays deterministic: returns an integer in [0, bound). */
export type RandomIntFunction = (bound: number) => number;
