/**
 * The simulator's command line:
 *   npm run sim -- --seed S [--trace]        replay one schedule (with --trace: every event)
 *   npm run sim -- --schedules N [--from S]  run N schedules with seeds S, S+1, … (default S = 1)
 */
import process from 'node:process';
import { describeSchedule, generateSchedule } from './schedule.js';
import { runSchedules } from './run-schedules.js';
import { Simulation, SimulationFailure } from './simulation.js';

function argument(name: string): string | undefined {
  const position = process.argv.indexOf(name);
  return position === -1 ? undefined : process.argv[position + 1];
}

function numberArgument(name: string, fallback: number): number {
  const text = argument(name);
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < 0) {
    process.stderr.write(`${name} needs a non-negative integer, got ${JSON.stringify(text)}\n`);
    process.exit(2);
  }
  return value;
}

function printFailure(failure: SimulationFailure): void {
  process.stdout.write(`FAIL ${failure.message}\n  schedule: ${describeSchedule(generateSchedule(failure.seed))}\n  last events:\n`);
  for (const line of failure.trace) process.stdout.write(`    ${line}\n`);
}

if (process.argv.includes('--help')) {
  process.stdout.write('usage: npm run sim -- --seed S [--trace] | --schedules N [--from S] [--keep-going]\n');
  process.exit(0);
}

if (argument('--seed') !== undefined) {
  const seed = numberArgument('--seed', 0);
  const schedule = generateSchedule(seed);
  process.stdout.write(`seed ${seed}: ${describeSchedule(schedule)}\n`);
  const trace = process.argv.includes('--trace') ? (line: string) => process.stdout.write(`${line}\n`) : undefined;
  try {
    const result = new Simulation(schedule, { trace }).run();
    process.stdout.write(`ok ${JSON.stringify(result)}\n`);
  } catch (error) {
    if (!(error instanceof SimulationFailure)) throw error;
    printFailure(error);
    process.exit(1);
  }
} else {
  const count = numberArgument('--schedules', 100);
  const from = numberArgument('--from', 1);
  const started = performance.now();
  const result = runSchedules(from, count, { keepGoing: process.argv.includes('--keep-going') });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  for (const failure of result.failures) printFailure(failure);
  process.stdout.write(
    `${result.schedules} schedules (seeds ${from}..${from + count - 1}) in ${seconds} s: ${result.failures.length} failed; ` +
      `${result.leaders} leaders, ${result.writesAcknowledged} writes acknowledged, ${result.readsServed} reads checked, ${result.crashes} crashes, ${result.membershipChanges} membership changes\n`,
  );
  process.exit(result.failures.length === 0 ? 0 : 1);
}
