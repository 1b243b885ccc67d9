import { decodeConfChange } from '../../src/raft/conf-change-codec.js';
import { MemoryStorage } from '../../src/raft/memory-storage.js';
import type { Ready } from '../../src/raft/ready.js';
import { RawNode } from '../../src/raft/raw-node.js';
import type { ConfState, Entry, LogIndex, NodeId, Snapshot, Term } from '../../src/raft/types.js';
import type { Rng } from './rng.js';
import type { Schedule } from './schedule.js';

/** A write as the simulated state machine sees it: entry data is this, JSON-encoded. */
export interface WriteCommand {
  key: string;
  value: string;
}

/** A key's value with the index of the write that set it (0 = never written). */
export interface VersionedValue {
  value: string;
  index: LogIndex;
}

/**
 * What survives a crash: the Raft log and hard state (a MemoryStorage standing in for the disk) and
 * a prefix hash per durable entry so the log-matching check needs no full log comparison.
 */
export class SimDisk {
  readonly storage: SimStorage;
  /** index → hash of the log up to and including that entry. */
  readonly prefixHashes = new Map<LogIndex, number>();

  constructor(voters: NodeId[]) {
    this.storage = new SimStorage({ voters });
  }
}

/**
 * MemoryStorage whose snapshot() is taken fresh at the applied index when a leader asks for one,
 * as Tessera's server does: a snapshot older than a member's addition would not include it.
 */
export class SimStorage extends MemoryStorage {
  snapshotSource: (() => void) | null = null;

  override snapshot(): Snapshot {
    this.snapshotSource?.();
    return super.snapshot();
  }
}

/** Hooks the simulation passes in to observe a node; the safety checker lives behind them. */
export interface SimNodeObserver {
  onPersist(node: SimNode, ready: Ready): void;
  onApply(node: SimNode, entry: Entry): void;
  onReadState(node: SimNode, context: Uint8Array, index: LogIndex): void;
}

/** A ready whose persist is in progress: the disk write finishes at `doneAt`. */
interface PendingReady {
  ready: Ready;
  doneAt: number;
}

/** One simulated process: a RawNode over a SimDisk, with the key-value state machine in memory. */
export class SimNode {
  raw: RawNode | null = null;
  pending: PendingReady | null = null;
  kv = new Map<string, VersionedValue>();
  applied: LogIndex = 0;
  /** The membership as of `applied`, kept for snapshots. */
  confState: ConfState;
  /** Incremented on every restart so stale callbacks (reads of an earlier life) can be told apart. */
  incarnation = 0;
  /** Reads whose ReadState arrived, waiting for applied to reach their index. */
  readsWaitingForApply: { context: Uint8Array; index: LogIndex }[] = [];

  constructor(
    readonly id: NodeId,
    readonly disk: SimDisk,
    private readonly schedule: Schedule,
    private readonly rng: Rng,
  ) {
    this.confState = disk.storage.snapshot().metadata.confState;
  }

  get alive(): boolean {
    return this.raw !== null;
  }

  /** Starts (or restarts) the process from what is on its disk. */
  start(): void {
    const snapshot = this.disk.storage.snapshot();
    this.kv = decodeStateMachine(snapshot.data);
    this.applied = snapshot.metadata.index;
    this.confState = snapshot.metadata.confState;
    this.pending = null;
    this.readsWaitingForApply = [];
    this.incarnation += 1;
    this.disk.storage.snapshotSource = () => this.takeSnapshot();
    this.raw = new RawNode({
      id: this.id,
      storage: this.disk.storage,
      randomInt: (bound) => this.rng.int(bound),
      applied: this.applied,
      electionTicks: this.schedule.electionTicks,
      heartbeatTicks: this.schedule.heartbeatTicks,
      preVote: this.schedule.preVote,
      checkQuorum: this.schedule.checkQuorum,
      readMode: this.schedule.readMode,
      lazyCommitBroadcast: this.schedule.lazyCommitBroadcast,
      maxInflightMessages: this.schedule.maxInflightMessages,
      maxSizePerMessageBytes: this.schedule.maxSizePerMessageBytes,
    });
  }

  /** Kills the process: whatever was not persisted (the in-flight Ready, the state machine) is gone. */
  crash(): void {
    this.disk.storage.snapshotSource = null;
    this.raw = null;
    this.pending = null;
    this.readsWaitingForApply = [];
  }

