import { generateSchedule } from './schedule.js';
import { Simulation, SimulationFailure, type SimulationResult } from './simulation.js';

/** Totals over many schedules. */
export interface ScheduleBatchResult {
  schedules: number;
  failures: SimulationFailure[];
  leaders: number;
  writesAcknowledged: number;
  readsServed: number;
  crashes: number;
  membershipChanges: number;
}

/** Runs `count` schedules with seeds firstSeed, firstSeed+1, …; stops at the first failure unless told to go on. */
export function runSchedules(firstSeed: number, count: number, options: { keepGoing?: boolean } = {}): ScheduleBatchResult {
  const total: ScheduleBatchResult = { schedules: 0, failures: [], leaders: 0, writesAcknowledged: 0, readsServed: 0, crashes: 0, membershipChanges: 0 };
  for (let offset = 0; offset < count; offset += 1) {
    const seed = (firstSeed + offset) >>> 0;
    let result: SimulationResult;
    try {
      result = new Simulation(generateSchedule(seed)).run();
    } catch (error) {
      if (!(error instanceof SimulationFailure)) throw error;
      total.failures.push(error);
      total.schedules += 1;
      if (options.keepGoing === true) continue;
      return total;
    }
    total.schedules += 1;
    total.leaders += result.leaders;
    total.writesAcknowledged += result.writesAcknowledged;
    total.readsServed += result.readsServed;
    total.crashes += result.crashes;
    total.membershipChanges += result.membershipChanges;
  }
  return total;
}
