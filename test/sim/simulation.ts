import { RaftError } from '../../src/raft/errors.js';
import type { ConfChange, ConfChangeSingle, LogIndex, Message, NodeId } from '../../src/raft/types.js';
import { nodeId } from '../../src/raft/types.js';
import { ClientWorkload } from './client-workload.js';
import { SimNetwork } from './network.js';
import { Rng } from './rng.js';
import { SafetyChecker, SafetyViolation } from './safety-checker.js';
import { microstepsPerTick, type PartitionShape, type Schedule, type ScheduledEvent } from './schedule.js';
import { SimDisk, SimNode } from './sim-node.js';

/** What one simulated run did, for reports and for the liveness check. */
export interface SimulationResult {
  seed: number;
  leaders: number;
  committed: LogIndex;
  writesAcknowledged: number;
  readsServed: number;
  messagesSent: number;
  crashes: number;
  membershipChanges: number;
}

/** A failed run: the violation plus the trace needed to understand it. */
export class SimulationFailure extends Error {
  constructor(
    readonly seed: number,
    override readonly cause: unknown,
    readonly trace: string[],
  ) {
    super(`simulation seed ${seed} failed: ${cause instanceof Error ? cause.message : String(cause)}\n  replay: npm run sim -- --seed ${seed} --trace`);
    this.name = 'SimulationFailure';
  }
}

const traceLength = 60;

/**
 * A deterministic run of a Raft cluster under one fault schedule: seeded network, clock and disk,
 * crashes that lose unpersisted Readies, partitions, membership changes, transfers and compaction.
 * Every safety property is checked as the run goes; a violation throws SimulationFailure.
 */
export class Simulation {
  readonly nodes = new Map<NodeId, SimNode>();
  private readonly rng: Rng;
  private readonly network: SimNetwork;
  readonly checker = new SafetyChecker();
  private readonly workload: ClientWorkload;
  private readonly phase = new Map<NodeId, number>();
  private readonly restartAt = new Map<NodeId, number>();
  /** Crashes timed to follow an interesting moment (a new leader), as a simulator's "buggify" does. */
  private readonly crashAt = new Map<NodeId, number>();
  private readonly leaderCommit = new Map<NodeId, number>();
  private readonly dropOnCrash = new Set<NodeId>();
  /** Nodes shut down for good (removed from the cluster). */
  private readonly stopped = new Set<NodeId>();
  private readonly initialVoters: NodeId[];
  private nextNodeId: number;
  private now = 0;
  private crashes = 0;
  private membershipChanges = 0;
  private readonly trace: string[] = [];
  private readonly verbose: ((line: string) => void) | null;

  constructor(
    readonly schedule: Schedule,
    options: { trace?: (line: string) => void } = {},
  ) {
    this.rng = new Rng(schedule.seed ^ 0x5eed);
    this.network = new SimNetwork(schedule, this.rng.fork());
    this.workload = new ClientWorkload(schedule, this.rng.fork(), this.checker);
    this.verbose = options.trace ?? null;
    this.initialVoters = Array.from({ length: schedule.nodeCount }, (_, position) => nodeId(position + 1));
    this.nextNodeId = schedule.nodeCount + 1;
    for (const id of this.initialVoters) this.addNode(id);
  }

  run(): SimulationResult {
    const events = [...this.schedule.events];
    let healed = false;
    try {
      for (this.now = 0; this.now < this.schedule.end; this.now += 1) {
        while (events.length > 0 && events[0].at === this.now) this.inject(events.shift() as ScheduledEvent);
        if (!healed && this.now >= this.schedule.faultEnd) {
          healed = true;
          this.healEverything();
        }
        if (healed && (this.now - this.schedule.faultEnd) % (20 * microstepsPerTick) === 0) this.stopRemovedNodes();
        this.step();
      }
      this.checkProgress();
    } catch (error) {
      if (error instanceof SimulationFailure) throw error;
      throw new SimulationFailure(this.schedule.seed, error, this.trace.concat(this.describeNodes()));
    }
    return {
      seed: this.schedule.seed,
      leaders: this.checker.leaderCount(),
      committed: this.checker.committedIndex(),
      writesAcknowledged: this.workload.writesAcknowledged,
      readsServed: this.workload.readsServed,
      messagesSent: this.network.sent,
      crashes: this.crashes,
      membershipChanges: this.membershipChanges,
    };
  }

