import type { SeededRandom } from '../runner/random.js';
import type { ActiveFault, Nemesis, NemesisContext } from './nemesis.js';

/** One line of nemesis.jsonl. */
export interface NemesisEvent {
  /** Nanoseconds since the start of the run (the history's clock). */
  time: number;
  /** Wall-clock milliseconds since the epoch, to line events up with the node logs' "time". */
  wallMs: number;
  nemesis: string;
  phase: 'start' | 'heal' | 'error';
  details: Record<string, unknown>;
}

/** How the schedule runs. */
export interface ScheduleOptions {
  nemeses: readonly Nemesis[];
  context: NemesisContext;
  random: SeededRandom;
  /** Mean length of one quiet + fault cycle, in ms. */
  intervalMs: number;
  /** Date.now() after which no fault starts; a fault in place then is healed at once. */
  untilMs: number;
  signal: AbortSignal;
  /** The history's clock, in ns since the start of the run. */
  nowNs: () => number;
  record: (event: Omit<NemesisEvent, 'wallMs'>) => void;
}

/** Relative odds of each nemesis; corruption and power cuts are heavy (a restart and data copies), so rarer. */
const weightOf: Readonly<Record<string, number>> = { corrupt: 0.3, 'lose-unsynced': 0.6 };

/**
 * Runs faults one at a time until `untilMs`: a quiet spell of 30–70 % of the interval, then a
 * nemesis drawn from the seeded source, held for 50–100 % of the interval, then healed. Every
 * start, heal and error is recorded with its parameters. Resolves once the last fault is healed.
 */
export async function runNemesisSchedule(options: ScheduleOptions): Promise<void> {
  const { random, intervalMs, signal } = options;
  if (options.nemeses.length === 0) return;
  while (!signal.aborted && Date.now() < options.untilMs) {
    await sleep(Math.min(random.between(0.3, 0.7) * intervalMs, options.untilMs - Date.now()), signal);
    if (signal.aborted || Date.now() >= options.untilMs) break;
    const nemesis = pickWeighted(options.nemeses, random);
    const fault = await startFault(nemesis, options);
    if (fault === null) continue;
    await sleep(Math.min(random.between(0.5, 1) * intervalMs, options.untilMs - Date.now()), signal);
    await healFault(nemesis, fault, options);
  }
}

async function startFault(nemesis: Nemesis, options: ScheduleOptions): Promise<ActiveFault | null> {
  try {
    const fault = await nemesis.start(options.context);
    options.record({ time: options.nowNs(), nemesis: nemesis.name, phase: 'start', details: fault.description });
    return fault;
  } catch (error) {
    options.record({ time: options.nowNs(), nemesis: nemesis.name, phase: 'error', details: { during: 'start', error: String(error) } });
    return null;
  }
}

async function healFault(nemesis: Nemesis, fault: ActiveFault, options: ScheduleOptions): Promise<void> {
  try {
    const details = await fault.heal();
    options.record({ time: options.nowNs(), nemesis: nemesis.name, phase: 'heal', details });
  } catch (error) {
    options.record({ time: options.nowNs(), nemesis: nemesis.name, phase: 'error', details: { during: 'heal', error: String(error) } });
  }
}

function pickWeighted(nemeses: readonly Nemesis[], random: SeededRandom): Nemesis {
  const weights = nemeses.map((nemesis) => weightOf[nemesis.name] ?? 1);
  let roll = random.next() * weights.reduce((sum, weight) => sum + weight, 0);
  for (let position = 0; position < nemeses.length; position += 1) {
    roll -= weights[position];
    if (roll < 0) return nemeses[position];
  }
  return nemeses[nemeses.length - 1];
}

/** Waits `ms` (pacing between faults, not waiting for a condition), or less if `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (ms <= 0 || signal?.aborted === true) return Promise.resolve();
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}
