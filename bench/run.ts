/**
 * Tessera's benchmark, next to etcd: closed-loop load at several concurrencies, HDR latency, and the
 * CPU and RSS of the client and every server process. See bench/README.md.
 * Run: npx tsx bench/run.ts --target both --workload write --concurrency 1,16,256 --duration 10
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, release, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import process from 'node:process';
import { parseOptions, usage, type BenchOptions, type TargetName } from './lib/options.js';
import { leadershipLine, memoryTable, preloadTable, ratioTable, stepsTable, type PreloadResult, type StepResult } from './lib/report.js';
import { runPreload, runStep } from './lib/steps.js';
import { chartSvg } from './lib/svg-chart.js';
import { ValueSource } from './lib/workload.js';
import { etcdInstallHint, etcdVersion, findEtcd, startEtcd } from './targets/etcd-cluster.js';
import type { RunningTarget, TargetFacts, TargetSettings } from './targets/target.js';
import { startTessera } from './targets/tessera-cluster.js';

function say(line: string): void {
  process.stderr.write(`${line}\n`);
}

/** A file-name-safe local timestamp: 20250131-142501. */
function runLabelNow(): string {
  const now = new Date();
  const two = (value: number): string => String(value).padStart(2, '0');
  return `${now.getFullYear()}${two(now.getMonth() + 1)}${two(now.getDate())}-${two(now.getHours())}${two(now.getMinutes())}${two(now.getSeconds())}`;
}

function gitCommit(): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

const running: RunningTarget[] = [];
let stopping = false;

async function stopAll(): Promise<void> {
  const targets = running.splice(0);
  await Promise.allSettled(targets.map((target) => target.stop()));
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    say(`\n${signal}: stopping every cluster`);
    void stopAll().finally(() => process.exit(130));
  });
}

/** Which targets can run here; etcd is skipped, with the install command, when it is absent. */
function availableTargets(options: BenchOptions): { targets: TargetName[]; etcdBinary: string | null } {
  if (!options.targets.includes('etcd')) return { targets: options.targets, etcdBinary: null };
  const etcdBinary = findEtcd();
  if (etcdBinary !== null) return { targets: options.targets, etcdBinary };
  say(`etcd is not installed (no \`etcd\` on PATH): skipping the etcd target. Install it with: ${etcdInstallHint}`);
  return { targets: options.targets.filter((target) => target !== 'etcd'), etcdBinary: null };
}

/** Attempts to start a cluster: ports are free when chosen, but another program may bind one before the server does. */
const startAttemptsMax = 3;

