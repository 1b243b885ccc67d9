import { setMaxListeners } from 'node:events';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { appendFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect, type TesseraClient } from '../../src/client/index.js';
import { shardForKey } from '../../src/routing/shard-map.js';
import { createNemeses, type CorruptionReaction, type LostMemberChange, type PowerCutReaction } from '../nemesis/index.js';
import { runNemesisSchedule, type NemesisEvent } from '../nemesis/schedule.js';
import { createWorkload } from '../workloads/index.js';
import type { Workload } from '../workloads/workload.js';
import { JepsenCluster } from './cluster.js';
import { pollUntil, retireDeparted } from './cluster-membership.js';
import type { RunOptions } from './options.js';
import { SeededRandom } from './random.js';
import { HistoryRecorder, ProcessIds } from './recorder.js';
import { corruptionCheck, memberChangeCheck, overallVerdict, powerCutCheck, summarizeNemesis, verdictText, writeResults, writeTimelines, type RunResult } from './report.js';
import { runFinalReads, runWorker } from './workers.js';

/** How long the cluster may take to come up, to recover after healing, and to answer the final reads. */
const startTimeoutMs = 60_000;
const recoveryTimeoutMs = 60_000;
const finalReadsTimeoutMs = 60_000;

/** Hooks of a run: progress lines, cancellation, and the cluster (so a signal handler can kill it). */
export interface RunHooks {
  log: (line: string) => void;
  signal?: AbortSignal;
  onCluster?: (cluster: JepsenCluster) => void;
}

/** What the phases of one run share. */
interface Run {
  options: RunOptions;
  hooks: RunHooks;
  signal: AbortSignal;
  storeDirectory: string;
  cluster: JepsenCluster;
  recorder: HistoryRecorder;
  processes: ProcessIds;
  workloads: Workload[];
  /** Every SDK client opened, closed at the end. */
  clients: TesseraClient[];
  endpoints: string[];
}

/**
 * One jepsen-lite run: a fresh cluster, the workloads under the nemesis schedule for
 * `timeSeconds`, healing, recovery, final reads, checks, and the store directory with
 * history.jsonl, nemesis.jsonl, node logs, results.json and timelines. Every process it started is
 * killed before it resolves or rejects.
 */
export async function runTest(options: RunOptions, hooks: RunHooks): Promise<RunResult> {
  const storeDirectory = join(options.storeRoot, `${new Date().toISOString().replaceAll(':', '-')}-${options.workloads.join('+')}-seed${options.seed}`);
  mkdirSync(storeDirectory, { recursive: true });
  const dataRoot = mkdtempSync(join(tmpdir(), 'jepsen-lite-'));
  const signal = hooks.signal ?? new AbortController().signal;
  // Every worker and the schedule wait on the signal at once.
  setMaxListeners(options.clients + 16, signal);
  const cluster = new JepsenCluster({ nodeCount: options.nodes, shards: options.shards, replicas: options.replicas, logDirectory: storeDirectory, dataRoot, tickMs: options.tickMs, electionTicks: options.electionTicks, failpoints: options.failpoints, trackSyncedLogLengths: options.nemeses.includes('lose-unsynced'), spareNodes: options.nemeses.includes('membership') ? spareNodesFor(options) : 0 });
  hooks.onCluster?.(cluster);
  const run: Run = {
    options, hooks, signal, storeDirectory, cluster,
    recorder: new HistoryRecorder(join(storeDirectory, 'history.jsonl')),
    processes: new ProcessIds(),
    workloads: options.workloads.map((name) => createWorkload(name, { activeKeys: options.activeKeys, operationsPerKey: options.operationsPerKey })),
    clients: [],
    endpoints: [],
  };
  try {
    hooks.log(`jepsen-lite: ${options.workloads.join('+')} under ${options.nemeses.join(',') || 'no faults'}, ${options.nodes} nodes, ${options.clients} clients, ${options.timeSeconds} s, seed ${options.seed}${options.failpoints.length > 0 ? `, FAILPOINTS ${options.failpoints.join(',')}` : ''}`);
    await startCluster(run);
    const load = await runLoad(run);
    if (signal.aborted) throw new Error('run aborted');
    const recovery = await recover(run);
    await run.recorder.close();
    return await checkAndReport(run, load, recovery);
  } finally {
    for (const client of run.clients) client.close();
    await run.recorder.close();
    await cluster.stopAll();
    rmSync(dataRoot, { recursive: true, force: true });
  }
}

