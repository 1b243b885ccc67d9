/**
 * The etcd target: an etcd cluster from Debian's etcd-server package on 127.0.0.1 in a temporary
 * folder, with etcd's defaults (fsync on every commit, 100 ms heartbeat, 1 s election timeout),
 * driven through its gRPC KV API. Writes and linearizable reads go to the leader, as a client that
 * knows the leader would send them; follower reads (linearizable) and stale reads (serializable)
 * are spread round-robin over every member.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { freePorts, waitFor } from '../lib/ports.js';
import { ServerProcess } from '../lib/server-process.js';
import type { KvDriver } from '../lib/workload.js';
import { EtcdMemberClient } from './etcd-kv-client.js';
import { callTimeoutMs, startTimeoutMs, type RunningTarget, type TargetSettings } from './target.js';

/** How to get etcd on Debian/Ubuntu; printed when it is missing. */
export const etcdInstallHint = 'apt-get install -y etcd-server etcd-client';

/** The etcd binary on PATH (Debian installs /usr/bin/etcd), or null. */
export function findEtcd(): string | null {
  for (const folder of (process.env.PATH ?? '').split(delimiter)) {
    if (folder === '') continue;
    const candidate = join(folder, 'etcd');
    const probe = spawnSync(candidate, ['--version'], { encoding: 'utf8' });
    if (probe.status === 0) return candidate;
  }
  return null;
}

/** `etcd --version`'s first line. */
export function etcdVersion(binary: string): string {
  return spawnSync(binary, ['--version'], { encoding: 'utf8' }).stdout.split('\n')[0] ?? 'unknown';
}

interface EtcdMember {
  name: string;
  clientAddress: string;
  peerUrl: string;
  server: ServerProcess;
  client: EtcdMemberClient;
}

/** Leader, then round-robin over all members, as the read mode asks. */
function driverOf(members: EtcdMember[], leader: EtcdMember, settings: TargetSettings): KvDriver {
  let turn = 0;
  const serializable = settings.readMode === 'stale';
  const reader = (): EtcdMemberClient => {
    if (settings.readMode === 'linearizable') return leader.client;
    turn = (turn + 1) % members.length;
    return members[turn].client;
  };
  // The keys are `key:` + digits, so the range end of a scan is the prefix's successor `key;`.
  const scanEnd = Buffer.from('key;', 'latin1');
  return {
    put: (key, value) => leader.client.put(key, value, callTimeoutMs),
    async get(key) {
      return (await reader().range(key, { serializable }, callTimeoutMs)) > 0;
    },
    async scan(start, limit) {
      const count = await reader().range(start, { rangeEnd: scanEnd, limit, serializable }, callTimeoutMs);
      if (count > limit) throw new Error(`range returned ${count} items, limit ${limit}`);
    },
    // Preloading only: a Txn of puts is one revision holding every key, stored as one entry per key, as single Puts would be.
    putMany: (entries) => leader.client.putMany(entries, callTimeoutMs),
  };
}

/** Starts an etcd cluster of `settings.replicas` members; resolves once a leader is known to all. */
export async function startEtcd(binary: string, settings: TargetSettings): Promise<RunningTarget> {
  const root = mkdtempSync(join(tmpdir(), `etcd-bench-${settings.runLabel}-`));
  const ports = await freePorts(2 * settings.replicas);
  const layout = Array.from({ length: settings.replicas }, (_, position) => ({ name: `m${position + 1}`, clientAddress: `127.0.0.1:${ports[2 * position]}`, peerUrl: `http://127.0.0.1:${ports[2 * position + 1]}` }));
  const initialCluster = layout.map((member) => `${member.name}=${member.peerUrl}`).join(',');
  const members: EtcdMember[] = [];
  let stopped = false;
  const stop = async (): Promise<void> => {
    if (stopped) return;
    stopped = true;
    for (const member of members) member.client.close();
    await Promise.all(members.map((member) => member.server.stop('SIGTERM')));
    rmSync(root, { recursive: true, force: true });
  };
  let leader: EtcdMember;
  try {
    for (const member of layout) {
      const args = [
        '--name', member.name, '--data-dir', join(root, member.name),
        '--listen-client-urls', `http://${member.clientAddress}`, '--advertise-client-urls', `http://${member.clientAddress}`,
        '--listen-peer-urls', member.peerUrl, '--initial-advertise-peer-urls', member.peerUrl,
        '--initial-cluster', initialCluster, '--initial-cluster-state', 'new', '--initial-cluster-token', `bench-${settings.runLabel}`,
        // etcd refuses writes past its 2 GiB default backend quota; the 10M-key scenario needs more.
        '--quota-backend-bytes', String(8 * 2 ** 30),
        '--logger', 'zap', '--log-outputs', 'stderr', '--log-level', 'warn',
      ];
      const server = new ServerProcess(`etcd-${member.name.slice(1)}`, binary, args, join(root, `${member.name}.log`));
      members.push({ ...member, server, client: new EtcdMemberClient(member.clientAddress) });
    }
    leader = await waitFor('every etcd member to know the leader', async () => {
      const statuses = await Promise.all(members.map((member) => (member.server.assertRunning(), member.client.status(2000))));
      const leaderId = statuses[0].leader;
      if (leaderId === 0 || statuses.some((status) => status.leader !== leaderId)) return undefined;
      return members[statuses.findIndex((status) => status.memberId === leaderId)];
    }, startTimeoutMs);
    await waitFor('a first etcd write', async () => (await leader.client.put(Buffer.from('bench-probe'), Buffer.from('ok'), 2000), true), startTimeoutMs);
  } catch (error) {
    const tails = members.map((member) => `--- ${member.server.label} (${member.server.logPath})\n${member.server.logTail(15)}`).join('\n');
    await stop();
    throw new Error(`the etcd cluster did not start: ${error instanceof Error ? error.message : String(error)}\n${tails}`, { cause: error });
  }
  return {
    name: 'etcd',
    description: `${etcdVersion(binary)}, ${settings.replicas} members, leader ${leader.server.label}, read mode ${settings.readMode}`,
    processes: members.map((member) => ({ label: member.server.label, pid: member.server.pid })),
    driver: driverOf(members, leader, settings),
    async facts() {
      const sizes: Record<string, number> = {};
      for (const member of members) sizes[member.server.label] = (await member.client.status(2000).catch(() => undefined))?.dbSizeBytes ?? Number.NaN;
      return { leader: leader.server.label, dbSizeBytes: sizes };
    },
    stop,
  };
}
