/**
 * A small deterministic in-memory cluster of RawNodes for the Raft unit tests. Every node has a
 * MemoryStorage and a seeded random source; each Ready is handled synchronously in contract order
 * (send messagesBeforePersist, persist, send messages, apply, advance). Messages travel through one
 * FIFO queue and are delivered until the cluster is quiet, under an iteration bound.
 *
 * Not a fault simulator (that is test/sim): faults here are explicit link cuts and message filters.
 */
import { decodeConfChange } from '../../../src/raft/conf-change-codec.js';
import type { RaftConfig } from '../../../src/raft/config.js';
import { MemoryStorage } from '../../../src/raft/memory-storage.js';
import { Raft } from '../../../src/raft/raft.js';
import { RawNode } from '../../../src/raft/raw-node.js';
import type { ConfState, Entry, LogIndex, Message, NodeId, ReadState, Term } from '../../../src/raft/types.js';
import { nodeId } from '../../../src/raft/types.js';

/** Raft options a test may set for every node (id, storage and randomInt belong to the harness). */
export type NodeOptions = Omit<RaftConfig, 'id' | 'storage' | 'randomInt'>;

export interface NetworkOptions {
  /** Initial voters; every one of them gets a node. */
  voters: number[];
  /** Initial learners; every one of them gets a node. */
  learners?: number[];
  seed?: number;
  options?: NodeOptions;
  /** Per-node overrides, merged over `options`. */
  optionsFor?: (id: NodeId) => NodeOptions;
  /** Prebuilt storages (custom logs, hard states); others start empty with the initial membership. */
  storages?: Map<number, MemoryStorage>;
}

/** A message filter: return false to drop the message. */
export type MessageFilter = (message: Message) => boolean;

/** Deterministic PRNG (mulberry32): the same seed gives the same election timeouts. */
export function seededRandomInt(seed: number): (bound: number) => number {
  let state = seed >>> 0;
  return (bound: number): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    const unit = ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
    return Math.floor(unit * bound);
  };
}

