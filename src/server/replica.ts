import type { RaftLogger } from '../raft/config.js';
import { NotLeaderError, ProposalDroppedError, RaftError } from '../raft/errors.js';
import type { Ready } from '../raft/ready.js';
import { RawNode } from '../raft/raw-node.js';
import type { Entry, LogIndex, NodeId, Role, ShardId, Term } from '../raft/types.js';
import { noNode } from '../raft/types.js';
import { TesseraError } from '../routing/errors.js';
import type { NodeStorage } from '../storage/index.js';
import protobuf from 'protobufjs/minimal.js';
import { tessera } from '../wire/proto.js';
import { ackBeforeCommit, acknowledgeBeforeCommit } from './failpoints.js';
import type { QuietState } from './quiescence.js';

/** How a replica's Raft group is tuned (from the node config). */
export interface ReplicaOptions {
  electionTicks: number;
  heartbeatTicks: number;
  /** Payload bytes of one proposal batch (one log entry) at most. */
  proposalBytesMax: number;
  /** Uncommitted bytes a leader accepts before rejecting proposals (backpressure). */
  uncommittedBytesMax: number;
}

/** A client write waiting to be proposed, then committed and applied. */
interface PendingWrite {
  /** The encoded Command: encoded once, both to size batches and to build the CommandBatch. */
  encoded: Uint8Array;
  resolve: (result: tessera.kv.ICommandResult) => void;
  reject: (error: Error) => void;
}

/** A read waiting for its ReadIndex round and then for the applied index to reach it. */
interface PendingRead {
  resolve: () => void;
  reject: (error: Error) => void;
}

/** Writes proposed in one entry, answered when that entry (index and term) is applied. */
interface ProposedBatch {
  term: Term;
  writes: PendingWrite[];
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * One Raft group hosted on this node: its RawNode, the writes and reads waiting on it, and what
 * the loop needs to know of it between Readies (role, leader, term). The Store drives it; it never
 * does I/O itself except through the NodeStorage the Store hands it for applying.
 */
export class Replica {
  readonly raw: RawNode;
  role: Role = 'follower';
  leader: NodeId = noNode;
  term: Term = 0;
  /** Set while a snapshot is being ingested: the group is paused (its messages are dropped, Raft retransmits). */
  ingesting = false;
  /** Set while the group is quiesced: the Store does not tick it (see quiescence.ts). */
  quiet: QuietState | null = null;
  /** The Store tick at which client work last reached this replica, or it last woke. */
  lastActiveTick = 0;
  private queuedWrites: PendingWrite[] = [];
  private readonly proposed = new Map<LogIndex, ProposedBatch>();
  private queuedReads: PendingRead[] = [];
  private readonly readRounds = new Map<string, PendingRead[]>();
  private readsWaitingForApply: { index: LogIndex; reads: PendingRead[] }[] = [];
  private nextReadRound = 1;
  private appliedIndexValue: LogIndex;

  constructor(
    readonly shardId: ShardId,
    readonly nodeId: NodeId,
    private readonly storage: NodeStorage,
    private readonly options: ReplicaOptions,
    logger: RaftLogger,
    randomInt: (bound: number) => number,
  ) {
    this.appliedIndexValue = storage.appliedIndex(shardId);
    this.raw = new RawNode({
      id: nodeId,
      storage: storage.logStorage(shardId),
      randomInt,
      applied: this.appliedIndexValue,
      electionTicks: options.electionTicks,
      heartbeatTicks: options.heartbeatTicks,
      preVote: true,
      checkQuorum: true,
      readMode: 'lease',
      // Under steady writes the next append carries each commit index: an append and its answer fewer per follower per write.
      lazyCommitBroadcast: true,
      maxUncommittedEntriesBytes: options.uncommittedBytesMax,
      logger,
    });
    this.term = storage.logStorage(shardId).initialState().hardState.term;
  }

  get appliedIndex(): LogIndex {
    return this.appliedIndexValue;
  }

