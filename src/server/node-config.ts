import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';

/** One member of the initial cluster: its id, the address peers reach it on, and (optionally) its client address. */
export interface InitialMember {
  id: number;
  peerAddress: string;
  clientAddress: string;
}

/** Everything a `tessera start` node runs with. Every field has a flag, a TESSERA_* variable and a config-file key. */
export interface NodeConfig {
  /** This node's id: a positive integer, unique in the cluster, never reused. */
  id: number;
  /** Directory of the node's data (one LevelDB). Created if missing. */
  dataDir: string;
  /** host:port of the client (Kv, Admin) gRPC service. */
  clientAddress: string;
  /** host:port of the peer (Raft) gRPC service. */
  peerAddress: string;
  /** host:port of the HTTP server for /metrics, /health and /ready; empty disables it. */
  httpAddress: string;
  /** The founding members, this node included. Used on the first start only; later the data dir wins. */
  initialCluster: InitialMember[];
  /** Client address of a member of an existing cluster to join (first start only); empty founds or restarts a cluster. */
  join: string;
  /** Data shards of a new cluster. Fixed at creation. */
  shards: number;
  /** Replicas per data shard. Fixed at creation; at most the number of founding members. */
  replicas: number;
  /** Milliseconds per Raft tick. */
  tickMs: number;
  /** Ticks without a leader before a follower campaigns (the election timeout). */
  electionTicks: number;
  /** Ticks between heartbeats. */
  heartbeatTicks: number;
  /** Applied entries a shard's log may hold beyond its kept tail before it is compacted (a lagging follower then needs a snapshot). */
  snapshotEntries: number;
  /** Bytes of entries a shard's log may hold in memory before it is compacted. */
  snapshotBytes: number;
  logLevel: 'trace' | 'debug' | 'info' | 'warn' | 'error' | 'fatal' | 'silent';
  /** Peer id → host:port this node dials instead of the peer's advertised address (NAT, test proxies). Empty by default. */
  peerDialOverrides: Map<number, string>;
}

/** How a setting is named in each source. */
interface Setting {
  key: keyof NodeConfig;
  flag: string;
  help: string;
}

/** A setting's environment variable: its flag in upper case under TESSERA_ (`--tick-ms` → TESSERA_TICK_MS). */
export function environmentVariableOf(setting: Pick<Setting, 'flag'>): string {
  return `TESSERA_${setting.flag.slice(2).toUpperCase().replaceAll('-', '_')}`;
}

export const nodeSettings: Setting[] = [
  { key: 'id', flag: '--id', help: 'node id, a positive integer unique in the cluster (required)' },
  { key: 'dataDir', flag: '--data', help: 'data directory (default ./tessera-data-<id>)' },
  { key: 'clientAddress', flag: '--client-addr', help: 'client gRPC address host:port (default 127.0.0.1:7001)' },
  { key: 'peerAddress', flag: '--peer-addr', help: 'peer (Raft) gRPC address host:port (default 127.0.0.1:7101)' },
  { key: 'httpAddress', flag: '--http-addr', help: 'HTTP address for /metrics, /health, /ready; "" disables (default 127.0.0.1:7201)' },
  { key: 'initialCluster', flag: '--initial-cluster', help: 'founding members: id=peerAddr[/clientAddr],... (default: this node alone)' },
  { key: 'join', flag: '--join', help: 'join an existing cluster through this member\'s client address host:port (first start only; run `tessctl member add` for this node first)' },
  { key: 'shards', flag: '--shards', help: 'data shards of a new cluster (default 16)' },
  { key: 'replicas', flag: '--replicas', help: 'replicas per shard of a new cluster (default 3, at most the founding members)' },
  { key: 'tickMs', flag: '--tick-ms', help: 'milliseconds per Raft tick (default 100)' },
  { key: 'electionTicks', flag: '--election-ticks', help: 'election timeout in ticks (default 10)' },
  { key: 'heartbeatTicks', flag: '--heartbeat-ticks', help: 'heartbeat interval in ticks (default 2)' },
  { key: 'snapshotEntries', flag: '--snapshot-entries', help: 'compact a shard log once this many applied entries pile up (default 10000)' },
  { key: 'snapshotBytes', flag: '--snapshot-bytes', help: 'compact a shard log once its entries hold this many bytes in memory, down to a quarter (default 4194304)' },
  { key: 'logLevel', flag: '--log-level', help: 'trace|debug|info|warn|error|fatal|silent (default info)' },
  { key: 'peerDialOverrides', flag: '--peer-dial-overrides', help: 'dial peer N at this address instead of its advertised one (NAT, test proxies): N=host:port,... (default none)' },
];

/** A configuration problem; the message says which setting and what was wrong. */
export class ConfigurationError extends Error {
  readonly code = 'TESSERA_INVALID_ARGUMENT';
  constructor(message: string) {
    super(message);
    this.name = 'ConfigurationError';
  }
}

const logLevels = new Set(['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent']);

