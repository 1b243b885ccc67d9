import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { failpointNames } from '../../src/server/failpoints.js';
import { parseNemesisList, type NemesisName } from '../nemesis/index.js';
import { workloadNames, type WorkloadName } from '../workloads/index.js';

/** Everything a run is set up with. Every field has a flag of run.ts. */
export interface RunOptions {
  /** --workload: one or more of register, set, append, bank (comma-separated; clients are shared round-robin). */
  workloads: WorkloadName[];
  /** --nemesis: comma-separated, `all` or `none`. */
  nemeses: NemesisName[];
  /** --time: seconds of load under faults (before healing and final reads). */
  timeSeconds: number;
  /** --nodes: tessera processes (at least 3). */
  nodes: number;
  /** --clients: concurrent logical clients. */
  clients: number;
  /** --seed: drives every random choice; printed, so a run can be repeated. */
  seed: number;
  /** --shards: data shards of the cluster. */
  shards: number;
  /** --replicas: replicas per shard (at most --nodes). */
  replicas: number;
  /** --rate: target operations per second over all clients; 0 = as fast as they go. */
  rate: number;
  /** --op-timeout-ms: limit of each operation, retries included. */
  opTimeoutMs: number;
  /** --nemesis-interval: mean seconds of one quiet + fault cycle. */
  nemesisIntervalSeconds: number;
  /** --failpoints: TESSERA_FAILPOINTS for every node (planted bugs; the run should be INVALID). */
  failpoints: string[];
  /** --store: where run directories are written. */
  storeRoot: string;
  /** --check-budget-ms: linearizability search time per key before its verdict is unknown. */
  checkBudgetMsPerKey: number;
  /** --keys: keys in use at once by register and append. */
  activeKeys: number;
  /** --ops-per-key: operations on a register/append key before it is replaced by a fresh one. */
  operationsPerKey: number;
  /** --tick-ms and --election-ticks of the nodes. */
  tickMs: number;
  electionTicks: number;
}

/** The usage text of run.ts. */
export const usage = `usage: npx tsx jepsen-lite/run.ts [options]
  --workload W[,W]      register | set | append | bank (default register)
  --nemesis N[,N]       partition, kill, pause, transfer, corrupt, lose-unsynced | all | none (default partition,kill,pause)
  --time S              seconds of load under faults (default 120)
  --nodes N             tessera processes, at least 3 (default 5)
  --clients N           concurrent logical clients (default 10)
  --seed S              seed of every random choice (default: from the clock; printed)
  --shards N            data shards (default 4)     --replicas N   replicas per shard (default 3)
  --rate R              target ops/s over all clients, 0 = unthrottled (default 500)
  --op-timeout-ms MS    limit of each operation (default 2000)
  --nemesis-interval S  mean seconds of one quiet + fault cycle (default 8)
  --failpoints F[,F]    plant bugs in every node: ${failpointNames.join(', ')}
  --keys N              register/append keys in use at once (default 4)
  --ops-per-key N       operations per register/append key before a fresh one (default 250)
  --check-budget-ms MS  per-key linearizability search budget (default 10000)
  --store DIR           run directories go here (default jepsen-lite/store)
  --tick-ms MS          node tick (default 50)   --election-ticks N   (default 10)
Exit status: 0 valid, 1 invalid, 2 unknown or the run could not complete, 64 bad usage.
`;

/** Parses and validates run.ts arguments; throws a RangeError listing every problem. */
export function parseRunOptions(argv: readonly string[]): RunOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: Object.fromEntries(
      ['workload', 'nemesis', 'time', 'nodes', 'clients', 'seed', 'shards', 'replicas', 'rate', 'op-timeout-ms', 'nemesis-interval', 'failpoints', 'store', 'check-budget-ms', 'keys', 'ops-per-key', 'tick-ms', 'election-ticks'].map((name) => [name, { type: 'string' as const }]),
    ),
    strict: true,
  });
  const problems: string[] = [];
  const number = (name: string, fallback: number, min: number, max: number): number => {
    const text = values[name];
    const parsed = text === undefined ? fallback : Number(text);
    if (!Number.isFinite(parsed) || parsed < min || parsed > max) problems.push(`--${name} must be a number in [${min}, ${max}], got ${JSON.stringify(text)}`);
    return parsed;
  };
  const list = (name: string, fallback: string): string[] => (values[name] ?? fallback).split(',').map((item) => item.trim()).filter((item) => item !== '');
  const workloads = list('workload', 'register').filter((name): name is WorkloadName => {
    if ((workloadNames as readonly string[]).includes(name)) return true;
    problems.push(`--workload ${JSON.stringify(name)} is not one of ${workloadNames.join(', ')}`);
    return false;
  });
  if (workloads.length === 0) problems.push('--workload names no workload');
  let nemeses: NemesisName[] = [];
  try {
    nemeses = parseNemesisList(values.nemesis ?? 'partition,kill,pause');
  } catch (error) {
    problems.push((error as Error).message);
  }
  const failpoints = list('failpoints', '');
  for (const name of failpoints) if (!(failpointNames as readonly string[]).includes(name)) problems.push(`--failpoints ${JSON.stringify(name)} is not one of ${failpointNames.join(', ')}`);
  const nodes = Math.floor(number('nodes', 5, 3, 9));
  const options: RunOptions = {
    workloads,
    nemeses,
    timeSeconds: number('time', 120, 1, 24 * 3600),
    nodes,
    clients: Math.floor(number('clients', 10, 1, 200)),
    seed: Math.floor(number('seed', Date.now() % 2 ** 31, 0, Number.MAX_SAFE_INTEGER)),
    shards: Math.floor(number('shards', 4, 1, 256)),
    replicas: Math.floor(number('replicas', 3, 1, nodes)),
    rate: number('rate', 500, 0, 1e6),
    opTimeoutMs: number('op-timeout-ms', 2000, 50, 600_000),
    nemesisIntervalSeconds: number('nemesis-interval', 8, 0.5, 3600),
    failpoints,
    storeRoot: values.store ?? join(import.meta.dirname, '..', 'store'),
    checkBudgetMsPerKey: number('check-budget-ms', 10_000, 1, 3_600_000),
    activeKeys: Math.floor(number('keys', 4, 1, 1000)),
    operationsPerKey: Math.floor(number('ops-per-key', 250, 1, 1e6)),
    tickMs: Math.floor(number('tick-ms', 50, 1, 10_000)),
    electionTicks: Math.floor(number('election-ticks', 10, 2, 1000)),
  };
  if (nemeses.includes('partition') && nodes < 3) problems.push('partitions need at least 3 nodes');
  if (problems.length > 0) throw new RangeError(problems.join('; '));
  return options;
}