  /** Queues a write; it is proposed at the next loop turn together with every other write queued by then. */
  write(command: tessera.kv.ICommand): Promise<tessera.kv.ICommandResult> {
    if (this.role !== 'leader') return Promise.reject(this.notLeader());
    const encoded = tessera.kv.Command.encode(command).finish();
    return new Promise((resolve, reject) => {
      this.queuedWrites.push({ encoded, resolve, reject });
    });
  }

  /** Resolves once a linearizable read may be served from local storage (ReadIndex or lease, then applied ≥ read index). */
  readBarrier(): Promise<void> {
    if (this.leader === noNode) return Promise.reject(this.notLeader());
    return new Promise((resolve, reject) => this.queuedReads.push({ resolve, reject }));
  }

  /** True when the group has a voter or learner (outgoing ones included) on node `id`. */
  hasMemberOn(id: NodeId): boolean {
    const conf = this.raw.status().confState;
    return conf.voters.includes(id) || conf.learners.includes(id) || conf.votersOutgoing.includes(id) || conf.learnersNext.includes(id);
  }

  /** True when no write or read of a client waits here, at any stage. */
  isIdle(): boolean {
    return !this.hasQueuedWork() && this.proposed.size === 0 && this.readRounds.size === 0 && this.readsWaitingForApply.length === 0;
  }

  /** True when writes or reads wait to be handed to Raft. */
  hasQueuedWork(): boolean {
    return this.queuedWrites.length > 0 || this.queuedReads.length > 0;
  }

  /** Hands queued writes to Raft in entries of at most proposalBytesMax, and queued reads as one ReadIndex round. */
  flush(): void {
    while (this.queuedWrites.length > 0) {
      const batch: PendingWrite[] = [];
      let bytes = 0;
      while (this.queuedWrites.length > 0 && (batch.length === 0 || bytes + this.queuedWrites[0].encoded.length <= this.options.proposalBytesMax)) {
        const write = this.queuedWrites.shift() as PendingWrite;
        bytes += write.encoded.length;
        batch.push(write);
      }
      this.propose(batch);
    }
    if (this.queuedReads.length > 0) {
      const reads = this.queuedReads;
      this.queuedReads = [];
      const round = `${this.nodeId}:${this.nextReadRound++}`;
      try {
        this.raw.readIndex(encoder.encode(round));
        this.readRounds.set(round, reads);
      } catch (error) {
        for (const read of reads) read.reject(this.translate(error));
      }
    }
  }

  private propose(batch: PendingWrite[]): void {
    // CommandBatch is `repeated Command commands = 1`: each element is tag 0x0a + length + the
    // already-encoded Command, so the batch is assembled without encoding any command again.
    const writer = protobuf.Writer.create();
    for (const write of batch) writer.uint32(0x0a).bytes(write.encoded);
    const data = writer.finish();
    try {
      const { index, term } = this.raw.propose(data);
      this.proposed.set(index, { term, writes: batch });
      if (ackBeforeCommit) acknowledgeBeforeCommit(batch, index);
    } catch (error) {
      const failure = this.translate(error);
      for (const write of batch) write.reject(failure);
    }
  }

  /** Records what a Ready says about the group's role and term. */
  noteReady(ready: Ready): void {
    if (ready.softState !== null) {
      const wasLeader = this.role === 'leader';
      this.role = ready.softState.role;
      this.leader = ready.softState.leader;
      if (wasLeader && this.role !== 'leader') this.failQueued(this.notLeader());
    }
    if (ready.hardState !== null) this.term = ready.hardState.term;
  }

  /** Answers the writes of an applied entry and moves the applied index to it. */
  entryApplied(entry: Entry, results: tessera.kv.ICommandResult[]): void {
    this.answerWrites(entry, results);
    this.appliedThrough(entry.index);
  }

  /** The state machine holds every entry up to `index`: reads waiting for it may be served. */
  appliedThrough(index: LogIndex): void {
    this.appliedIndexValue = Math.max(this.appliedIndexValue, index);
  }