/**
 * Builds a node's configuration from, in rising priority: defaults, the file named by --config (or
 * TESSERA_CONFIG; JSON or YAML, keys as in NodeConfig or as flag names without dashes), TESSERA_*
 * variables, and flags. Throws ConfigurationError listing every problem found.
 */
export function loadNodeConfig(argv: string[], env: NodeJS.ProcessEnv): NodeConfig {
  const flags = parseFlags(argv);
  const raw = new Map<keyof NodeConfig, unknown>();
  const configFile = flags.get('--config') ?? env.TESSERA_CONFIG;
  if (configFile !== undefined) {
    for (const [name, value] of Object.entries(readConfigFile(configFile))) {
      const setting = nodeSettings.find((candidate) => candidate.key === name || candidate.flag === `--${name}`);
      if (setting === undefined) throw new ConfigurationError(`${configFile}: unknown setting ${JSON.stringify(name)}`);
      raw.set(setting.key, value);
    }
  }
  for (const setting of nodeSettings) {
    const fromEnv = env[environmentVariableOf(setting)];
    if (fromEnv !== undefined && fromEnv !== '') raw.set(setting.key, fromEnv);
    const fromFlag = flags.get(setting.flag);
    if (fromFlag !== undefined) raw.set(setting.key, fromFlag);
  }
  for (const name of flags.keys()) {
    if (name !== '--config' && !nodeSettings.some((setting) => setting.flag === name)) throw new ConfigurationError(`unknown flag ${name} (see tessera --help)`);
  }
  return resolveNodeConfig(raw);
}

function parseFlags(argv: string[]): Map<string, string> {
  const flags = new Map<string, string>();
  for (let position = 0; position < argv.length; position += 1) {
    const argument = argv[position];
    if (!argument.startsWith('--')) throw new ConfigurationError(`unexpected argument ${JSON.stringify(argument)}`);
    const equals = argument.indexOf('=');
    if (equals !== -1) {
      flags.set(argument.slice(0, equals), argument.slice(equals + 1));
      continue;
    }
    const value = argv[position + 1];
    if (value === undefined || (value.startsWith('--') && value.length > 2)) throw new ConfigurationError(`flag ${argument} needs a value`);
    flags.set(argument, value);
    position += 1;
  }
  return flags;
}

function readConfigFile(path: string): Record<string, unknown> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ConfigurationError(`cannot read config file ${path}: ${(error as Error).message}`);
  }
  let parsed: unknown;
  try {
    parsed = path.endsWith('.json') ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    throw new ConfigurationError(`config file ${path} is not valid ${path.endsWith('.json') ? 'JSON' : 'YAML'}: ${(error as Error).message}`);
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new ConfigurationError(`config file ${path} must hold a mapping of settings`);
  return parsed as Record<string, unknown>;
}