  private step(): void {
    const now = this.now;
    for (const [id, at] of this.restartAt) {
      if (at === now) this.restart(id);
    }
    for (const [id, at] of this.crashAt) {
      if (at === now) this.crashNode(id);
    }
    for (const node of this.nodes.values()) {
      if (node.raw !== null && (now + (this.phase.get(node.id) ?? 0)) % microstepsPerTick === 0) {
        node.raw.tick();
        this.drive(node);
      }
    }
    for (const node of this.nodes.values()) {
      if (node.pending !== null && node.pending.doneAt <= now) {
        const ready = node.finishPersist(this.workload.observerFor(now));
        for (const message of ready.messages) this.send(message);
        this.drive(node);
      }
    }
    for (const message of this.network.deliveries(now)) {
      const node = this.nodes.get(message.to);
      if (node?.raw == null) continue;
      node.raw.step(message);
      this.drive(node);
    }
    this.workload.maybeIssue(now, [...this.nodes.values()], (node) => this.drive(node));
    if (now % (40 * microstepsPerTick) === 0) {
      for (const node of this.nodes.values()) if (this.rng.chance(0.3)) node.compact(this.rng.int(8));
    }
  }

  /** Takes the next Ready if the node has one and no persist is in flight; its early messages leave at once. */
  private drive(node: SimNode): void {
    const raw = node.raw;
    if (raw === null || node.pending !== null || !raw.hasReady()) return;
    const ready = raw.ready();
    if (ready.softState !== null && ready.softState.role === 'leader') {
      const term = raw.status().hardState.term;
      this.log(`node ${node.id} leads term ${term}`);
      this.checker.onLeader(node, term);
      if (this.schedule.profile === 'churn' && this.now < this.schedule.faultEnd && this.rng.chance(0.5)) {
        // Cut a new leader down while its first entries are half replicated: Figure 8's raw material.
        this.crashAt.set(node.id, this.now + 1 + this.rng.int(4 * microstepsPerTick));
      }
    }
    if (this.schedule.profile === 'churn' && this.now < this.schedule.faultEnd && ready.hardState !== null && node.termAndRole()?.role === 'leader') {
      const previous = this.leaderCommit.get(node.id) ?? 0;
      this.leaderCommit.set(node.id, ready.hardState.commit);
      if (ready.hardState.commit > previous && this.rng.chance(0.25)) {
        // A leader dies the moment it learns of a commit, before followers hear of it: whether that
        // commit was safe to make is then decided by the next election alone.
        this.crashAt.set(node.id, this.now + 1 + this.rng.int(3));
        this.dropOnCrash.add(node.id);
      }
    }
    for (const message of ready.messagesBeforePersist) this.send(message);
    const diskDelayMax = this.now >= this.schedule.faultEnd ? 2 : this.schedule.diskDelayMax;
    node.pending = { ready, doneAt: this.now + 1 + this.rng.int(diskDelayMax) };
  }

  private send(message: Message): void {
    this.checker.onSend(message);
    this.network.send(message, this.now);
  }

  private inject(event: ScheduledEvent): void {
    this.log(`inject ${JSON.stringify(event)}`);
    switch (event.kind) {
      case 'crash':
        this.crashOne(event.target);
        return;
      case 'restart-all':
        for (const node of this.nodes.values()) if (node.raw === null) this.restart(node.id);
        return;
      case 'partition':
        this.partition(event.shape);
        return;
      case 'heal':
        this.network.heal();
        this.workload.endLull();
        return;
      case 'lull':
        this.workload.startLull();
        return;
      case 'membership':
        this.changeMembership(event.change);
        return;
      case 'transfer': {
        const leader = this.leader();
        if (leader?.raw == null) return;
        const voters = leader.raw.status().confState.voters.filter((id) => id !== leader.id);
        if (voters.length > 0) leader.raw.transferLeadership(this.rng.pick(voters));
        this.drive(leader);
        return;
      }
      case 'compact':
        for (const node of this.nodes.values()) node.compact(this.rng.int(4));
        return;
    }
  }

