/**
 * `tessctl snapshot save FILE [--node ID]` and `tessctl snapshot restore FILE --data DIR --node ID
 * [--force]`: a node's whole storage to a file through Admin.Snapshot, and back into a stopped
 * node's data directory (snapshot-restore.ts) with the cluster readied for it (snapshot-fence.ts).
 * Arguments, help texts, node choice and the summary lines live here.
 */
import * as grpc from '@grpc/grpc-js';
import process from 'node:process';
import { TesseraError } from '../client/index.js';
import type { tessera } from '../wire/proto.js';
import { adminServiceDefinition } from '../wire/service-definitions.js';
import { snapshotProgress, formatBytes } from './snapshot-progress.js';
import { fenceStoppedNode, findMember, otherMembersOfStopped } from './snapshot-fence.js';
import { receiveSnapshot, type SavedShard } from './snapshot-receive.js';
import { UsageError } from './usage-error.js';

export const snapshotUsage = 'snapshot save|restore FILE';
export const snapshotHelp = 'back up one node to FILE; rebuild a stopped node from it';

const saveHelp = `usage: tessctl [--endpoints host:port,...] [--json] [--timeout MS] snapshot save FILE [--node ID]
  Saves a consistent point-in-time backup of one node's whole storage (every shard it hosts, with
  its Raft log and state) to FILE, while the node keeps serving.
  --node ID    the member to back up (default: the node at the first endpoint)
  --timeout    ms without data from the node before giving up (default 5000)
  Writes FILE.partial, checks its size and SHA-256 against the node's, then renames it to FILE.
  Shows a progress bar on a terminal; prints one summary line (JSON with --json).`;

const restoreUsage = 'snapshot restore FILE --data DIR --node ID [--force]';
const restoreHelp = `usage: tessctl [--endpoints host:port,...] [--json] ${restoreUsage}
  Rebuilds the data directory DIR of STOPPED node ID from a backup of that node (snapshot save),
  on the node's machine, then readies the running cluster for it; start the node afterwards and
  it catches up from the other replicas by Raft.
  --data DIR   the node's --data directory
  --node ID    the node being restored; it must be stopped (tessctl checks it does not answer)
  --force      replace DIR's contents when it is not empty (refused while a process holds DIR)
  --endpoints  nodes of the cluster that are running (not node ID)
  Order: the whole file is verified (a damaged or truncated file is refused and DIR left as it
  was); DIR is written; then every shard node ID replicates gets a new leadership term among the
  other replicas, so their leaders stop counting on log entries the node acknowledged after the
  backup (Raft would refuse its shorter log otherwise).`;

/** The global options the command needs. */
export interface SnapshotGlobal {
  endpoints: string[];
  json: boolean;
  timeoutMs: number;
}

const AdminClient = grpc.makeGenericClientConstructor(adminServiceDefinition, 'Admin');
/** The least time restore gives the cluster to move every shard of the node to a new term, in ms. */
const fenceDeadlineMsMin = 15_000;

const print = (line: string): void => void process.stdout.write(`${line}\n`);
const appliedText = (shards: SavedShard[]): string => shards.map((shard) => `${shard.shard}:${shard.appliedIndex}`).join(' ');

/** Splits `args` into positionals and `--name value` / `--flag` options; rejects unknown names. */
function parse(args: string[], valued: string[], flags: string[], usage: string): { positionals: string[]; options: Map<string, string> } {
  const positionals: string[] = [];
  const options = new Map<string, string>();
  for (let position = 0; position < args.length; position += 1) {
    const argument = args[position];
    if (valued.includes(argument)) {
      const value = args[position + 1];
      if (value === undefined) throw new UsageError(`${argument} needs a value`);
      options.set(argument, value);
      position += 1;
    } else if (flags.includes(argument)) options.set(argument, '');
    else if (argument.startsWith('--')) throw new UsageError(`unknown option ${argument}; ${usage}`);
    else positionals.push(argument);
  }
  return { positionals, options };
}

/** Admin.Snapshot's messages from `endpoint`; gives up after `idleMs` without a message, or when `interrupted` aborts. */
async function* snapshotMessages(endpoint: string, idleMs: number, interrupted: AbortSignal): AsyncGenerator<tessera.kv.ISnapshotChunk> {
  const client = new AdminClient(endpoint, grpc.credentials.createInsecure());
  const call = (client as unknown as { snapshot(request: object): grpc.ClientReadableStream<tessera.kv.ISnapshotChunk> }).snapshot({});
  let stopped: TesseraError | undefined;
  const stop = (reason: TesseraError): void => {
    stopped ??= reason;
    call.cancel();
  };
  const idle = setTimeout(() => stop(new TesseraError('TESSERA_UNAVAILABLE', `no data from ${endpoint} for ${idleMs} ms`)), idleMs);
  const onInterrupt = (): void => stop(new TesseraError('TESSERA_ABORTED', 'interrupted; nothing saved'));
  interrupted.addEventListener('abort', onInterrupt);
  try {
    for await (const message of call) {
      idle.refresh();
      yield message as tessera.kv.ISnapshotChunk;
      idle.refresh();
    }
  } catch (error) {
    throw stopped ?? new TesseraError('TESSERA_UNAVAILABLE', `${endpoint}: ${(error as grpc.ServiceError).details || (error as Error).message}`, { cause: error });
  } finally {
    clearTimeout(idle);
    interrupted.removeEventListener('abort', onInterrupt);
    call.cancel();
    client.close();
  }
  if (stopped !== undefined) throw stopped;
}