/** Starts the nodes, waits for every leader, connects the clients and sets the workloads up. */
async function startCluster(run: Run): Promise<void> {
  const { cluster, options } = run;
  await cluster.start();
  if (!(await cluster.waitHealthy(startTimeoutMs))) throw new Error(`the cluster did not elect every leader within ${startTimeoutMs} ms (logs in ${run.storeDirectory})`);
  run.endpoints = cluster.nodes.map((node) => node.clientAddress);
  const control = await connect({ endpoints: run.endpoints, timeoutMs: options.opTimeoutMs });
  run.clients.push(control);
  for (const workload of run.workloads) await setUp(workload, control, options.opTimeoutMs);
  for (let worker = 0; worker < options.clients; worker += 1) run.clients.push(await connect({ endpoints: run.endpoints, timeoutMs: options.opTimeoutMs }));
}

/** The load phase: every worker and the nemesis schedule until the time is up (or the run is aborted). */
async function runLoad(run: Run): Promise<{ loadSeconds: number; nemesisEvents: NemesisEvent[]; corruption: CorruptionReaction[]; powerCuts: PowerCutReaction[]; lostMemberChanges: LostMemberChange[] }> {
  const { options, recorder } = run;
  const random = new SeededRandom(options.seed);
  const nemesisEvents: NemesisEvent[] = [];
  const corruption: CorruptionReaction[] = [];
  const powerCuts: PowerCutReaction[] = [];
  const lostMemberChanges: LostMemberChange[] = [];
  const startedMs = Date.now();
  const untilMs = startedMs + options.timeSeconds * 1000;
  const workers = Array.from({ length: options.clients }, (_, worker) =>
    runWorker({
      client: run.clients[worker + 1],
      workload: run.workloads[worker % run.workloads.length],
      recorder,
      processes: run.processes,
      random: random.fork(`worker-${worker}`),
      untilMs,
      meanGapMs: options.rate > 0 ? (options.clients / options.rate) * 1000 : 0,
      opTimeoutMs: options.opTimeoutMs,
      signal: run.signal,
    }),
  );
  const nemesisRandom = random.fork('nemesis');
  const schedule = runNemesisSchedule({
    nemeses: createNemeses(options.nemeses, { corruption, powerCuts, lostMemberChanges }, { replicas: options.replicas }),
    context: { cluster: run.cluster, random: nemesisRandom, targetShard: () => shardOfHotKey(run.clients[0], run.workloads, nemesisRandom) },
    random: nemesisRandom,
    intervalMs: options.nemesisIntervalSeconds * 1000,
    untilMs,
    signal: run.signal,
    nowNs: () => recorder.nowNs(),
    record: (unstamped) => {
      const event: NemesisEvent = { ...unstamped, wallMs: Date.now() };
      nemesisEvents.push(event);
      run.hooks.log(`  ${(event.time / 1e9).toFixed(1)} s nemesis ${event.nemesis} ${event.phase} ${JSON.stringify(event.details)}`);
      void appendFile(join(run.storeDirectory, 'nemesis.jsonl'), JSON.stringify(event) + '\n');
    },
  });
  const progress = setInterval(() => run.hooks.log(`  ${((Date.now() - startedMs) / 1000).toFixed(0)} s: ${recorder.events.length} events`), 10_000);
  try {
    await Promise.all([...workers, schedule]);
  } finally {
    clearInterval(progress);
  }
  return { loadSeconds: (Date.now() - startedMs) / 1000, nemesisEvents, corruption, powerCuts, lostMemberChanges };
}