function resolveNodeConfig(raw: Map<keyof NodeConfig, unknown>): NodeConfig {
  const problems: string[] = [];
  const integer = (key: keyof NodeConfig, fallback: number | undefined, min: number, max: number): number => {
    const value = raw.get(key) ?? fallback;
    const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
    if (typeof number !== 'number' || !Number.isSafeInteger(number) || number < min || number > max) {
      problems.push(`${flagOf(key)} must be an integer in [${min}, ${max}], got ${JSON.stringify(value ?? null)}`);
      return min;
    }
    return number;
  };
  const text = (key: keyof NodeConfig, fallback: string): string => {
    const value = raw.get(key) ?? fallback;
    if (typeof value !== 'string') {
      problems.push(`${flagOf(key)} must be a string`);
      return fallback;
    }
    return value;
  };
  const id = integer('id', undefined, 1, Number.MAX_SAFE_INTEGER);
  const clientAddress = text('clientAddress', '127.0.0.1:7001');
  const peerAddress = text('peerAddress', '127.0.0.1:7101');
  const httpAddress = text('httpAddress', '127.0.0.1:7201');
  for (const [key, address] of [['clientAddress', clientAddress], ['peerAddress', peerAddress], ['httpAddress', httpAddress]] as const) {
    if (key === 'httpAddress' && address === '') continue;
    if (!isHostPort(address)) problems.push(`${flagOf(key)} must be host:port, got ${JSON.stringify(address)}`);
  }
  const initialText = raw.get('initialCluster');
  let initialCluster: InitialMember[] = [{ id, peerAddress, clientAddress }];
  if (initialText !== undefined) {
    try {
      initialCluster = parseInitialCluster(initialText);
    } catch (error) {
      problems.push((error as Error).message);
    }
  }
  const join = text('join', '');
  if (join !== '' && !isHostPort(join)) problems.push(`--join must be host:port, got ${JSON.stringify(join)}`);
  if (join !== '' && initialText !== undefined) problems.push('give either --join (an existing cluster) or --initial-cluster (a new one), not both');
  const self = initialCluster.find((member) => member.id === id);
  if (self === undefined) problems.push(`--initial-cluster must include this node (id ${id})`);
  else if (self.clientAddress === '') self.clientAddress = clientAddress;
  const replicas = integer('replicas', Math.min(3, initialCluster.length), 1, 7);
  if (replicas > initialCluster.length) problems.push(`--replicas ${replicas} exceeds the ${initialCluster.length} founding members`);
  const tickMs = integer('tickMs', 100, 1, 10_000);
  const electionTicks = integer('electionTicks', 10, 2, 1000);
  const heartbeatTicks = integer('heartbeatTicks', 2, 1, 1000);
  if (heartbeatTicks >= electionTicks) problems.push(`--heartbeat-ticks (${heartbeatTicks}) must be below --election-ticks (${electionTicks})`);
  const logLevel = text('logLevel', 'info');
  if (!logLevels.has(logLevel)) problems.push(`--log-level must be one of ${[...logLevels].join('|')}, got ${JSON.stringify(logLevel)}`);
  const config: NodeConfig = {
    id,
    dataDir: text('dataDir', `./tessera-data-${id}`),
    clientAddress,
    peerAddress,
    httpAddress,
    initialCluster,
    join,
    shards: integer('shards', 16, 1, 4096),
    replicas,
    tickMs,
    electionTicks,
    heartbeatTicks,
    // etcd's snapshot count. Each compaction first flushes LevelDB's memtable (persistEarlierWrites),
    // and with 1,000 those flushes came several times a second per node at load: more level-0
    // tables for LevelDB to merge into level 1 (writes at 256 in flight +9 %, bench/RESULTS.md
    // optimisation 13). Memory stays bounded by snapshotBytes: entry data is copied out of the
    // frames it arrived in, so the byte count is what a log holds.
    snapshotEntries: integer('snapshotEntries', 10_000, 10, 100_000_000),
    snapshotBytes: integer('snapshotBytes', 4 * 1024 * 1024, 64 * 1024, 1024 * 1024 * 1024),
    logLevel: logLevel as NodeConfig['logLevel'],
    peerDialOverrides: new Map(),
  };
  try {
    config.peerDialOverrides = parsePeerDialOverrides(raw.get('peerDialOverrides') ?? '');
  } catch (error) {
    problems.push((error as Error).message);
  }
  if (problems.length > 0) throw new ConfigurationError(problems.join('; '));
  return config;
}

/** Parses `id=peerAddr[/clientAddr],...`; also accepts the array form of a config file. */
export function parseInitialCluster(value: unknown): InitialMember[] {
  const items: string[] = Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(',') : [];
  if (items.length === 0) throw new ConfigurationError('--initial-cluster must be id=peerAddr[/clientAddr],...');
  const members = items.map((item) => {
    const match = /^\s*(\d+)=([^/\s]+)(?:\/([^\s]+))?\s*$/.exec(item);
    if (match === null) throw new ConfigurationError(`--initial-cluster entry ${JSON.stringify(item)} must be id=peerAddr[/clientAddr]`);
    const member = { id: Number(match[1]), peerAddress: match[2], clientAddress: match[3] ?? '' };
    if (!Number.isSafeInteger(member.id) || member.id <= 0) throw new ConfigurationError(`--initial-cluster id ${match[1]} must be a positive integer`);
    if (!isHostPort(member.peerAddress)) throw new ConfigurationError(`--initial-cluster address ${JSON.stringify(member.peerAddress)} must be host:port`);
    if (member.clientAddress !== '' && !isHostPort(member.clientAddress)) throw new ConfigurationError(`--initial-cluster client address ${JSON.stringify(member.clientAddress)} must be host:port`);
    return member;
  });
  const ids = new Set(members.map((member) => member.id));
  if (ids.size !== members.length) throw new ConfigurationError('--initial-cluster lists a node id twice');
  return members.sort((a, b) => a.id - b.id);
}

/** Parses `id=host:port,...` (empty: no overrides). */
export function parsePeerDialOverrides(value: unknown): Map<number, string> {
  const overrides = new Map<number, string>();
  if (typeof value !== 'string') throw new ConfigurationError('--peer-dial-overrides must be id=host:port,...');
  for (const item of value.split(',').filter((text) => text.trim() !== '')) {
    const match = /^\s*(\d+)=(\S+?)\s*$/.exec(item);
    if (match === null || !isHostPort(match[2]) || Number(match[1]) <= 0) throw new ConfigurationError(`--peer-dial-overrides entry ${JSON.stringify(item)} must be id=host:port`);
    overrides.set(Number(match[1]), match[2]);
  }
  return overrides;
}

function isHostPort(address: string): boolean {
  const match = /^(\[[0-9a-fA-F:]+\]|[A-Za-z0-9.-]+):(\d{1,5})$/.exec(address);
  return match !== null && Number(match[2]) <= 65535;
}

function flagOf(key: keyof NodeConfig): string {
  return nodeSettings.find((setting) => setting.key === key)?.flag ?? key;
}
