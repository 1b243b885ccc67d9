/** The figures of a run and their markdown rendering: pure functions of plain data. */
import type { MachineUsage, ProcessUsage } from './process-stats.js';
import type { ReadMode, TargetName, WorkloadName } from './options.js';

/** Latency percentiles of a step, ms. */
export interface LatencySummary {
  p50: number;
  p90: number;
  p99: number;
  p999: number;
  max: number;
  mean: number;
}

/** One measured step: one target at one concurrency. */
export interface StepResult {
  target: TargetName;
  /** Which run of the step list (--rounds) this step belongs to, from 1. */
  round: number;
  workload: WorkloadName;
  readMode: ReadMode;
  concurrency: number;
  operations: number;
  errors: number;
  errorKinds: Record<string, { count: number; firstMessage: string }>;
  opsPerSecond: number;
  latencyMs: LatencySummary;
  windowSeconds: number;
  windowMonotonicUs: { start: number; end: number };
  cappedByCount: boolean;
  /** The harness process (load generator + client library). */
  client: ProcessUsage;
  /** The measured target's server processes. */
  servers: ProcessUsage[];
  /** The other target's processes, idle during this step but sharing the cores. */
  bystanders: ProcessUsage[];
  /** The whole machine: the others' share shows how disturbed the step was. */
  machine: MachineUsage;
}

/** A preload of one target. */
export interface PreloadResult {
  target: TargetName;
  keys: number;
  seconds: number;
  keysPerSecond: number;
  /** How the keys were written. */
  method: string;
  /** RSS of every server process right after the preload. */
  servers: ProcessUsage[];
}

function fixed(value: number, digits: number): string {
  return Number.isFinite(value) ? value.toFixed(digits) : '–';
}

/** Latency ms with precision suited to its size: 0.412, 4.12, 41.2, 412. */
export function formatMs(value: number): string {
  if (!Number.isFinite(value)) return '–';
  if (value < 1) return value.toFixed(3);
  if (value < 10) return value.toFixed(2);
  if (value < 100) return value.toFixed(1);
  return value.toFixed(0);
}

/** Thousands with a comma: 12,345. */
export function formatCount(value: number): string {
  return Number.isFinite(value) ? Math.round(value).toLocaleString('en-US') : '–';
}

/** `sum (each/each/each)` of the servers' CPU % of one core. */
export function formatCpu(servers: ProcessUsage[]): string {
  const sum = servers.reduce((total, usage) => total + usage.cpuPercent, 0);
  return `${fixed(sum, 0)} (${servers.map((usage) => fixed(usage.cpuPercent, 0)).join('/')})`;
}

/** RSS of each server, MiB, slash-separated. */
export function formatRss(servers: ProcessUsage[]): string {
  return servers.map((usage) => fixed(usage.rssMiB, 0)).join('/');
}

