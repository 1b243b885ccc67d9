import { Rng } from './rng.js';

/** One fault or operation the simulator injects at a given time (in microsteps; 10 microsteps = 1 tick). */
export type ScheduledEvent =
  | { at: number; kind: 'crash'; target: 'random' | 'leader' }
  | { at: number; kind: 'restart-all' }
  | { at: number; kind: 'partition'; shape: PartitionShape }
  | { at: number; kind: 'heal' }
  | { at: number; kind: 'membership'; change: 'add-learner' | 'promote' | 'remove' | 'swap' | 'demote' }
  | { at: number; kind: 'transfer' }
  | { at: number; kind: 'compact' }
  /** Clients stop writing until two nodes believe they lead, or the network heals (a load lull). */
  | { at: number; kind: 'lull' };

/**
 * How a partition cuts the cluster. 'bridge-leader' reacts to the current leader: it keeps a quorum
 * only through one bridge node, while the rest (a quorum with the bridge) can no longer hear it
 * (with no leader at that moment it isolates one random node instead).
 */
export type PartitionShape = 'halves' | 'isolate-leader' | 'isolate-random' | 'one-way' | 'bridge' | 'bridge-leader';

/**
 * The kind of trouble a schedule concentrates on:
 * - 'standard': a mix of every fault at a moderate rate;
 * - 'churn': crashes every few ticks with short downtimes, one entry per append and tiny windows,
 *   so persists, appends and elections are cut at every possible point (Figure 8, lost acks);
 * - 'partition': frequent asymmetric partitions (bridges, one-way links) and delay spikes, where
 *   stale leaders, stale vote requests and leases are put to the test;
 * - 'stale-leader': PreVote and CheckQuorum mostly off, lease reads, a fast network, and bridges
 *   built around the current leader: the far side elects a new leader through the bridge while the
 *   old one still hears a quorum's acknowledgements, and clients write to the new leader while they
 *   read from the old one (a lease is only sound when CheckQuorum stops that election).
 */
export type ScheduleProfile = 'standard' | 'churn' | 'partition' | 'stale-leader';

/** Everything a simulated run depends on. Derived from one seed by generateSchedule(). */
export interface Schedule {
  seed: number;
  profile: ScheduleProfile;
  nodeCount: 3 | 5;
  preVote: boolean;
  checkQuorum: boolean;
  readMode: 'read-index' | 'lease';
  /** RaftConfig.lazyCommitBroadcast (what the server runs with). Drawn last, so older seeds keep their schedules. */
  lazyCommitBroadcast: boolean;
  electionTicks: number;
  heartbeatTicks: number;
  maxInflightMessages: number;
  maxSizePerMessageBytes: number;
  /** Network: per-message probabilities and the delivery delay range in microsteps. */
  dropProbability: number;
  duplicateProbability: number;
  delayMax: number;
  /** The chance a message is held back by a delay spike of up to `spikeDelayMax` microsteps (a stalled TCP stream). */
  spikeProbability: number;
  spikeDelayMax: number;
  /** Microsteps a disk write (one Ready's persist) takes at most. */
  diskDelayMax: number;
  /** Microsteps a crashed node stays down at most. */
  downtimeMax: number;
  /** Per microstep: the chance a client issues a write, and a read. */
  writeProbability: number;
  readProbability: number;
  /** Faults happen before this time; then the network heals, every node restarts and the run must make progress. */
  faultEnd: number;
  end: number;
  events: ScheduledEvent[];
}

export const microstepsPerTick = 10;

/** Builds a fault schedule from a seed. Every parameter is logged with the seed so a failure replays exactly. */
export function generateSchedule(seed: number): Schedule {
  const rng = new Rng(seed);
  const profile = rng.pick(['standard', 'standard', 'churn', 'partition', 'stale-leader'] as const);
  const nodeCount = rng.chance(0.5) ? 3 : 5;
  const faultEnd = rng.between(150, 300) * microstepsPerTick;
  const churn = profile === 'churn';
  const partition = profile === 'partition';
  if (profile === 'stale-leader') return staleLeaderSchedule(rng, seed, nodeCount, faultEnd);
  const schedule: Schedule = {
    seed,
    profile,
    nodeCount,
    preVote: rng.chance(churn ? 0.5 : 0.7),
    checkQuorum: rng.chance(churn || partition ? 0.4 : 0.7),
    readMode: rng.chance(partition ? 0.8 : 0.5) ? 'lease' : 'read-index',
    lazyCommitBroadcast: false,
    electionTicks: rng.between(5, 12),
    heartbeatTicks: rng.between(1, 2),
    maxInflightMessages: churn ? rng.pick([1, 2]) : rng.pick([1, 2, 4, 256]),
    maxSizePerMessageBytes: churn ? 1 : rng.pick([1, 64, 1024 * 1024]),
    dropProbability: rng.pick([0, 0.02, 0.1, 0.25]),
    duplicateProbability: rng.pick([0, 0.02, 0.1]),
    delayMax: partition ? rng.pick([10, 30, 60]) : rng.pick([3, 10, 30, 60]),
    spikeProbability: partition ? rng.pick([0.01, 0.03]) : rng.pick([0, 0, 0.01]),
    spikeDelayMax: rng.between(10, 40) * microstepsPerTick,
    diskDelayMax: churn ? rng.pick([5, 20]) : rng.pick([1, 5, 20]),
    downtimeMax: churn ? rng.pick([5, 20, 60]) : rng.pick([30, 100, 400]),
    writeProbability: rng.pick([0.02, 0.05, 0.15]),
    readProbability: rng.pick([0.02, 0.05, 0.15]),
    faultEnd,
    end: faultEnd + 150 * microstepsPerTick,
    events: [],
  };
  const faultTicks = faultEnd / microstepsPerTick;
  const eventCount = churn ? rng.between(Math.floor(faultTicks / 12), Math.floor(faultTicks / 4)) : partition ? rng.between(10, 30) : rng.between(4, 24);
  for (let count = 0; count < eventCount; count += 1) {
    const at = rng.between(20 * microstepsPerTick, faultEnd - 1);
    schedule.events.push(churn ? churnEvent(rng, at) : partition ? partitionEvent(rng, at) : randomEvent(rng, at));
  }
  schedule.events.sort((a, b) => a.at - b.at);
  schedule.lazyCommitBroadcast = lazyCommitBroadcastOf(rng);
  return schedule;
}

