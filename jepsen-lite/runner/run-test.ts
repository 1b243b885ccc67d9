import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { setMaxListeners } from 'node:events';
import { appendFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect, type TesseraClient } from '../../src/client/index.js';
import { shardForKey } from '../../src/routing/shard-map.js';
import { createNemeses, type CorruptionReaction } from '../nemesis/index.js';
import { runNemesisSchedule, type NemesisEvent } from '../nemesis/schedule.js';
import { createWorkload } from '../workloads/index.js';
import type { Workload } from '../workloads/workload.js';
import { JepsenCluster } from './cluster.js';
import type { RunOptions } from './options.js';
import { SeededRandom } from './random.js';
import { HistoryRecorder, ProcessIds } from './recorder.js';
import { corruptionCheck, overallVerdict, summarizeNemesis, verdictText, writeResults, writeTimelines, type RunResult } from './report.js';
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
  const cluster = new JepsenCluster({ nodeCount: options.nodes, shards: options.shards, replicas: options.replicas, logDirectory: storeDirectory, dataRoot, tickMs: options.tickMs, electionTicks: options.electionTicks, failpoints: options.failpoints });
  hooks.onCluster?.(cluster);
  const clients: TesseraClient[] = [];
  const recorder = new HistoryRecorder(join(storeDirectory, 'history.jsonl'));
  try {
    hooks.log(`jepsen-lite: ${options.workloads.join('+')} under ${options.nemeses.join(',') || 'no faults'}, ${options.nodes} nodes, ${options.clients} clients, ${options.timeSeconds} s, seed ${options.seed}${options.failpoints.length > 0 ? `, FAILPOINTS ${options.failpoints.join(',')}` : ''}`);
    await cluster.start();
    if (!(await cluster.waitHealthy(startTimeoutMs))) throw new Error(`the cluster did not elect every leader within ${startTimeoutMs} ms (logs in ${storeDirectory})`);
    const endpoints = cluster.nodes.map((node) => node.clientAddress);
    const random = new SeededRandom(options.seed);
    const workloads = options.workloads.map((name) => createWorkload(name, { activeKeys: options.activeKeys, operationsPerKey: options.operationsPerKey }));
    const control = await connect({ endpoints, timeoutMs: options.opTimeoutMs });
    clients.push(control);
    for (const workload of workloads) await setUp(workload, control, options.opTimeoutMs);
    for (let worker = 0; worker < options.clients; worker += 1) clients.push(await connect({ endpoints, timeoutMs: options.opTimeoutMs }));

    const processes = new ProcessIds();
    const nemesisEvents: NemesisEvent[] = [];
    const corruption: CorruptionReaction[] = [];
    const startedMs = Date.now();
    const untilMs = startedMs + options.timeSeconds * 1000;
    const nemesisRandom = random.fork('nemesis');
    const workers = Array.from({ length: options.clients }, (_, worker) =>
      runWorker({
        client: clients[worker + 1],
        workload: workloads[worker % workloads.length],
        recorder,
        processes,
        random: random.fork(`worker-${worker}`),
        untilMs,
        meanGapMs: options.rate > 0 ? (options.clients / options.rate) * 1000 : 0,
        opTimeoutMs: options.opTimeoutMs,
        signal,
      }),
    );
    const schedule = runNemesisSchedule({
      nemeses: createNemeses(options.nemeses, corruption),
      context: { cluster, random: nemesisRandom, targetShard: () => shardOfHotKey(control, workloads, nemesisRandom) },
      random: nemesisRandom,
      intervalMs: options.nemesisIntervalSeconds * 1000,
      untilMs,
      signal,
      nowNs: () => recorder.nowNs(),
      record: (unstamped) => {
        const event: NemesisEvent = { ...unstamped, wallMs: Date.now() };
        nemesisEvents.push(event);
        hooks.log(`  ${(event.time / 1e9).toFixed(1)} s nemesis ${event.nemesis} ${event.phase} ${JSON.stringify(event.details)}`);
        void appendFile(join(storeDirectory, 'nemesis.jsonl'), JSON.stringify(event) + '\n');
      },
    });
    const progress = setInterval(() => hooks.log(`  ${((Date.now() - startedMs) / 1000).toFixed(0)} s: ${recorder.events.length} events`), 10_000);
    try {
      await Promise.all([...workers, schedule]);
    } finally {
      clearInterval(progress);
    }
    const loadSeconds = (Date.now() - startedMs) / 1000;
    if (signal.aborted) throw new Error('run aborted');

    hooks.log('  healing every fault, waiting for recovery');
    const healStartedMs = Date.now();
    healEverything(cluster);
    const healthy = await cluster.waitHealthy(recoveryTimeoutMs);
    const recoverySeconds = (Date.now() - healStartedMs) / 1000;
    const finalClient = await connect({ endpoints, timeoutMs: options.opTimeoutMs });
    clients.push(finalClient);
    let finalReadsMissing = 0;
    for (const workload of workloads) {
      const missing = await runFinalReads({ client: finalClient, workload, recorder, processes, untilMs: Date.now() + finalReadsTimeoutMs, opTimeoutMs: options.opTimeoutMs });
      finalReadsMissing += missing.length;
    }
    await recorder.close();

    hooks.log('  checking');
    const checks = workloads.map((workload) => workload.check(recorder.events.filter((event) => workload.owns(event)), { timeBudgetMsPerKey: options.checkBudgetMsPerKey }));
    const corruptionVerdict = corruptionCheck(corruption);
    if (corruptionVerdict !== null) checks.push(corruptionVerdict);
    const completions = recorder.events.filter((event) => event.type !== 'invoke');
    const result: RunResult = {
      valid: overallVerdict(checks, finalReadsMissing),
      storeDirectory,
      seed: options.seed,
      options,
      loadSeconds,
      operations: {
        total: completions.length,
        ok: completions.filter((event) => event.type === 'ok').length,
        fail: completions.filter((event) => event.type === 'fail').length,
        info: completions.filter((event) => event.type === 'info').length,
        processes: processes.count,
      },
      checks,
      nemesis: summarizeNemesis(nemesisEvents),
      corruption,
      crashes: cluster.exits.filter((exit) => !exit.expected),
      recovery: { healthy, seconds: recoverySeconds, finalReadsMissing },
      timelines: [],
    };
    result.timelines = await writeTimelines(storeDirectory, checks);
    await writeResults(result);
    hooks.log(verdictText(result));
    return result;
  } finally {
    for (const client of clients) client.close();
    await recorder.close();
    await cluster.stopAll();
    rmSync(dataRoot, { recursive: true, force: true });
  }
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

/** Heals the network, resumes paused nodes and restarts stopped ones (a fault still in place is healed by the schedule first). */
function healEverything(cluster: JepsenCluster): void {
  cluster.healNetwork();
  for (const id of cluster.ids) {
    cluster.resume(id);
    if (!cluster.isRunning(id)) cluster.launch(id);
  }
}

/** The shard of a key a workload uses now. */
function shardOfHotKey(client: TesseraClient, workloads: readonly Workload[], random: SeededRandom): number {
  const keys = workloads.flatMap((workload) => workload.hotKeys());
  return shardForKey(client.shardMap(), new TextEncoder().encode(random.pick(keys))).id;
}
