/**
 * `tessctl`: the operator's command line, built on the SDK (src/client) and the Admin API.
 *   tessctl [--endpoints host:port,...] [--json] [--timeout MS] <command> [args]
 * Exit code 0 on success; otherwise non-zero with a one-line reason on stderr.
 */
import process from 'node:process';
import { connect, TesseraError, type TesseraClient } from '../client/index.js';
import { tessera } from '../wire/proto.js';
import { adminCall, freshestShardMap } from './admin-calls.js';
import { type Global, print, takeOption, UsageError } from './cli-common.js';
import { formatHelpRows } from './help-columns.js';
import { memberChangeCommand, memberViews, rebalanceCommand } from './membership-commands.js';
import { snapshotCommand, snapshotHelp, snapshotUsage } from './snapshot-command.js';

const commands: Record<string, { usage: string; help: string }> = {
  get: { usage: 'get KEY', help: 'print the value of KEY alone (exit 1 when absent)' },
  put: { usage: 'put KEY VALUE', help: 'set KEY to VALUE; prints the new version' },
  del: { usage: 'del KEY', help: 'delete KEY' },
  scan: { usage: 'scan [--prefix P] [--limit N]', help: 'list keys in key order across all shards' },
  status: { usage: 'status', help: 'every endpoint node with its shards: role, term, leader, commit, applied' },
  member: {
    usage: 'member list | add --id ID --peer-addr A --client-addr B | remove ID | promote ID',
    help: 'list members; add one (then start it with --join); drain and remove one; activate a joining one now. add/remove wait for placement with a progress bar unless --detach',
  },
  rebalance: { usage: 'rebalance [--detach]', help: 'follow placement until every shard is settled and members hold replica counts within one' },
  shard: { usage: 'shard list | shard status ID', help: 'shards with slot ranges, replicas and leaders; or one shard on every endpoint' },
  leader: { usage: 'leader transfer --shard ID --to NODE', help: "hand a shard's leadership to another voter" },
  snapshot: { usage: snapshotUsage, help: snapshotHelp },
};

const usage = `tessctl — operate a Tessera cluster

Usage: tessctl [--endpoints host:port,...] [--json] [--timeout MS] <command> [args]

Commands:
${formatHelpRows(Object.values(commands))}

Options:
  --endpoints   client addresses of cluster nodes (default $TESSERA_ENDPOINTS or 127.0.0.1:7001);
                member, shard, rebalance and snapshot commands ask each and use the newest description
  --json        print stable JSON instead of text
  --timeout     per-command time limit in ms (default 5000)
  --help        this text; \`tessctl COMMAND --help\` for one command
`;


function parseGlobal(argv: string[]): { global: Global; rest: string[] } {
  const global: Global = { endpoints: (process.env.TESSERA_ENDPOINTS ?? '127.0.0.1:7001').split(','), json: false, timeoutMs: 5000 };
  const rest: string[] = [];
  for (let position = 0; position < argv.length; position += 1) {
    const argument = argv[position];
    if (argument === '--json') global.json = true;
    else if (argument === '--endpoints' || argument === '--timeout') {
      const value = argv[position + 1];
      if (value === undefined) throw new UsageError(`${argument} needs a value`);
      position += 1;
      if (argument === '--endpoints') global.endpoints = value.split(',').filter((endpoint) => endpoint !== '');
      else {
        global.timeoutMs = Number(value);
        if (!Number.isSafeInteger(global.timeoutMs) || global.timeoutMs <= 0) throw new UsageError(`--timeout must be a positive integer, got ${JSON.stringify(value)}`);
      }
    } else rest.push(argument);
  }
  if (global.endpoints.length === 0) throw new UsageError('--endpoints is empty');
  return { global, rest };
}

function expectArguments(args: string[], count: number, command: string): void {
  if (args.length !== count) throw new UsageError(`usage: tessctl ${commands[command].usage}`);
}

const text = (bytes: Uint8Array): string => Buffer.from(bytes).toString('utf8');