/** White-box access to the Raft inside a RawNode (private only at compile time). */
export function innerRaft(node: RawNode): Raft {
  return (node as unknown as { raft: Raft }).raft;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Encodes a test payload. */
export function bytes(text: string): Uint8Array {
  return encoder.encode(text);
}

/** Per-node application state: a list of applied payloads, snapshotted as JSON. */
interface AppliedState {
  index: LogIndex;
  data: string[];
  entries: Entry[];
  readStates: ReadState[];
  confState: ConfState | null;
}

const deliverIterationsMax = 10_000;

export class Network {
  readonly nodes = new Map<NodeId, RawNode>();
  readonly storages = new Map<NodeId, MemoryStorage>();
  /** Every message delivered (not dropped), in delivery order. Tests may clear it. */
  delivered: Message[] = [];
  /** Every message dropped by a cut or a filter. */
  dropped: Message[] = [];
  private readonly applied = new Map<NodeId, AppliedState>();
  private readonly cuts = new Set<string>();
  private readonly filters: MessageFilter[] = [];
  private readonly rewriters: ((message: Message) => Message)[] = [];
  private queue: Message[] = [];
  private readonly seed: number;
  private readonly options: NetworkOptions;
  private warmedUp = false;

  constructor(options: NetworkOptions) {
    this.options = options;
    this.seed = options.seed ?? 1;
    const learners = options.learners ?? [];
    for (const raw of [...options.voters, ...learners]) {
      const id = nodeId(raw);
      const storage = options.storages?.get(raw) ?? new MemoryStorage({ voters: options.voters.map(nodeId), learners: learners.map(nodeId) });
      this.addNode(id, storage);
    }
  }

  /** Starts a node on `storage` (a fresh joiner passes `new MemoryStorage()`). */
  addNode(id: NodeId, storage: MemoryStorage, applied: LogIndex = 0): RawNode {
    const overrides = this.options.optionsFor?.(id) ?? {};
    const node = new RawNode({ ...this.options.options, ...overrides, id, storage, applied, randomInt: seededRandomInt(this.seed * 7919 + id) });
    this.nodes.set(id, node);
    this.storages.set(id, storage);
    if (!this.applied.has(id)) this.applied.set(id, { index: applied, data: [], entries: [], readStates: [], confState: null });
    return node;
  }

  /** Replaces a node by a new RawNode on the same storage, as after a crash (the state machine is kept up to `applied`). */
  restart(id: NodeId): RawNode {
    const state = this.state(id);
    this.queue = this.queue.filter((message) => message.to !== id);
    return this.addNode(id, this.storages.get(id) as MemoryStorage, state.index);
  }

  node(id: number): RawNode {
    const node = this.nodes.get(id as NodeId);
    if (node === undefined) throw new Error(`no node ${id}`);
    return node;
  }

  raft(id: number): Raft {
    return innerRaft(this.node(id));
  }

  ids(): NodeId[] {
    return [...this.nodes.keys()].sort((a, b) => a - b);
  }

  // ---- links ------------------------------------------------------------------------------

  /** Cuts the link between a and b in both directions. */
  cut(a: number, b: number): void {
    this.cuts.add(`${a}->${b}`);
    this.cuts.add(`${b}->${a}`);
  }

  /** Cuts every link of `id`. */
  isolate(id: number): void {
    for (const other of this.ids()) if (other !== id) this.cut(id, other);
  }

  /** Restores every link and removes every filter and rewriter. */
  heal(): void {
    this.cuts.clear();
    this.filters.length = 0;
    this.rewriters.length = 0;
  }

  /**
   * Rewrites messages in flight (before filters). Meant for messages a correct sender could have
   * sent, e.g. an append carrying fewer trailing entries.
   */
  rewrite(rewriter: (message: Message) => Message): void {
    this.rewriters.push(rewriter);
  }

  /** Adds a filter; messages it returns false for are dropped. */
  filter(filter: MessageFilter): void {
    this.filters.push(filter);
  }

  // ---- running ----------------------------------------------------------------------------

  /** Handles one Ready of `id` if it has one. Returns true when it did. */
  process(id: NodeId): boolean {
    const node = this.node(id);
    if (!node.hasReady()) return false;
    const ready = node.ready();
    const storage = this.storages.get(id) as MemoryStorage;
    const state = this.state(id);
    this.queue.push(...ready.messagesBeforePersist);
    if (ready.snapshot !== null) {
      storage.applySnapshot(ready.snapshot);
      state.index = ready.snapshot.metadata.index;
      state.data = JSON.parse(decoder.decode(ready.snapshot.data)) as string[];
      state.confState = ready.snapshot.metadata.confState;
    }
    storage.append(ready.entries);
    if (ready.hardState !== null) storage.setHardState(ready.hardState);
    this.queue.push(...ready.messages);
    for (const entry of ready.committedEntries) this.apply(id, node, entry);
    state.readStates.push(...ready.readStates);
    node.advance();
    return true;
  }

  private apply(id: NodeId, node: RawNode, entry: Entry): void {
    const state = this.state(id);
    if (entry.index !== state.index + 1) throw new Error(`node ${id} applies ${entry.index} after ${state.index}`);
    state.index = entry.index;
    state.entries.push(entry);
    if (entry.type === 'conf-change') {
      const confState = node.applyConfChange(decodeConfChange(entry.data));
      state.confState = confState;
      this.storages.get(id)?.setConfState(confState);
    } else if (entry.data.length > 0) {
      state.data.push(decoder.decode(entry.data));
    }
  }

  processAll(): void {
    for (const id of this.ids()) this.process(id);
  }

  /** Delivers messages until no node has anything to do. Throws after deliverIterationsMax rounds. */
  deliverAll(): void {
    for (let iteration = 0; iteration < deliverIterationsMax; iteration += 1) {
      this.processAll();
      if (this.queue.length === 0) return;
      const batch = this.queue;
      this.queue = [];
      for (const message of batch) this.deliver(message);
    }
    throw new Error(`network not quiet after ${deliverIterationsMax} rounds`);
  }

  /** Takes every queued message without delivering it (after processing readies). */
  takeQueued(): Message[] {
    this.processAll();
    const batch = this.queue;
    this.queue = [];
    return batch;
  }

  /** Delivers one message now, through cuts and filters. */
  deliver(original: Message): void {
    const message = this.rewriters.reduce((current, rewriter) => rewriter(current), original);
    const target = this.nodes.get(message.to);
    const passes = !this.cuts.has(`${message.from}->${message.to}`) && this.filters.every((filter) => filter(message));
    if (target === undefined || !passes) {
      this.dropped.push(message);
      return;
    }
    this.delivered.push(message);
    target.step(message);
  }

  /** Ticks every node once, then delivers until quiet; `count` times. */
  tickAll(count = 1): void {
    for (let round = 0; round < count; round += 1) {
      for (const id of this.ids()) this.node(id).tick();
      this.deliverAll();
    }
  }

  /** Ticks only `id`, `count` times, delivering after each tick. */
  tick(id: number, count = 1): void {
    for (let round = 0; round < count; round += 1) {
      this.node(id).tick();
      this.deliverAll();
    }
  }

  /**
   * Makes `id` leader by an explicit campaign. On the first election every node is first ticked
   * past the startup window in which CheckQuorum makes it ignore campaigns (messages produced by
   * those ticks are discarded, so no other node wins by accident).
   */
  electLeader(id: number): void {
    if (!this.warmedUp) {
      this.warmedUp = true;
      const ticks = this.raft(id).config.electionTicks;
      for (let round = 0; round < ticks; round += 1) for (const other of this.ids()) this.node(other).tick();
      this.takeQueued();
    }
    this.node(id).campaign();
    this.deliverAll();
    const status = this.node(id).status();
    if (status.softState.role !== 'leader') throw new Error(`node ${id} did not become leader: ${status.softState.role}`);
  }

  /** The leader with the highest term, if any. */
  leader(): NodeId | undefined {
    let best: { id: NodeId; term: Term } | undefined;
    for (const id of this.ids()) {
      const status = this.node(id).status();
      if (status.softState.role !== 'leader') continue;
      if (best === undefined || status.hardState.term > best.term) best = { id, term: status.hardState.term };
    }
    return best?.id;
  }

  /** Proposes `text` at `id` and delivers until quiet. */
  propose(id: number, text: string): { index: LogIndex; term: Term } {
    const result = this.node(id).propose(bytes(text));
    this.deliverAll();
    return result;
  }

  /** Requests a read at `id`, delivers until quiet, and returns the read states `id` got for it. */
  readIndex(id: number, context: string): ReadState[] {
    this.node(id).readIndex(bytes(context));
    this.deliverAll();
    return this.readStates(id).filter((read) => decoder.decode(read.context) === context);
  }

  /** Every read state node `id` has received so far. */
  readStates(id: number): ReadState[] {
    return this.state(id as NodeId).readStates;
  }

  /** Read states of every node, keyed by id. */
  readAll(): Map<NodeId, ReadState[]> {
    return new Map(this.ids().map((id) => [id, this.readStates(id)]));
  }

  /** The payloads node `id` has applied (restored from snapshots included), in order. */
  appliedData(id: number): string[] {
    return this.state(id as NodeId).data;
  }

  /** The raw entries node `id` applied since it started (not those covered by a snapshot). */
  appliedEntries(id: number): Entry[] {
    return this.state(id as NodeId).entries;
  }

  appliedIndex(id: number): LogIndex {
    return this.state(id as NodeId).index;
  }

  /** Compacts `id`'s storage at its applied index, recording a snapshot of its state machine. */
  compact(id: number): LogIndex {
    const state = this.state(id as NodeId);
    const storage = this.storages.get(id as NodeId) as MemoryStorage;
    const confState = this.node(id).status().confState;
    storage.createSnapshot(state.index, confState, bytes(JSON.stringify(state.data)));
    storage.compact(state.index);
    return state.index;
  }

  /** The full log of `id` (storage plus unstable), from its first index. */
  log(id: number): Entry[] {
    const raftLog = this.raft(id).raftLog;
    return raftLog.slice(raftLog.firstIndex(), raftLog.lastIndex() + 1, Number.MAX_SAFE_INTEGER);
  }

  private state(id: NodeId): AppliedState {
    const state = this.applied.get(id);
    if (state === undefined) throw new Error(`no state for node ${id}`);
    return state;
  }
}