async function save(global: SnapshotGlobal, args: string[]): Promise<number> {
  const { positionals, options } = parse(args, ['--node'], [], 'see tessctl snapshot save --help');
  if (positionals.length !== 1) throw new UsageError('usage: tessctl snapshot save FILE [--node ID]');
  const nodeText = options.get('--node');
  const nodeId = nodeText === undefined ? undefined : Number(nodeText);
  if (nodeId !== undefined && (!Number.isSafeInteger(nodeId) || nodeId <= 0)) throw new UsageError(`--node must be a positive integer, got ${JSON.stringify(nodeText)}`);
  const endpoint = nodeId === undefined ? global.endpoints[0] : (await findMember(global.endpoints, nodeId, global.timeoutMs)).clientAddress;
  const interrupt = new AbortController();
  const onSignal = (): void => interrupt.abort();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const progress = snapshotProgress(process.stdout.isTTY === true && !global.json);
  try {
    const saved = await receiveSnapshot(snapshotMessages(endpoint, global.timeoutMs, interrupt.signal), positionals[0], {
      begin: (from, estimatedBytes) => {
        if (nodeId !== undefined && from !== nodeId) throw new TesseraError('TESSERA_UNAVAILABLE', `${endpoint} is node ${from}, not node ${nodeId}`);
        progress.begin(from, estimatedBytes);
      },
      update: (bytes) => progress.update(bytes),
    });
    progress.stop();
    if (global.json) print(JSON.stringify(saved));
    else print(`saved node ${saved.node} to ${saved.file}: ${formatBytes(saved.bytes)} (${saved.bytes} bytes), ${saved.shards.length} shards, ${saved.records} records, sha256 ${saved.sha256}; applied index by shard ${appliedText(saved.shards)}`);
    return 0;
  } finally {
    progress.stop();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

async function restore(global: SnapshotGlobal, args: string[]): Promise<number> {
  const { positionals, options } = parse(args, ['--data', '--node'], ['--force'], 'see tessctl snapshot restore --help');
  const dataDir = options.get('--data');
  const nodeText = options.get('--node');
  const nodeId = Number(nodeText);
  if (positionals.length !== 1 || dataDir === undefined || dataDir === '' || nodeText === undefined) throw new UsageError(`usage: tessctl ${restoreUsage}`);
  if (!Number.isSafeInteger(nodeId) || nodeId <= 0) throw new UsageError(`--node must be a positive integer, got ${JSON.stringify(nodeText)}`);
  const { prepareRestore, writeRestore } = await import('./snapshot-restore.js');
  const request = { file: positionals[0], dataDir, force: options.has('--force') };
  const prepared = await prepareRestore(request);
  const others = await otherMembersOfStopped(global.endpoints, nodeId, global.timeoutMs);
  const restored = await writeRestore(prepared, request);
  const fenced = await fenceStoppedNode(others, nodeId, { timeoutMs: global.timeoutMs, deadlineMs: Math.max(global.timeoutMs, fenceDeadlineMsMin) });
  if (global.json) print(JSON.stringify({ ...restored, node: nodeId, fenced }));
  else {
    const replaced = restored.replacedEntries > 0 ? `; replaced ${restored.replacedEntries} old entries` : '';
    print(`restored node ${nodeId} from ${restored.file} into ${restored.dataDir}: ${formatBytes(restored.bytes)} (${restored.bytes} bytes), ${restored.shards.length} shards, ${restored.records} records; applied index by shard ${appliedText(restored.shards)}${replaced}; ${fenced.length} shards moved to a new term without it: start node ${nodeId} now`);
  }
  return 0;
}

/** Runs `tessctl snapshot ARGS`; resolves with the exit code. */
export async function snapshotCommand(global: SnapshotGlobal, args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  const help = sub === 'save' ? saveHelp : sub === 'restore' ? restoreHelp : `${saveHelp}\n\n${restoreHelp}`;
  if (sub === '--help' || sub === 'help' || rest.includes('--help')) {
    print(help);
    return 0;
  }
  if (sub === 'save') return save(global, rest);
  if (sub === 'restore') return restore(global, rest);
  throw new UsageError(`usage: tessctl snapshot save FILE [--node ID] | tessctl ${restoreUsage}; see tessctl snapshot --help`);
}