async function dataCommand(global: Global, command: string, args: string[]): Promise<number> {
  const client: TesseraClient = await connect({ endpoints: global.endpoints, timeoutMs: global.timeoutMs });
  try {
    if (command === 'get') {
      expectArguments(args, 1, command);
      const result = await client.get(args[0]);
      if (global.json) print(JSON.stringify({ key: args[0], found: result.found, value: result.found ? text(result.value as Uint8Array) : null, version: result.version }));
      else if (result.found) print(text(result.value as Uint8Array));
      if (!result.found && !global.json) process.stderr.write(`tessctl: key ${JSON.stringify(args[0])} not found\n`);
      return result.found ? 0 : 1;
    }
    if (command === 'put') {
      expectArguments(args, 2, command);
      const result = await client.put(args[0], args[1]);
      print(global.json ? JSON.stringify({ key: args[0], version: result.version }) : `OK (version ${result.version})`);
      return 0;
    }
    if (command === 'del') {
      expectArguments(args, 1, command);
      const result = await client.delete(args[0]);
      print(global.json ? JSON.stringify({ key: args[0], deleted: result.deleted }) : result.deleted ? 'deleted' : 'not found');
      return 0;
    }
    const prefix = takeOption(args, '--prefix');
    const limitText = takeOption(args, '--limit');
    expectArguments(args, 0, command);
    const limit = limitText === undefined ? undefined : Number(limitText);
    if (limit !== undefined && (!Number.isSafeInteger(limit) || limit <= 0)) throw new UsageError(`--limit must be a positive integer, got ${JSON.stringify(limitText)}`);
    const items: { key: string; value: string; version: number }[] = [];
    for await (const item of client.scan({ prefix, limit })) {
      const row = { key: text(item.key), value: text(item.value), version: item.version };
      if (global.json) items.push(row);
      else print(`${row.key}\t${row.value}`);
    }
    if (global.json) print(JSON.stringify(items));
    return 0;
  } finally {
    client.close();
  }
}

function nodeStatus(endpoint: string, timeoutMs: number): Promise<tessera.kv.StatusResponse> {
  return adminCall<tessera.kv.StatusResponse>(endpoint, 'status', {}, timeoutMs);
}

async function statusCommand(global: Global, args: string[]): Promise<number> {
  expectArguments(args, 0, 'status');
  const results = await Promise.all(global.endpoints.map((endpoint) => nodeStatus(endpoint, global.timeoutMs).then((status) => ({ endpoint, status }), (error: Error) => ({ endpoint, error: error.message }))));
  if (global.json) {
    print(JSON.stringify(results.map((result) => ('status' in result ? { endpoint: result.endpoint, ...tessera.kv.StatusResponse.toObject(result.status, { longs: Number, defaults: true }) } : result))));
  } else {
    print(['ENDPOINT', 'NODE', 'SHARD', 'ROLE', 'TERM', 'LEADER', 'COMMIT', 'APPLIED'].join('\t'));
    for (const result of results) {
      if (!('status' in result)) {
        print(`${result.endpoint}\tunreachable: ${result.error}`);
        continue;
      }
      for (const shard of result.status.shards ?? []) {
        print([result.endpoint, result.status.nodeId, shard.shardId ?? 0, shard.role, shard.term, shard.leader, shard.commit, shard.applied].join('\t'));
      }
    }
  }
  return results.some((result) => !('status' in result)) ? 1 : 0;
}