async function startTarget(name: TargetName, settings: TargetSettings, etcdBinary: string | null): Promise<RunningTarget> {
  for (let attempt = 1; ; attempt += 1) {
    const started = performance.now();
    try {
      const target = name === 'tessera' ? await startTessera(settings) : await startEtcd(etcdBinary ?? 'etcd', settings);
      say(`started ${target.description} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      return target;
    } catch (error) {
      const portTaken = error instanceof Error && /EADDRINUSE|address already in use/.test(error.message);
      if (!portTaken || attempt >= startAttemptsMax || stopping) throw error;
      say(`${name}: a port was taken before the server bound it; starting again on new ports`);
    }
  }
}

function stepLine(step: StepResult): string {
  const errors = step.errors === 0 ? '' : `, ${step.errors} errors ${JSON.stringify(step.errorKinds)}`;
  return `${step.target} ${step.workload} @${step.concurrency}: ${Math.round(step.opsPerSecond)} ops/s, p50 ${step.latencyMs.p50.toFixed(2)} ms, p99 ${step.latencyMs.p99.toFixed(2)} ms${errors}`;
}

async function measure(options: BenchOptions, targets: RunningTarget[]): Promise<{ preloads: PreloadResult[]; steps: StepResult[] }> {
  const values = new ValueSource(options.valueBytes);
  const preloads: PreloadResult[] = [];
  for (const target of options.preload > 0 ? targets : []) {
    say(`preloading ${options.preload} keys into ${target.name} ...`);
    const preload = await runPreload(target, options, values);
    say(`  ${Math.round(preload.keysPerSecond)} keys/s, RSS ${preload.servers.map((usage) => usage.rssMiB.toFixed(0)).join('/')} MiB`);
    preloads.push(preload);
  }
  for (const target of options.primeSeconds > 0 ? targets : []) {
    if (stopping) return { preloads, steps: [] };
    // Same load for every target, results dropped: the steps then compare warm processes.
    const concurrency = Math.max(...options.concurrencies);
    say(`priming ${target.name}: ${options.primeSeconds} s at ${concurrency} in flight (not measured) ...`);
    const bystanders = targets.filter((other) => other !== target).flatMap((other) => other.processes);
    await runStep(target, bystanders, { ...options, warmupSeconds: 0, durationSeconds: options.primeSeconds }, concurrency, values);
  }
  const steps: StepResult[] = [];
  for (let round = 1; round <= options.rounds; round += 1) {
    if (options.rounds > 1) say(`round ${round} of ${options.rounds}`);
    for (const concurrency of options.concurrencies) {
      for (const target of targets) {
        if (stopping) return { preloads, steps };
        const bystanders = targets.filter((other) => other !== target).flatMap((other) => other.processes);
        const step = await runStep(target, bystanders, options, concurrency, values, round);
        say(stepLine(step));
        steps.push(step);
      }
    }
  }
  return { preloads, steps };
}

async function main(): Promise<number> {
  const parsed = parseOptions(process.argv.slice(2));
  if (parsed.kind === 'help') {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  if (parsed.kind === 'errors') {
    say(`${parsed.errors.join('\n')}\n${usage}`);
    return 2;
  }
  const options = parsed.options;
  const { targets: names, etcdBinary } = availableTargets(options);
  if (names.length === 0) return 0;
  const runLabel = runLabelNow();
  if (options.profileDirectory !== null) mkdirSync(options.profileDirectory, { recursive: true });
  const settings: TargetSettings = { readMode: options.readMode, shards: options.shards, replicas: options.replicas, nodes: options.nodes, profileDirectory: options.profileDirectory, tesseraNodeFlags: options.tesseraNodeFlags, runLabel };
  for (const name of names) {
    running.push(await startTarget(name, settings, etcdBinary));
    if (stopping) return 130;
  }
  const targets = [...running];
  // Leaderships move (elections, transfers): record them before and after the steps.
  const facts: Record<string, { description: string; atStart: TargetFacts; atEnd?: TargetFacts }> = {};
  for (const target of targets) facts[target.name] = { description: target.description, atStart: await target.facts() };
  const { preloads, steps } = await measure(options, targets);
  for (const target of targets) facts[target.name].atEnd = await target.facts();
  const title = `${options.workload}${options.workload === 'write' ? '' : ` (${options.readMode})`}, ${options.keys} keys, ${options.valueBytes} B values, ${options.durationSeconds} s per step`;
  const tables = [`## ${title}`, '', stepsTable(steps), '', memoryTable(steps), ...(preloads.length > 0 ? ['', preloadTable(preloads)] : [])];
  const ratios = ratioTable(steps);
  if (ratios !== null) tables.push('', ratios);
  const leaderships = leadershipLine(facts.tessera?.atStart.dataShardLeadersPerNode, facts.tessera?.atEnd?.dataShardLeadersPerNode);
  if (leaderships !== null) tables.push('', leaderships);
  const markdown = `${tables.join('\n')}\n`;
  process.stdout.write(markdown);
  const machine = { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', memoryGiB: Math.round(totalmem() / 2 ** 30), kernel: release(), node: process.version, commit: gitCommit(), etcd: etcdBinary === null ? null : etcdVersion(etcdBinary) };
  const stem = join(resolve(options.resultsDirectory), `${runLabel}-${options.workload}-${names.join('-')}`);
  mkdirSync(resolve(options.resultsDirectory), { recursive: true });
  writeFileSync(`${stem}.json`, `${JSON.stringify({ runLabel, command: process.argv.slice(2).join(' '), options, machine, facts, preloads, steps }, null, 2)}\n`);
  writeFileSync(`${stem}.md`, markdown);
  writeFileSync(`${stem}.svg`, `${chartSvg(steps, title)}\n`);
  if (options.profileDirectory !== null) {
    const windows = steps.filter((step) => step.target === 'tessera').map((step) => ({ workload: step.workload, concurrency: step.concurrency, ...step.windowMonotonicUs }));
    writeFileSync(join(options.profileDirectory, `tessera-${runLabel}-windows.json`), `${JSON.stringify(windows, null, 2)}\n`);
  }
  say(`results: ${stem}.{json,md,svg}`);
  return 0;
}

let exitCode = 1;
try {
  exitCode = await main();
} catch (error) {
  say(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
} finally {
  await stopAll();
}
process.exit(stopping ? 130 : exitCode);