/**
 * Episodes of "bridge around the leader, then heal": each bridge lasts a few election timeouts, long
 * enough for the far side to elect, and the gap lets one leader settle (and earn a lease) again.
 */
function staleLeaderSchedule(rng: Rng, seed: number, nodeCount: 3 | 5, faultEnd: number): Schedule {
  const electionTicks = rng.between(5, 12);
  const schedule: Schedule = {
    seed,
    profile: 'stale-leader',
    nodeCount,
    preVote: rng.chance(0.2),
    checkQuorum: rng.chance(0.2),
    readMode: 'lease',
    lazyCommitBroadcast: false,
    electionTicks,
    heartbeatTicks: rng.between(1, 2),
    maxInflightMessages: rng.pick([4, 256]),
    maxSizePerMessageBytes: rng.pick([64, 1024 * 1024]),
    dropProbability: rng.pick([0, 0, 0.02]),
    duplicateProbability: rng.pick([0, 0.02]),
    delayMax: rng.pick([2, 4, 8]),
    spikeProbability: 0,
    spikeDelayMax: microstepsPerTick,
    diskDelayMax: rng.pick([1, 3]),
    downtimeMax: rng.pick([30, 100]),
    writeProbability: rng.pick([0.05, 0.1]),
    readProbability: rng.pick([0.1, 0.2]),
    faultEnd,
    end: faultEnd + 150 * microstepsPerTick,
    events: [],
  };
  const tick = microstepsPerTick;
  for (let at = rng.between(3, 5) * electionTicks * tick; at < faultEnd; ) {
    // Without a lull the bridge node's log runs ahead of the far side's and it refuses their votes.
    schedule.events.push({ at: at - 2 * tick, kind: 'lull' });
    schedule.events.push({ at, kind: 'partition', shape: 'bridge-leader' });
    const healAt = at + rng.between(2 * electionTicks, 5 * electionTicks) * tick;
    if (healAt < faultEnd) schedule.events.push({ at: healAt, kind: 'heal' });
    if (rng.chance(0.2) && healAt + tick < faultEnd) schedule.events.push({ at: healAt + tick, kind: rng.chance(0.5) ? 'transfer' : 'compact' });
    at = healAt + rng.between(2 * electionTicks, 4 * electionTicks) * tick;
  }
  schedule.lazyCommitBroadcast = lazyCommitBroadcastOf(rng);
  return schedule;
}

/** Half the runs use the server's lazy commit broadcast; TESSERA_SIM_LAZY_COMMIT=0|1 forces one. */
function lazyCommitBroadcastOf(rng: Rng): boolean {
  const forced = process.env.TESSERA_SIM_LAZY_COMMIT;
  const drawn = rng.chance(0.5);
  return forced === '1' ? true : forced === '0' ? false : drawn;
}

function churnEvent(rng: Rng, at: number): ScheduledEvent {
  const roll = rng.int(100);
  if (roll < 75) return { at, kind: 'crash', target: rng.chance(0.6) ? 'leader' : 'random' };
  if (roll < 85) return { at, kind: 'membership', change: rng.pick(['add-learner', 'promote', 'swap', 'remove'] as const) };
  if (roll < 92) return { at, kind: 'transfer' };
  return { at, kind: 'compact' };
}

function partitionEvent(rng: Rng, at: number): ScheduledEvent {
  const roll = rng.int(100);
  if (roll < 45) return { at, kind: 'partition', shape: rng.pick(['bridge', 'bridge', 'one-way', 'one-way', 'isolate-leader', 'halves'] as const) };
  if (roll < 75) return { at, kind: 'heal' };
  if (roll < 85) return { at, kind: 'crash', target: 'random' };
  if (roll < 93) return { at, kind: 'transfer' };
  return { at, kind: 'membership', change: rng.pick(['add-learner', 'promote'] as const) };
}

function randomEvent(rng: Rng, at: number): ScheduledEvent {
  const roll = rng.int(100);
  if (roll < 22) return { at, kind: 'crash', target: rng.chance(0.5) ? 'leader' : 'random' };
  if (roll < 27) return { at, kind: 'restart-all' };
  if (roll < 42) return { at, kind: 'partition', shape: rng.pick(['halves', 'isolate-leader', 'isolate-random', 'one-way', 'bridge'] as const) };
  if (roll < 54) return { at, kind: 'heal' };
  if (roll < 80) return { at, kind: 'membership', change: rng.pick(['add-learner', 'add-learner', 'promote', 'promote', 'remove', 'swap', 'demote'] as const) };
  if (roll < 88) return { at, kind: 'transfer' };
  return { at, kind: 'compact' };
}

/** One line describing a schedule, printed with every failure. */
export function describeSchedule(schedule: Schedule): string {
  const { events, ...parameters } = schedule;
  const faults = events.map((event) => `${event.at}:${event.kind}${'target' in event ? `/${event.target}` : ''}${'shape' in event ? `/${event.shape}` : ''}${'change' in event ? `/${event.change}` : ''}`);
  return `${JSON.stringify(parameters)} events=[${faults.join(' ')}]`;
}
