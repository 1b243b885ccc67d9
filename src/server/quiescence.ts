import type { Ready } from '../raft/ready.js';
import type { Message, NodeId } from '../raft/types.js';
import type { Replica } from './replica.js';

/**
 * How a replica sleeps: set while the Store no longer ticks it.
 * Invariant: `leader` is the replica's own node when it quiesced as leader, else the leader whose
 * quiesce notice it followed.
 */
export interface QuietState {
  /** The Store tick at which the replica stopped being ticked. */
  sinceTick: number;
  leader: NodeId;
}

/** What the Quiescence bookkeeping needs to know of the node. */
export interface QuiescenceOptions {
  nodeId: NodeId;
  /** The groups' election timeout, in ticks: a peer silent this long has its quiesced followers woken. */
  electionTicks: number;
  /** Ticks a leader must have gone without client work before it tries to quiesce (hysteresis). */
  idleTicksBeforeQuiesce: number;
}

/**
 * The Store's side of quiescence (src/raft/quiescence.ts has the Raft side). Idle groups are not
 * ticked, so 256 idle shards cost no heartbeats at all; what keeps them live is node-to-node
 * contact: every node hears from each peer at least once per heartbeat interval (a batch of
 * messages or an empty liveness beat from the transport).
 *
 * - A leader idle for `idleTicksBeforeQuiesce` whose Raft agrees (RawNode.quiesce) sends one last
 *   heartbeat flagged `quiesce`, and is no longer ticked. Heartbeat responses do not wake it: they
 *   answer this heartbeat or earlier ones, and a caught-up group needs nothing from them (if one
 *   does lead to a message after all, the Ready check below wakes the leader).
 * - A follower that steps such a heartbeat from the leader it follows, in its term, stops ticking
 *   too. (One that cannot — it no longer follows that leader — stays awake, and its election timer
 *   wakes the group soon enough.)
 * - A quiesced follower's election timer is pinned to contact with its leader's node: when that
 *   node has been silent for an election timeout, or reconnects with a new stream (perhaps a
 *   restarted process that no longer leads anything), the follower is woken and Raft is told how
 *   many ticks passed since that node was last heard from. Failover after a leader's node dies is
 *   as fast as with per-group heartbeats.
 * - Contact is judged both ways: a quiet leader wakes too when a node holding one of its replicas
 *   falls silent or reconnects. Under a one-way cut (the leader's node still reaches its followers,
 *   their answers are lost) the followers stay pinned to the live leader node, so only the leader
 *   can notice; awake, it ticks, cannot quiesce again without hearing from every follower
 *   (canQuiesce), and CheckQuorum deposes it.
 * - Anything else that reaches a quiesced replica wakes it first — a client's write or read, any
 *   message but those two, a Ready carrying more than heartbeats and their answers, a snapshot —
 *   and Raft moves its clock over the skipped ticks before it sees the event, so a leader never
 *   judges its lease on a stale clock.
 */
export class Quiescence {
  /** Ticks delivered since start: the clock quiet replicas are measured against. */
  private ticksValue = 0;
  private readonly lastContactTick = new Map<NodeId, number>();
  /** Peers found silent (their quiesced followers woken) and not heard from since. */
  private readonly silentPeers = new Set<NodeId>();

  constructor(private readonly options: QuiescenceOptions) {}

  /** Ticks delivered since start. */
  get ticks(): number {
    return this.ticksValue;
  }

  /** Counts `count` ticks (default one). */
  tick(count = 1): void {
    this.ticksValue += count;
  }

  /** The peers silent for an election timeout that were not reported since they were last heard from. */
  newlySilentPeers(): NodeId[] {
    const silent: NodeId[] = [];
    for (const [peer, lastTick] of this.lastContactTick) {
      if (this.ticksValue - lastTick < this.options.electionTicks || this.silentPeers.has(peer)) continue;
      this.silentPeers.add(peer);
      silent.push(peer);
    }
    return silent;
  }

  /** Records that `peer` was heard from now. */
  contact(peer: NodeId): void {
    this.lastContactTick.set(peer, this.ticksValue);
    this.silentPeers.delete(peer);
  }

  /** Tries to put an awake leader to sleep; true when it now is (its quiesce heartbeats are in its next Ready). */
  maybeQuiesceLeader(replica: Replica): boolean {
    if (replica.quiet !== null || replica.ingesting) return false;
    if (this.ticksValue - replica.lastActiveTick < this.options.idleTicksBeforeQuiesce || !replica.isIdle()) return false;
    if (!replica.raw.quiesce()) return false;
    replica.quiet = { sinceTick: this.ticksValue, leader: this.options.nodeId };
    return true;
  }

  /** After a quiesce heartbeat from `leader` was stepped: the replica sleeps if it follows `leader` in `term`. */
  maybeFollowQuiesce(replica: Replica, leader: NodeId, term: number): void {
    const status = replica.raw.status();
    if (status.softState.role !== 'follower' || status.softState.leader !== leader || status.hardState.term !== term) return;
    replica.quiet = { sinceTick: this.ticksValue, leader };
  }

  /**
   * True when `message` may reach a quiet replica without waking it: at a quiet follower, the
   * quiesce notice of its leader (again); at a quiet leader, a heartbeat response.
   */
  keepsQuiet(replica: Replica, message: Message, quiesce: boolean): boolean {
    const quiet = replica.quiet;
    if (quiet === null) return false;
    if (quiet.leader === this.options.nodeId) return message.type === 'heartbeat-response';
    return quiesce && message.type === 'heartbeat' && quiet.leader === message.from;
  }

  /** True when a quiet replica's Ready holds only what a quiet group produces: handshake messages, a commit index and its applies. */
  quietReady(ready: Ready): boolean {
    if (ready.softState !== null || ready.readStates.length > 0 || ready.entries.length > 0 || ready.snapshot !== null) return false;
    return ready.messagesBeforePersist.every(isHandshakeMessage) && ready.messages.every(isHandshakeMessage);
  }

  /**
   * Wakes a quiet replica: ticks resume, and Raft learns how many it missed — all of them for a
   * leader (its lease clock), only those since its leader's node was last heard from for a
   * follower (its election clock, pinned to that contact). No-op on an awake replica.
   */
  wake(replica: Replica): void {
    const quiet = replica.quiet;
    if (quiet === null) return;
    replica.quiet = null;
    replica.lastActiveTick = this.ticksValue;
    let since = quiet.sinceTick;
    if (quiet.leader !== this.options.nodeId) since = Math.max(since, this.lastContactTick.get(quiet.leader) ?? since);
    replica.raw.resume(this.ticksValue - since);
  }

  /**
   * The quiet replicas whose liveness hangs on `peer`: followers of the groups it leads, and the
   * groups this node leads with a replica on it. Both directions matter: under a one-way cut the
   * followers still hear the leader's node, and only the leader notices its followers are silent.
   */
  dependingOn(peer: NodeId, replicas: Iterable<Replica>): Replica[] {
    if (peer === this.options.nodeId) return [];
    const found: Replica[] = [];
    for (const replica of replicas) {
      const quiet = replica.quiet;
      if (quiet === null) continue;
      if (quiet.leader === peer || (quiet.leader === this.options.nodeId && replica.hasMemberOn(peer))) found.push(replica);
    }
    return found;
  }
}

function isHandshakeMessage(message: Message): boolean {
  return message.type === 'heartbeat' || message.type === 'heartbeat-response';
}