  /** Completes the in-flight Ready's disk write: persist, then apply, then advance (Ready contract steps 2–6). */
  finishPersist(observer: SimNodeObserver): Ready {
    const pending = this.pending;
    const raw = this.raw;
    if (pending === null || raw === null) throw new Error('no persist in flight');
    this.pending = null;
    const { ready } = pending;
    const storage = this.disk.storage;
    if (ready.snapshot !== null) {
      storage.applySnapshot(ready.snapshot);
      this.kv = decodeStateMachine(ready.snapshot.data);
      this.applied = ready.snapshot.metadata.index;
      this.confState = ready.snapshot.metadata.confState;
    }
    if (ready.entries.length > 0) storage.append(ready.entries);
    if (ready.hardState !== null) storage.setHardState(ready.hardState);
    observer.onPersist(this, ready);
    for (const entry of ready.committedEntries) this.apply(entry, raw, observer);
    for (const readState of ready.readStates) this.readsWaitingForApply.push({ context: readState.context, index: readState.index });
    raw.advance();
    this.serveReads(observer);
    return ready;
  }

  private apply(entry: Entry, raw: RawNode, observer: SimNodeObserver): void {
    if (entry.index <= this.applied) return;
    if (entry.index !== this.applied + 1) throw new Error(`node ${this.id} applies ${entry.index} after ${this.applied}`);
    if (entry.type === 'conf-change') {
      this.confState = raw.applyConfChange(decodeConfChange(entry.data));
    } else if (entry.data.length > 0) {
      const command = JSON.parse(new TextDecoder().decode(entry.data)) as WriteCommand;
      this.kv.set(command.key, { value: command.value, index: entry.index });
    }
    this.applied = entry.index;
    observer.onApply(this, entry);
  }

  private serveReads(observer: SimNodeObserver): void {
    const waiting: { context: Uint8Array; index: LogIndex }[] = [];
    for (const read of this.readsWaitingForApply) {
      if (read.index <= this.applied) observer.onReadState(this, read.context, read.index);
      else waiting.push(read);
    }
    this.readsWaitingForApply = waiting;
  }

  /** Takes a snapshot at the applied index and compacts the durable log, keeping `keep` entries. */
  compact(keep: number): void {
    if (!this.takeSnapshot()) return;
    const storage = this.disk.storage;
    storage.compact(Math.max(storage.firstIndex() - 1, this.applied - keep));
  }

  /** Records a snapshot of the state machine at the applied index; false when there is nothing newer to take. */
  private takeSnapshot(): boolean {
    const storage = this.disk.storage;
    const current = storage.snapshotSource;
    storage.snapshotSource = null;
    try {
      if (this.applied <= storage.snapshot().metadata.index || this.applied > storage.lastIndex()) return false;
      // Only entries this node has persisted and applied can go into its snapshot.
      if (this.raw?.logTerm(this.applied) !== storage.term(this.applied)) return false;
      storage.createSnapshot(this.applied, this.confState, encodeStateMachine(this.kv));
      return true;
    } finally {
      storage.snapshotSource = current;
    }
  }

  /** The leader this node believes in and its term, from its last hard state (cheap; no status map). */
  describe(): string {
    if (this.raw === null) return `node ${this.id}: down`;
    const status = this.raw.status();
    return `node ${this.id}: ${status.softState.role} term=${status.hardState.term} lead=${status.softState.leader} commit=${status.hardState.commit} applied=${status.applied} last=${status.lastIndex}`;
  }

  termAndRole(): { term: Term; role: string; leader: NodeId } | null {
    if (this.raw === null) return null;
    const status = this.raw.status();
    return { term: status.hardState.term, role: status.softState.role, leader: status.softState.leader };
  }
}

export function encodeCommand(command: WriteCommand): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(command));
}

function encodeStateMachine(kv: Map<string, VersionedValue>): Uint8Array {
  return new TextEncoder().encode(JSON.stringify([...kv]));
}

function decodeStateMachine(data: Uint8Array): Map<string, VersionedValue> {
  if (data.length === 0) return new Map();
  return new Map(JSON.parse(new TextDecoder().decode(data)) as [string, VersionedValue][]);
}
