import type { Message, NodeId } from '../../src/raft/types.js';
import type { Rng } from './rng.js';
import type { Schedule } from './schedule.js';

/**
 * The simulated network: every message gets a random delay (so messages reorder), may be dropped or
 * duplicated, and never crosses a cut link. Links are directed, so one-way partitions exist.
 */
export class SimNetwork {
  private readonly inFlight = new Map<number, Message[]>();
  private readonly blocked = new Set<string>();
  sent = 0;
  dropped = 0;
  /** After the faults end: no loss, no duplicates, delays far below an election timeout (Raft's timing requirement). */
  private calmValue = false;

  constructor(
    private readonly schedule: Schedule,
    private readonly rng: Rng,
  ) {}

  send(message: Message, now: number): void {
    this.sent += 1;
    if (this.isBlocked(message.from, message.to)) {
      this.dropped += 1;
      return;
    }
    if (this.calmValue) {
      this.enqueue(message, now + 1 + this.rng.int(3));
      return;
    }
    if (this.rng.chance(this.schedule.dropProbability)) {
      this.dropped += 1;
      return;
    }
    const spike = this.rng.chance(this.schedule.spikeProbability) ? this.rng.int(this.schedule.spikeDelayMax) : 0;
    this.enqueue(message, now + 1 + spike + this.rng.int(this.schedule.delayMax));
    if (this.rng.chance(this.schedule.duplicateProbability)) this.enqueue(message, now + 1 + this.rng.int(this.schedule.delayMax * 2 + this.schedule.spikeDelayMax * (this.schedule.profile === 'partition' ? 1 : 0)));
  }

  /** The messages arriving at `now`, minus those whose link was cut while they travelled. */
  deliveries(now: number): Message[] {
    const arriving = this.inFlight.get(now);
    if (arriving === undefined) return [];
    this.inFlight.delete(now);
    return arriving.filter((message) => !this.isBlocked(message.from, message.to));
  }

  /** Loses every message `from` still has in flight: a crashed process's unsent socket buffers. */
  dropFrom(from: NodeId): void {
    for (const [at, bucket] of this.inFlight) {
      const kept = bucket.filter((message) => message.from !== from);
      this.dropped += bucket.length - kept.length;
      if (kept.length === 0) this.inFlight.delete(at);
      else this.inFlight.set(at, kept);
    }
  }

  /** Cuts every link between the two groups, both ways. */
  cutBetween(left: readonly NodeId[], right: readonly NodeId[]): void {
    for (const a of left) {
      for (const b of right) {
        this.blocked.add(`${a}>${b}`);
        this.blocked.add(`${b}>${a}`);
      }
    }
  }

  /** Cuts the links from `from` to each of `to` only. */
  cutOneWay(from: NodeId, to: readonly NodeId[]): void {
    for (const target of to) this.blocked.add(`${from}>${target}`);
  }

  heal(): void {
    this.blocked.clear();
  }

  /** Heals and stops every fault for good: the run's quiet period. */
  calm(): void {
    this.blocked.clear();
    this.calmValue = true;
  }

  describe(): string {
    return this.blocked.size === 0 ? 'healed' : [...this.blocked].sort().join(',');
  }

  private isBlocked(from: NodeId, to: NodeId): boolean {
    return this.blocked.size > 0 && this.blocked.has(`${from}>${to}`);
  }

  private enqueue(message: Message, at: number): void {
    const bucket = this.inFlight.get(at);
    if (bucket === undefined) this.inFlight.set(at, [message]);
    else bucket.push(message);
  }
}
