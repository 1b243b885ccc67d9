import { Rng } from './rng.js';

/** One fault or operation the simulator injects at a given time (in microsteps; 10 microsteps = 1 tick). */
export type ScheduledEvent =
  | { at: number; kind: 'crash'; target: 'random' | 'leader' }
  | { at: number; kind: 'restart-all' }
  | { at: number; kind: 'partition'; shape: 'halves' | 'isolate-leader' | 'isolate-random' | 'one-way' | 'bridge' }
  | { at: number; kind: 'heal' }
  | { at: number; kind: 'membership'; change: 'add-learner' | 'promote' | 'remove' | 'swap' | 'demote' }
  | { at: number; kind: 'transfer' }
  | { at: number; kind: 'compact' };

/** Everything a simulated run depends on. Derived from one seed by generateSchedule(). */
export interface Schedule {
  seed: number;
  nodeCount: 3 | 5;
  preVote: boolean;
  checkQuorum: boolean;
  readMode: 'read-index' | 'lease';
  electionTicks: number;
  heartbeatTicks: number;
  maxInflightMessages: number;
  maxSizePerMessageBytes: number;
  /** Network: per-message probabilities and the delivery delay range in microsteps. */
  dropProbability: number;
  duplicateProbability: number;
  delayMax: number;
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
  const nodeCount = rng.chance(0.5) ? 3 : 5;
  const checkQuorum = rng.chance(0.7);
  const electionTicks = rng.between(5, 12);
  const faultEnd = rng.between(150, 300) * microstepsPerTick;
  const schedule: Schedule = {
    seed,
    nodeCount,
    preVote: rng.chance(0.7),
    checkQuorum,
    readMode: rng.chance(0.5) ? 'lease' : 'read-index',
    electionTicks,
    heartbeatTicks: rng.between(1, 2),
    maxInflightMessages: rng.pick([1, 2, 4, 256]),
    maxSizePerMessageBytes: rng.pick([1, 64, 1024 * 1024]),
    dropProbability: rng.pick([0, 0.02, 0.1, 0.25]),
    duplicateProbability: rng.pick([0, 0.02, 0.1]),
    delayMax: rng.pick([3, 10, 30, 60]),
    diskDelayMax: rng.pick([1, 5, 20]),
    downtimeMax: rng.pick([30, 100, 400]),
    writeProbability: rng.pick([0.02, 0.05, 0.15]),
    readProbability: rng.pick([0.02, 0.05, 0.15]),
    faultEnd,
    end: faultEnd + 150 * microstepsPerTick,
    events: [],
  };
  const eventCount = rng.between(4, 24);
  for (let count = 0; count < eventCount; count += 1) {
    const at = rng.between(20 * microstepsPerTick, faultEnd - 1);
    schedule.events.push(randomEvent(rng, at));
  }
  schedule.events.sort((a, b) => a.at - b.at);
  return schedule;
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