  private crashOne(target: 'random' | 'leader'): void {
    const alive = [...this.nodes.values()].filter((node) => node.raw !== null);
    const victim = target === 'leader' ? (this.leader() ?? undefined) : alive.length > 0 ? this.rng.pick(alive) : undefined;
    if (victim !== undefined) this.crashNode(victim.id);
  }

  private crashNode(id: NodeId): void {
    this.crashAt.delete(id);
    if (this.dropOnCrash.delete(id)) this.network.dropFrom(id);
    const victim = this.nodes.get(id);
    if (victim?.raw == null) return;
    this.log(`crash node ${victim.id}${victim.pending !== null ? ' (unpersisted Ready lost)' : ''}`);
    victim.crash();
    this.workload.onCrash(victim.id);
    this.crashes += 1;
    this.restartAt.set(victim.id, this.now + 1 + this.rng.int(this.schedule.downtimeMax));
  }

  private restart(id: NodeId): void {
    this.restartAt.delete(id);
    const node = this.nodes.get(id);
    if (node === undefined || node.raw !== null || this.stopped.has(id)) return;
    this.log(`restart node ${id}`);
    node.start();
    this.drive(node);
  }

  private partition(shape: PartitionShape): void {
    const ids = [...this.nodes.keys()];
    const shuffled = [...ids].sort(() => this.rng.next() - 0.5);
    const leaderId = this.leader()?.id;
    if (shape === 'bridge-leader' && leaderId !== undefined && ids.length >= 3) {
      // The leader's side plus the bridge is a quorum, and so is the far side plus the bridge.
      const others = shuffled.filter((id) => id !== leaderId);
      const leaderSide = [leaderId, ...others.slice(1, Math.floor(ids.length / 2))];
      this.network.cutBetween(leaderSide, others.slice(Math.floor(ids.length / 2)));
    } else if (shape === 'isolate-leader' && leaderId !== undefined) {
      this.network.cutBetween([leaderId], ids.filter((id) => id !== leaderId));
    } else if (shape === 'halves') {
      const cut = 1 + this.rng.int(Math.max(1, shuffled.length - 1));
      this.network.cutBetween(shuffled.slice(0, cut), shuffled.slice(cut));
    } else if (shape === 'one-way') {
      const from = shuffled[0];
      this.network.cutOneWay(from, ids.filter((id) => id !== from));
    } else if (shape === 'bridge' && shuffled.length >= 3) {
      const half = Math.floor((shuffled.length - 1) / 2);
      this.network.cutBetween(shuffled.slice(1, 1 + half), shuffled.slice(1 + half));
    } else {
      this.network.cutBetween([shuffled[0]], shuffled.slice(1));
    }
    this.log(`partition ${shape}: ${this.network.describe()}`);
  }