/** Heals everything, waits for the cluster to recover, and runs every workload's final reads. */
async function recover(run: Run): Promise<RunResult['recovery']> {
  run.hooks.log('  healing every fault, waiting for recovery');
  const startedMs = Date.now();
  const { cluster } = run;
  cluster.healNetwork();
  for (const id of cluster.ids) {
    cluster.resume(id);
    if (!cluster.isRunning(id)) cluster.launch(id);
  }
  // A member still draining is stopped once it has left (or the wait ends).
  await pollUntil(async () => (await retireDeparted(cluster), cluster.leaving.size === 0), recoveryTimeoutMs);
  const healthy = await cluster.waitHealthy(recoveryTimeoutMs);
  const seconds = (Date.now() - startedMs) / 1000;
  const client = await connect({ endpoints: cluster.members.map((node) => node.clientAddress), timeoutMs: run.options.opTimeoutMs });
  run.clients.push(client);
  let finalReadsMissing = 0;
  for (const workload of run.workloads) {
    const missing = await runFinalReads({ client, workload, recorder: run.recorder, processes: run.processes, untilMs: Date.now() + finalReadsTimeoutMs, opTimeoutMs: run.options.opTimeoutMs });
    finalReadsMissing += missing.length;
  }
  return { healthy, seconds, finalReadsMissing };
}

/** Checks every workload's events (and the corruption reactions), writes results.json and the timelines. */
async function checkAndReport(run: Run, load: Awaited<ReturnType<typeof runLoad>>, recovery: RunResult['recovery']): Promise<RunResult> {
  run.hooks.log('  checking');
  const { recorder } = run;
  const checks = run.workloads.map((workload) => workload.check(recorder.events.filter((event) => workload.owns(event)), { timeBudgetMsPerKey: run.options.checkBudgetMsPerKey }));
  const corruptionVerdict = corruptionCheck(load.corruption);
  if (corruptionVerdict !== null) checks.push(corruptionVerdict);
  const powerCutVerdict = powerCutCheck(load.powerCuts);
  if (powerCutVerdict !== null) checks.push(powerCutVerdict);
  if (run.options.nemeses.includes('membership')) checks.push(memberChangeCheck(load.lostMemberChanges));
  const completions = recorder.events.filter((event) => event.type !== 'invoke');
  const count = (type: string): number => completions.filter((event) => event.type === type).length;
  const result: RunResult = {
    valid: overallVerdict(checks, recovery.finalReadsMissing),
    storeDirectory: run.storeDirectory,
    seed: run.options.seed,
    options: run.options,
    loadSeconds: load.loadSeconds,
    operations: { total: completions.length, ok: count('ok'), fail: count('fail'), info: count('info'), processes: run.processes.count },
    checks,
    nemesis: summarizeNemesis(load.nemesisEvents),
    corruption: load.corruption,
    powerCuts: load.powerCuts,
    lostMemberChanges: load.lostMemberChanges,
    crashes: run.cluster.exits.filter((exit) => !exit.expected),
    recovery,
    timelines: await writeTimelines(run.storeDirectory, checks),
  };
  await writeResults(result);
  run.hooks.log(verdictText(result));
  return result;
}

/** Runs a workload's setup until it succeeds (it is idempotent) or the start timeout passes. */
async function setUp(workload: Workload, client: TesseraClient, opTimeoutMs: number): Promise<void> {
  const deadline = Date.now() + startTimeoutMs;
  for (;;) {
    try {
      await workload.setup(client, { timeoutMs: opTimeoutMs });
      return;
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`workload ${workload.name} could not be set up: ${String(error)}`);
    }
  }
}

/**
 * Node ids the membership nemesis may add: one per fault the run can hold (a cycle lasts at least
 * 0.8 of the interval), within a bound that keeps the proxies (one per directed link) few.
 */
export function spareNodesFor(options: Pick<RunOptions, 'timeSeconds' | 'nemesisIntervalSeconds'>): number {
  return Math.min(40, Math.ceil(options.timeSeconds / (0.8 * options.nemesisIntervalSeconds)) + 1);
}

/** The shard of a key a workload uses now. */
function shardOfHotKey(client: TesseraClient, workloads: readonly Workload[], random: SeededRandom): number {
  const keys = workloads.flatMap((workload) => workload.hotKeys());
  return shardForKey(client.shardMap(), new TextEncoder().encode(random.pick(keys))).id;
}