async function adminCommand(global: Global, command: string, args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  const wants = (name: string, count: number): boolean => {
    if (sub !== name) return false;
    expectArguments(rest, count, command);
    return true;
  };
  if (command === 'member' && (sub === 'add' || sub === 'remove' || sub === 'promote')) return memberChangeCommand(global, sub, rest);
  if (command === 'member' && wants('list', 0)) {
    const members = memberViews((await freshestShardMap(global.endpoints, global.timeoutMs)).shardMap ?? {});
    if (global.json) print(JSON.stringify(members));
    else {
      print(['ID', 'CLIENT', 'PEER', 'ROLE', 'STATE'].join('\t'));
      for (const member of members) print([member.id, member.clientAddress, member.peerAddress, member.role, member.state].join('\t'));
    }
    return 0;
  }
  if (command === 'shard' && (sub === 'list' || sub === 'status')) {
    const response = await freshestShardMap(global.endpoints, global.timeoutMs);
    const shards = (response.shardMap?.shards ?? []).map((shard) => ({ id: Number(shard.id), slotStart: shard.slotStart ?? 0, slotEnd: shard.slotEnd ?? 0, replicas: (shard.replicas ?? []).map(Number), leader: Number(shard.leaderHint ?? 0), epoch: Number(shard.epoch ?? 0) }));
    if (sub === 'list') {
      expectArguments(rest, 0, command);
      if (global.json) print(JSON.stringify({ epoch: Number(response.shardMap?.epoch ?? 0), shards }));
      else {
        print(['SHARD', 'SLOTS', 'REPLICAS', 'LEADER', 'EPOCH'].join('\t'));
        for (const shard of shards) print([shard.id, `${shard.slotStart}-${shard.slotEnd - 1}`, shard.replicas.join(','), shard.leader || '-', shard.epoch].join('\t'));
      }
      return 0;
    }
    expectArguments(rest, 1, command);
    const id = Number(rest[0]);
    if (!Number.isSafeInteger(id) || id < 0) throw new UsageError(`shard id must be a non-negative integer, got ${JSON.stringify(rest[0])}`);
    const statuses = await Promise.all(global.endpoints.map((endpoint) => nodeStatus(endpoint, global.timeoutMs).then((status) => ({ endpoint, status }), (error: Error) => ({ endpoint, error: error.message }))));
    const rows = statuses.flatMap((result) => ('status' in result ? (result.status.shards ?? []).filter((shard) => Number(shard.shardId ?? 0) === id).map((shard) => ({ endpoint: result.endpoint, node: Number(result.status.nodeId), role: shard.role ?? '', term: Number(shard.term ?? 0), leader: Number(shard.leader ?? 0), commit: Number(shard.commit ?? 0), applied: Number(shard.applied ?? 0), voters: (shard.voters ?? []).map(Number) })) : []));
    if (global.json) print(JSON.stringify(rows));
    else {
      print(['NODE', 'ROLE', 'TERM', 'LEADER', 'COMMIT', 'APPLIED', 'VOTERS'].join('\t'));
      for (const row of rows) print([row.node, row.role, row.term, row.leader, row.commit, row.applied, row.voters.join(',')].join('\t'));
    }
    if (rows.length === 0) process.stderr.write(`tessctl: no endpoint hosts shard ${id}\n`);
    return rows.length === 0 ? 1 : 0;
  }
  if (command === 'leader' && sub === 'transfer') {
    const shardText = takeOption(rest, '--shard');
    const toText = takeOption(rest, '--to');
    expectArguments(rest, 0, command);
    const shard = Number(shardText);
    const to = Number(toText);
    if (!Number.isSafeInteger(shard) || shard < 0 || !Number.isSafeInteger(to) || to <= 0) throw new UsageError(`usage: tessctl ${commands.leader.usage}`);
    // Ask every endpoint: only the shard's leader accepts; the others answer NOT_LEADER.
    for (const endpoint of global.endpoints) {
      try {
        await adminCall(endpoint, 'transferLeader', { shardId: shard, toNode: to }, global.timeoutMs);
        print(global.json ? JSON.stringify({ shard, to, requested: true }) : `leadership of shard ${shard} is being handed to node ${to}`);
        return 0;
      } catch (error) {
        if (!(error instanceof TesseraError) || (error.code !== 'TESSERA_NOT_LEADER' && error.code !== 'TESSERA_UNAVAILABLE')) throw error;
      }
    }
    throw new TesseraError('TESSERA_NOT_LEADER', `none of the endpoints leads shard ${shard}; list more with --endpoints`);
  }
  throw new UsageError(`usage: tessctl ${commands[command].usage}`);
}

async function main(argv: string[]): Promise<number> {
  const { global, rest } = parseGlobal(argv);
  const [command, ...args] = rest;
  if (command === undefined || command === '--help' || command === 'help') {
    process.stdout.write(usage);
    return command === undefined ? 2 : 0;
  }
  if (!(command in commands)) throw new UsageError(`unknown command ${JSON.stringify(command)}; see tessctl --help`);
  if (command === 'snapshot') return snapshotCommand(global, args);
  if (args.includes('--help')) {
    print(`usage: tessctl [--endpoints host:port,...] [--json] ${commands[command].usage}\n  ${commands[command].help}`);
    return 0;
  }
  if (command === 'status') return statusCommand(global, args);
  if (command === 'member' || command === 'shard' || command === 'leader') return adminCommand(global, command, args);
  if (command === 'rebalance') return rebalanceCommand(global, args);
  return dataCommand(global, command, args);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError) {
      process.stderr.write(`tessctl: ${error.message}\n`);
      process.exit(2);
    }
    const errorCode = (error as { code?: unknown } | null)?.code;
    const code = error instanceof TesseraError || (typeof errorCode === 'string' && errorCode.startsWith('TESSERA_')) ? `${String(errorCode)}: ` : '';
    process.stderr.write(`tessctl: ${code}${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
