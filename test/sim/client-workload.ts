import { RaftError } from '../../src/raft/errors.js';
import type { Ready } from '../../src/raft/ready.js';
import type { Entry, LogIndex, NodeId, Term } from '../../src/raft/types.js';
import type { Rng } from './rng.js';
import { SafetyViolation, type SafetyChecker } from './safety-checker.js';
import type { Schedule } from './schedule.js';
import { encodeCommand, type SimNode, type SimNodeObserver } from './sim-node.js';

const keys = ['a', 'b', 'c'];

interface PendingWrite {
  key: string;
  node: NodeId;
  incarnation: number;
  index: LogIndex;
  term: Term;
}

interface PendingRead {
  key: string;
  node: NodeId;
  incarnation: number;
  invokedAt: number;
  /** The highest version of `key` acknowledged to a writer before this read began: the read must see at least it. */
  acknowledgedVersionAtInvoke: LogIndex;
  /** The highest version a completed read of `key` returned before this read began (reads never go back in time). */
  readVersionAtInvoke: LogIndex;
}

/**
 * Simulated clients: unique-value writes and linearizable reads on a few colliding keys, sent to
 * random live nodes. A write is acknowledged when the node that proposed it applies that entry; a
 * read is answered when its ReadState's index is applied. Every answered read is checked against
 * the writes acknowledged and the reads answered before it began.
 */
export class ClientWorkload {
  private readonly pendingWrites = new Map<string, PendingWrite>();
  private readonly pendingReads = new Map<string, PendingRead>();
  private readonly acknowledgedVersion = new Map<string, LogIndex>();
  private readonly readVersion = new Map<string, LogIndex>();
  private readonly acknowledgedAt: number[] = [];
  private readonly issuedAt: number[] = [];
  private nextOperation = 1;
  private lull = false;
  writesAcknowledged = 0;
  readsServed = 0;

  constructor(
    private readonly schedule: Schedule,
    private readonly rng: Rng,
    private readonly checker: SafetyChecker,
  ) {}

  /** The observer a node reports persists, applies and served reads to at time `now`. */
  observerFor(now: number): SimNodeObserver {
    return {
      onPersist: (node: SimNode, ready: Ready) => this.checker.onPersist(node, ready),
      onApply: (node: SimNode, entry: Entry) => {
        this.checker.onApply(node, entry);
        this.onApply(node, entry, now);
      },
      onReadState: (node: SimNode, context: Uint8Array) => this.onRead(node, context, now),
    };
  }

  maybeIssue(now: number, nodes: SimNode[], drive: (node: SimNode) => void): void {
    const issueWrite = this.rng.chance(this.schedule.writeProbability);
    const issueRead = this.rng.chance(this.schedule.readProbability);
    if (!issueWrite && !issueRead) return;
    const alive = nodes.filter((node) => node.raw !== null);
    if (alive.length === 0) return;
    const leaders = alive.filter((node) => node.termAndRole()?.role === 'leader');
    if (leaders.length >= 2) this.lull = false;
    const pickTarget = (): SimNode => (leaders.length > 0 && this.rng.chance(0.7) ? this.rng.pick(leaders) : this.rng.pick(alive));
    // Two nodes believe they lead: write through the newer one and read from the older one, on one key,
    // so a stale leader that answers reads it may no longer answer is caught in the act.
    const steer = this.schedule.profile === 'stale-leader' && leaders.length >= 2 && this.rng.chance(0.8);
    const byTerm = steer ? [...leaders].sort((a, b) => (a.termAndRole()?.term ?? 0) - (b.termAndRole()?.term ?? 0)) : [];
    if (issueWrite && !this.lull) {
      const node = steer ? byTerm[byTerm.length - 1] : pickTarget();
      this.write(node, now, steer ? keys[0] : this.rng.pick(keys));
      drive(node);
    }
    if (issueRead) {
      const node = steer ? byTerm[0] : pickTarget();
      this.read(node, now, steer ? keys[0] : this.rng.pick(keys));
      drive(node);
    }
  }

  private write(node: SimNode, now: number, key: string): void {
    const raw = node.raw;
    if (raw === null) return;
    const value = `w${this.nextOperation++}`;
    try {
      const { index, term } = raw.propose(encodeCommand({ key, value }));
      this.pendingWrites.set(`${node.id}:${index}`, { key, node: node.id, incarnation: node.incarnation, index, term });
      this.issuedAt.push(now);
    } catch (error) {
      if (!(error instanceof RaftError)) throw error;
    }
  }

  private read(node: SimNode, now: number, key: string): void {
    const raw = node.raw;
    if (raw === null) return;
    const context = `r${this.nextOperation++}`;
    try {
      raw.readIndex(new TextEncoder().encode(context));
    } catch (error) {
      if (!(error instanceof RaftError)) throw error;
      return;
    }
    this.pendingReads.set(context, {
      key,
      node: node.id,
      incarnation: node.incarnation,
      invokedAt: now,
      acknowledgedVersionAtInvoke: this.acknowledgedVersion.get(key) ?? 0,
      readVersionAtInvoke: this.readVersion.get(key) ?? 0,
    });
  }

  private onApply(node: SimNode, entry: Entry, now: number): void {
    const id = `${node.id}:${entry.index}`;
    const write = this.pendingWrites.get(id);
    if (write === undefined || write.incarnation !== node.incarnation) return;
    this.pendingWrites.delete(id);
    // Another leader's entry took this index: the write was lost, and its client was never told otherwise.
    if (entry.term !== write.term) return;
    this.writesAcknowledged += 1;
    this.acknowledgedAt.push(now);
    if ((this.acknowledgedVersion.get(write.key) ?? 0) < entry.index) this.acknowledgedVersion.set(write.key, entry.index);
  }

  private onRead(node: SimNode, context: Uint8Array, now: number): void {
    const name = new TextDecoder().decode(context);
    const read = this.pendingReads.get(name);
    if (read === undefined || read.node !== node.id || read.incarnation !== node.incarnation) return;
    this.pendingReads.delete(name);
    const version = node.kv.get(read.key)?.index ?? 0;
    if (version < read.acknowledgedVersionAtInvoke) {
      throw new SafetyViolation(
        'linearizable read',
        `read ${name} of ${read.key} at node ${node.id} (invoked ${read.invokedAt}, served ${now}) saw version ${version}, but version ${read.acknowledgedVersionAtInvoke} was acknowledged before it began`,
      );
    }
    if (version < read.readVersionAtInvoke) {
      throw new SafetyViolation('linearizable read', `read ${name} of ${read.key} at node ${node.id} saw version ${version} after an earlier read saw ${read.readVersionAtInvoke}`);
    }
    this.readsServed += 1;
    if ((this.readVersion.get(read.key) ?? 0) < version) this.readVersion.set(read.key, version);
  }

  /** Clients pause writes until two nodes believe they lead (or the lull ends), so no log runs ahead. */
  startLull(): void {
    this.lull = true;
  }

  endLull(): void {
    this.lull = false;
  }

  /** A crashed node's clients get no answer: their outcomes stay unknown, which is allowed. */
  onCrash(id: NodeId): void {
    for (const [key, write] of this.pendingWrites) if (write.node === id) this.pendingWrites.delete(key);
    for (const [key, read] of this.pendingReads) if (read.node === id) this.pendingReads.delete(key);
  }

  writesAcknowledgedAfter(time: number): number {
    return this.acknowledgedAt.filter((at) => at >= time).length;
  }

  writesIssuedAfter(time: number): number {
    return this.issuedAt.filter((at) => at >= time).length;
  }
}
