/**
 * The benchmark's command line: parsed and checked in one pure function, so a mistake is reported
 * (every one of them) before any process starts.
 */

/** Which systems a run measures; `both` alternates them step by step. */
export type TargetChoice = 'tessera' | 'etcd' | 'both';
/** One measured system. */
export type TargetName = 'tessera' | 'etcd';
/** What every client operation of a step does. */
export type WorkloadName = 'write' | 'read' | 'mixed' | 'scan';
/** How reads are served (etcd: linearizable = Range to the leader, follower = Range to any member, stale = serializable Range to any member). */
export type ReadMode = 'linearizable' | 'follower' | 'stale';

/** A whole run's settings. Durations are seconds, sizes bytes. */
export interface BenchOptions {
  targets: TargetName[];
  workload: WorkloadName;
  /** Operations in flight per step, one step per entry, in the order given. */
  concurrencies: number[];
  /** Measured seconds per step. */
  durationSeconds: number;
  /** Unmeasured seconds before every step (same load), so connections and caches are warm. */
  warmupSeconds: number;
  /**
   * Unmeasured seconds at the highest concurrency before the first step, once per target: a fresh
   * Node process runs its first thousands of requests in V8's interpreter and baseline compiler.
   */
  primeSeconds: number;
  /** Times the list of steps runs, targets alternating in each: a noisy host then shows as a spread. */
  rounds: number;
  /** Keys are drawn uniformly from [0, keys). */
  keys: number;
  valueBytes: number;
  readMode: ReadMode;
  /** Tessera data shards. */
  shards: number;
  /** Replicas per Tessera shard; also the number of etcd members. */
  replicas: number;
  /** Tessera nodes (default max(3, replicas)). */
  nodes: number;
  /** Keys 0..preload-1 written before the first step (default: all keys for read/mixed/scan, none for write). */
  preload: number;
  /** Items per scan (a Range with limit / a Tessera scan with limit). */
  scanLimit: number;
  /** Hard cap of completed operations per step, on top of the time limit. */
  operationsMax: number;
  /** Where JSON, SVG and profiles go. */
  resultsDirectory: string;
  /** When set, Tessera nodes run under `node --cpu-prof` and write their profiles here. */
  profileDirectory: string | null;
  /** Extra options for the `node` of every Tessera node (e.g. --perf-basic-prof), split at spaces. */
  tesseraNodeFlags: string[];
}

/** What parseOptions returns: options, a help request, or every mistake found. */
export type ParseResult = { kind: 'options'; options: BenchOptions } | { kind: 'help' } | { kind: 'errors'; errors: string[] };

/** Most operations in flight a step may ask for: each is a pending promise and a timer. */
export const concurrencyMax = 4096;
/** Largest key space: keys are formatted as 16 bytes with 12 digits. */
export const keysMax = 1_000_000_000_000;
/** Largest value: Tessera's valueBytesMax is 1 MiB, etcd's request limit 1.5 MiB. */
export const valueBytesMax = 1024 * 1024;

export const usage = `usage: npx tsx bench/run.ts [options]
  --target tessera|etcd|both     systems to measure; both alternates them per step (default both)
  --workload write|read|mixed|scan  mixed = 50 % reads, 50 % writes (default write)
  --concurrency 1,16,64,256      operations in flight, one step each (default 1,16,64,256)
  --duration SECONDS             measured time per step (default 10)
  --warmup SECONDS               unmeasured load before each step (default 2)
  --prime SECONDS                unmeasured load at the highest concurrency before the first step,
                                 once per target (default 5): JIT compilers and caches warm (0 = off)
  --rounds N                     run the list of steps N times, targets alternating in each; the
                                 ratio table then gives each ratio's median and range (default 1)
  --keys N                       key space, keys drawn uniformly (default 100000)
  --value-size BYTES             value size (default 100)
  --read-mode linearizable|follower|stale  (default linearizable)
  --shards N                     Tessera data shards (default 16)
  --replicas N                   replicas per shard = etcd members (default 3)
  --nodes N                      Tessera nodes (default max(3, replicas))
  --preload N                    keys written before measuring (default: keys for read/mixed/scan, 0 for write)
  --scan-limit N                 items per scan (default 10)
  --max-ops N                    cap of operations per step (default 10000000)
  --results DIR                  output folder (default bench/results)
  --profile-dir DIR              run Tessera nodes under node --cpu-prof, profiles into DIR
  --tessera-node-flags "FLAGS"   extra options for each Tessera node's node (e.g. "--perf-basic-prof")
  --help                         this text`;

const defaults = {
  '--target': 'both', '--workload': 'write', '--concurrency': '1,16,64,256', '--duration': '10', '--warmup': '2', '--prime': '5', '--rounds': '1', '--keys': '100000', '--value-size': '100',
  '--read-mode': 'linearizable', '--shards': '16', '--replicas': '3', '--scan-limit': '10', '--max-ops': '10000000', '--results': 'bench/results',
} as const;
const optional = ['--nodes', '--preload', '--profile-dir', '--tessera-node-flags'] as const;
type Flag = keyof typeof defaults | (typeof optional)[number];

function isFlag(text: string): text is Flag {
  return text in defaults || (optional as readonly string[]).includes(text);
}