/** A markdown table: header row, separator, rows; cells with `|` are escaped. */
export function markdownTable(header: string[], rows: string[][]): string {
  const escape = (cell: string): string => cell.replace(/\|/g, '\\|');
  const line = (cells: string[]): string => `| ${cells.map(escape).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** The table of measured steps, in run order. */
export function stepsTable(steps: StepResult[]): string {
  const header = ['target', 'workload', 'in flight', 'ops/s', 'p50 ms', 'p99 ms', 'p999 ms', 'max ms', 'errors', 'client CPU %', 'server CPU % (sum (each))', 'node main thread CPU % / waiting for CPU %', 'server RSS MiB', 'client RSS MiB', 'other load CPU %'];
  const rows = steps.map((step) => [
    step.target,
    step.workload === 'write' ? 'write' : `${step.workload} (${step.readMode})`,
    String(step.concurrency),
    formatCount(step.opsPerSecond),
    formatMs(step.latencyMs.p50),
    formatMs(step.latencyMs.p99),
    formatMs(step.latencyMs.p999),
    formatMs(step.latencyMs.max),
    String(step.errors),
    fixed(step.client.cpuPercent, 0),
    formatCpu(step.servers),
    // A Go server (etcd) runs its work on many threads: its main thread says nothing.
    step.target === 'tessera' ? step.servers.map((usage) => `${fixed(usage.mainThreadCpuPercent, 0)}/${fixed(usage.mainThreadRunQueuePercent, 0)}`).join(' ') : '–',
    formatRss(step.servers),
    fixed(step.client.rssMiB, 0),
    fixed(step.machine.othersPercent, 0),
  ]);
  return stepTable(steps, header, rows, 3);
}

/** A table of one row per step, with a round column after the first `before` columns when the run had rounds. */
function stepTable(steps: StepResult[], header: string[], rows: string[][], before: number): string {
  // Single runs keep the layout earlier results were recorded in.
  if (!steps.some((step) => step.round > 1)) return markdownTable(header, rows);
  return markdownTable([...header.slice(0, before), 'round', ...header.slice(before)], rows.map((row, position) => [...row.slice(0, before), String(steps[position].round), ...row.slice(before)]));
}

/** RSS of each server split into anonymous and file-backed memory, MiB: `anon+file` slash-separated. */
export function formatRssParts(servers: ProcessUsage[]): string {
  return servers.map((usage) => `${fixed(usage.rssAnonMiB, 0)}+${fixed(usage.rssFileMiB, 0)}`).join(' / ');
}

/** The preload table: rate and RSS after it. */
export function preloadTable(preloads: PreloadResult[]): string {
  const rows = preloads.map((preload) => [preload.target, formatCount(preload.keys), preload.method, fixed(preload.seconds, 1), formatCount(preload.keysPerSecond), formatRss(preload.servers), formatRssParts(preload.servers)]);
  return markdownTable(['target', 'keys preloaded', 'how', 'seconds', 'keys/s', 'server RSS MiB after', 'anon+file MiB'], rows);
}

/** RSS of every server at the end of each step, split into anonymous and file-backed memory. */
export function memoryTable(steps: StepResult[]): string {
  const rows = steps.map((step) => [step.target, String(step.concurrency), formatRss(step.servers), formatRssParts(step.servers), step.servers.map((usage) => fixed(usage.rssPeakMiB, 0)).join('/')]);
  return stepTable(steps, ['target', 'in flight', 'server RSS MiB', 'anon+file MiB', 'peak RSS MiB'], rows, 2);
}

/** Each Tessera step with the etcd step run beside it: same round, workload and concurrency. */
function pairedSteps(steps: StepResult[]): { tessera: StepResult; etcd: StepResult }[] {
  const unpaired = steps.filter((step) => step.target === 'etcd');
  const pairs: { tessera: StepResult; etcd: StepResult }[] = [];
  for (const tessera of steps.filter((step) => step.target === 'tessera')) {
    const position = unpaired.findIndex((etcd) => etcd.round === tessera.round && etcd.workload === tessera.workload && etcd.concurrency === tessera.concurrency);
    if (position !== -1) pairs.push({ tessera, etcd: unpaired.splice(position, 1)[0] });
  }
  return pairs;
}

/** `median× (lowest–highest)` of some ratios. */
function ratioSpread(values: number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  const median = sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return `${fixed(median, 2)}× (${fixed(sorted[0], 2)}–${fixed(sorted[sorted.length - 1], 2)})`;
}

/**
 * Tessera's throughput and latency as multiples of etcd's at the same concurrency (when both ran).
 * With several pairs per concurrency (--rounds, or a concurrency listed twice) each ratio is given
 * as its median and range over the pairs.
 */
export function ratioTable(steps: StepResult[]): string | null {
  const ratios = pairedSteps(steps).map(({ tessera, etcd }) => ({
    concurrency: tessera.concurrency,
    ops: tessera.opsPerSecond / etcd.opsPerSecond,
    p50: tessera.latencyMs.p50 / etcd.latencyMs.p50,
    p99: tessera.latencyMs.p99 / etcd.latencyMs.p99,
  }));
  if (ratios.length === 0) return null;
  const concurrencies = [...new Set(ratios.map((ratio) => ratio.concurrency))];
  if (concurrencies.length === ratios.length) {
    const rows = ratios.map((ratio) => [String(ratio.concurrency), `${fixed(ratio.ops, 2)}×`, `${fixed(ratio.p50, 2)}×`, `${fixed(ratio.p99, 2)}×`]);
    return markdownTable(['in flight', 'tessera/etcd ops/s', 'tessera/etcd p50', 'tessera/etcd p99'], rows);
  }
  const rows = concurrencies.map((concurrency) => {
    const group = ratios.filter((ratio) => ratio.concurrency === concurrency);
    return [String(concurrency), String(group.length), ratioSpread(group.map((ratio) => ratio.ops)), ratioSpread(group.map((ratio) => ratio.p50)), ratioSpread(group.map((ratio) => ratio.p99))];
  });
  return markdownTable(['in flight', 'pairs', 'tessera/etcd ops/s: median (range)', 'tessera/etcd p50', 'tessera/etcd p99'], rows);
}

/** Counts per node, keyed by node label. */
export type NodeCounts = Record<string, number>;

/**
 * Where Tessera's data-shard leaderships were at the start and at the end of the run, or null
 * without them. Leader placement moves writes at 256 in flight by about a third on two cores
 * (RESULTS.md, session 10), so a run measured with them bunched says so next to its figures.
 */
export function leadershipLine(atStart: NodeCounts | undefined, atEnd: NodeCounts | undefined): string | null {
  if (atStart === undefined && atEnd === undefined) return null;
  const counts = (perNode: NodeCounts | undefined): string => (perNode === undefined ? '–' : Object.values(perNode).join('/'));
  return `Tessera data-shard leaderships per node: ${counts(atStart)} at the start, ${counts(atEnd)} at the end.`;
}