  private changeMembership(kind: 'add-learner' | 'promote' | 'remove' | 'swap' | 'demote'): void {
    const leader = this.leader();
    if (leader?.raw == null) return;
    const confState = leader.raw.status().confState;
    if (confState.votersOutgoing.length > 0) return;
    const voters = confState.voters.filter((id) => id !== leader.id || this.rng.chance(0.3));
    let changes: ConfChangeSingle[] = [];
    if (kind === 'add-learner') {
      const id = nodeId(this.nextNodeId);
      changes = [{ type: 'add-learner', nodeId: id }];
    } else if (kind === 'promote' && confState.learners.length > 0) {
      changes = [{ type: 'add-node', nodeId: this.rng.pick(confState.learners) }];
    } else if (kind === 'remove' && confState.voters.length >= 3 && voters.length > 0) {
      changes = [{ type: 'remove-node', nodeId: this.rng.pick(voters) }];
    } else if (kind === 'demote' && confState.voters.length >= 3 && voters.length > 0) {
      changes = [{ type: 'add-learner', nodeId: this.rng.pick(voters) }];
    } else if (kind === 'swap' && confState.learners.length > 0 && voters.length > 0) {
      changes = [
        { type: 'add-node', nodeId: this.rng.pick(confState.learners) },
        { type: 'remove-node', nodeId: this.rng.pick(voters) },
      ];
    }
    if (changes.length === 0) return;
    const change: ConfChange = { transition: this.rng.chance(0.8) ? 'auto' : 'joint-implicit', changes, context: new Uint8Array(0) };
    try {
      leader.raw.proposeConfChange(change);
    } catch (error) {
      if (error instanceof RaftError) return;
      throw error;
    }
    this.membershipChanges += 1;
    this.log(`node ${leader.id} proposes ${JSON.stringify(change.changes)}`);
    if (kind === 'add-learner') {
      this.nextNodeId += 1;
      this.addNode(nodeId(this.nextNodeId - 1));
    }
    this.drive(leader);
  }

  private addNode(id: NodeId): void {
    // A new node starts from the cluster's initial membership, like every founding node, and learns the rest from the log.
    const node = new SimNode(id, new SimDisk(this.initialVoters), this.schedule, this.rng.fork());
    this.nodes.set(id, node);
    this.phase.set(id, this.rng.int(microstepsPerTick));
    node.start();
    this.drive(node);
  }

  private healEverything(): void {
    this.log('faults end: heal the network, restart every node');
    this.network.calm();
    this.workload.endLull();
    this.stopRemovedNodes();
    for (const node of this.nodes.values()) if (node.raw === null) this.restart(node.id);
  }

  /**
   * Without PreVote or CheckQuorum a removed node that keeps running disrupts every election (Raft
   * thesis §4.2.3), so, as an operator would, the quiet period stops nodes the most advanced
   * configuration no longer has. With either option on they keep running, to prove they cannot disrupt.
   */
  private stopRemovedNodes(): void {
    if (this.schedule.preVote || this.schedule.checkQuorum) return;
    let newest: SimNode | null = null;
    for (const node of this.nodes.values()) if (newest === null || node.applied > newest.applied) newest = node;
    if (newest === null) return;
    const { voters, learners, votersOutgoing, learnersNext } = newest.confState;
    const members = new Set([...voters, ...learners, ...votersOutgoing, ...learnersNext]);
    for (const node of this.nodes.values()) {
      if (members.has(node.id) || this.stopped.has(node.id)) continue;
      this.log(`stop removed node ${node.id}`);
      this.stopped.add(node.id);
      node.crash();
      this.workload.onCrash(node.id);
    }
  }

  /** After the quiet period the cluster must have made progress: a leader, and new commits. */
  private checkProgress(): void {
    const leader = this.leader();
    if (leader === null) throw new SafetyViolation('liveness', `no leader ${(this.schedule.end - this.schedule.faultEnd) / microstepsPerTick} ticks after the faults ended`);
    if (this.workload.writesAcknowledgedAfter(this.schedule.faultEnd) === 0 && this.workload.writesIssuedAfter(this.schedule.faultEnd) > 5) {
      throw new SafetyViolation('liveness', 'no write acknowledged after the faults ended');
    }
  }

  /** The live node that believes it leads the highest term. */
  private leader(): SimNode | null {
    let best: SimNode | null = null;
    let bestTerm = -1;
    for (const node of this.nodes.values()) {
      const state = node.termAndRole();
      if (state !== null && state.role === 'leader' && state.term > bestTerm) {
        best = node;
        bestTerm = state.term;
      }
    }
    return best;
  }

  private describeNodes(): string[] {
    return [`at microstep ${this.now} network ${this.network.describe()}`, ...[...this.nodes.values()].map((node) => node.describe())];
  }

  private log(line: string): void {
    const stamped = `[${this.now}] ${line}`;
    this.trace.push(stamped);
    if (this.trace.length > traceLength) this.trace.shift();
    this.verbose?.(stamped);
  }
}