/** Reads `--flag value` pairs (also `--flag=value`); unknown flags and missing values are errors. */
function readPairs(argv: string[], errors: string[]): Map<Flag, string> {
  const values = new Map<Flag, string>();
  for (let position = 0; position < argv.length; position += 1) {
    const [flag, inline] = argv[position].split(/=(.*)/s, 2);
    if (!isFlag(flag)) {
      errors.push(flag.startsWith('--') ? `unknown option ${JSON.stringify(flag)}` : `unexpected argument ${JSON.stringify(argv[position])}`);
      // An unknown flag's value is not a second mistake.
      if (flag.startsWith('--') && inline === undefined && argv[position + 1] !== undefined && !argv[position + 1].startsWith('--')) position += 1;
      continue;
    }
    if (inline !== undefined) {
      values.set(flag, inline);
      continue;
    }
    const next = argv[position + 1];
    // Only the node flags' value may itself start with dashes; elsewhere that is the next flag.
    if (next === undefined || (next.startsWith('--') && flag !== '--tessera-node-flags')) {
      errors.push(`${flag} needs a value`);
      continue;
    }
    values.set(flag, next);
    position += 1;
  }
  return values;
}

function integer(name: string, text: string, minimum: number, maximum: number, errors: string[]): number {
  const value = Number(text);
  if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(value) || value < minimum || value > maximum) {
    errors.push(`${name} must be an integer from ${minimum} to ${maximum}, got ${JSON.stringify(text)}`);
    return minimum;
  }
  return value;
}

function seconds(name: string, text: string, minimum: number, errors: string[]): number {
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value) || value < minimum || value > 3600) {
    errors.push(`${name} must be a number of seconds from ${minimum} to 3600, got ${JSON.stringify(text)}`);
    return 1;
  }
  return value;
}

function oneOf<T extends string>(name: string, text: string, choices: readonly T[], errors: string[]): T {
  if ((choices as readonly string[]).includes(text)) return text as T;
  errors.push(`${name} must be one of ${choices.join('|')}, got ${JSON.stringify(text)}`);
  return choices[0];
}

/** Parses the benchmark's arguments (process.argv.slice(2)); never throws, never exits. */
export function parseOptions(argv: string[]): ParseResult {
  if (argv.includes('--help') || argv.includes('-h')) return { kind: 'help' };
  const errors: string[] = [];
  const given = readPairs(argv, errors);
  const text = (flag: keyof typeof defaults): string => given.get(flag) ?? defaults[flag];
  const target = oneOf('--target', text('--target'), ['tessera', 'etcd', 'both'] as const, errors);
  const workload = oneOf('--workload', text('--workload'), ['write', 'read', 'mixed', 'scan'] as const, errors);
  const concurrencies = text('--concurrency').split(',').map((part) => integer('--concurrency', part, 1, concurrencyMax, errors));
  const keys = integer('--keys', text('--keys'), 1, keysMax, errors);
  const replicas = integer('--replicas', text('--replicas'), 1, 9, errors);
  const nodesText = given.get('--nodes');
  const nodes = nodesText === undefined ? Math.max(3, replicas) : integer('--nodes', nodesText, 1, 9, errors);
  if (nodes < replicas) errors.push(`--nodes (${nodes}) must be at least --replicas (${replicas})`);
  const preloadText = given.get('--preload');
  const preload = preloadText === undefined ? (workload === 'write' ? 0 : keys) : integer('--preload', preloadText, 0, keysMax, errors);
  if (preload > keys) errors.push(`--preload (${preload}) must not exceed --keys (${keys})`);
  const options: BenchOptions = {
    targets: target === 'both' ? ['tessera', 'etcd'] : [target],
    workload,
    concurrencies,
    durationSeconds: seconds('--duration', text('--duration'), 0.1, errors),
    warmupSeconds: seconds('--warmup', text('--warmup'), 0, errors),
    primeSeconds: seconds('--prime', text('--prime'), 0, errors),
    rounds: integer('--rounds', text('--rounds'), 1, 100, errors),
    keys,
    valueBytes: integer('--value-size', text('--value-size'), 1, valueBytesMax, errors),
    readMode: oneOf('--read-mode', text('--read-mode'), ['linearizable', 'follower', 'stale'] as const, errors),
    shards: integer('--shards', text('--shards'), 1, 4096, errors),
    replicas,
    nodes,
    preload,
    scanLimit: integer('--scan-limit', text('--scan-limit'), 1, 10_000, errors),
    operationsMax: integer('--max-ops', text('--max-ops'), 1, 1_000_000_000, errors),
    resultsDirectory: text('--results'),
    profileDirectory: given.get('--profile-dir') ?? null,
    tesseraNodeFlags: (given.get('--tessera-node-flags') ?? '').split(' ').filter((flag) => flag !== ''),
  };
  if (options.tesseraNodeFlags.some((flag) => !flag.startsWith('--'))) errors.push(`--tessera-node-flags takes node options (each starting with --), got ${JSON.stringify(given.get('--tessera-node-flags'))}`);
  return errors.length > 0 ? { kind: 'errors', errors } : { kind: 'options', options };
}