  /**
   * Answers the writes of a committed entry whose results are known: their results when it is the
   * entry they were proposed as, a retryable error when another leader's entry took its place.
   */
  answerWrites(entry: Entry, results: tessera.kv.ICommandResult[]): void {
    const batch = this.proposed.get(entry.index);
    if (batch === undefined) return;
    this.proposed.delete(entry.index);
    if (batch.term !== entry.term) {
      const lost = new TesseraError('TESSERA_UNAVAILABLE', `the write was overwritten by a new leader (shard ${this.shardId}); retry`, { shardId: this.shardId, leaderHint: this.leader });
      for (const write of batch.writes) write.reject(lost);
      return;
    }
    batch.writes.forEach((write, position) => {
      const result = results[position];
      if (result === undefined) write.reject(new TesseraError('TESSERA_INTERNAL', `no result for command ${position} of entry ${entry.index}`, { shardId: this.shardId }));
      else write.resolve(result);
    });
  }

  /** The applied index jumped to a snapshot's. */
  snapshotApplied(index: LogIndex): void {
    this.appliedIndexValue = Math.max(this.appliedIndexValue, index);
  }

  /** ReadStates of a Ready: each releases its round's reads once the applied index reaches it. */
  readStatesReady(readStates: Ready['readStates']): void {
    for (const readState of readStates) {
      const round = decoder.decode(readState.context);
      const reads = this.readRounds.get(round);
      if (reads === undefined) continue;
      this.readRounds.delete(round);
      this.readsWaitingForApply.push({ index: readState.index, reads });
    }
    this.releaseReads();
  }

  /** Serves the reads whose read index is now applied. */
  releaseReads(): void {
    if (this.readsWaitingForApply.length === 0) return;
    const waiting: { index: LogIndex; reads: PendingRead[] }[] = [];
    for (const entry of this.readsWaitingForApply) {
      if (entry.index <= this.appliedIndexValue) for (const read of entry.reads) read.resolve();
      else waiting.push(entry);
    }
    this.readsWaitingForApply = waiting;
  }

  /** Fails everything waiting (shutdown). */
  failAll(error: Error): void {
    this.failQueued(error);
    for (const batch of this.proposed.values()) for (const write of batch.writes) write.reject(error);
    this.proposed.clear();
    for (const reads of this.readRounds.values()) for (const read of reads) read.reject(error);
    this.readRounds.clear();
    for (const entry of this.readsWaitingForApply) for (const read of entry.reads) read.reject(error);
    this.readsWaitingForApply = [];
  }

  /** Fails what waits to be handed to Raft, and — once no longer leader — the read rounds this node can no longer confirm. */
  private failQueued(error: Error): void {
    for (const write of this.queuedWrites) write.reject(error);
    this.queuedWrites = [];
    for (const read of this.queuedReads) read.reject(error);
    this.queuedReads = [];
    if (this.role !== 'leader') {
      // Read rounds this node started as leader will never be confirmed now.
      for (const reads of this.readRounds.values()) for (const read of reads) read.reject(error);
      this.readRounds.clear();
    }
  }

  notLeader(): TesseraError {
    return new TesseraError('TESSERA_NOT_LEADER', `node ${this.nodeId} does not lead shard ${this.shardId}${this.leader !== noNode ? `; try node ${this.leader}` : ''}`, {
      shardId: this.shardId,
      leaderHint: this.leader,
    });
  }

  private translate(error: unknown): Error {
    if (error instanceof NotLeaderError) {
      return new TesseraError('TESSERA_NOT_LEADER', error.message, { shardId: this.shardId, leaderHint: error.leaderHint });
    }
    if (error instanceof ProposalDroppedError) {
      return new TesseraError('TESSERA_PROPOSAL_DROPPED', error.message, { shardId: this.shardId, leaderHint: this.leader });
    }
    if (error instanceof RaftError) return new TesseraError('TESSERA_UNAVAILABLE', error.message, { shardId: this.shardId });
    return error instanceof Error ? error : new Error(String(error));
  }
}
