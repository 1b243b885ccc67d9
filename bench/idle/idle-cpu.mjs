#!/usr/bin/env node
// Measures the CPU an idle cluster costs: starts N tessera nodes on 127.0.0.1 with S shards,
// waits until every node is ready, then samples each node's CPU time (/proc/PID/stat) over a
// window with no client traffic. Usage: node bench/idle/idle-cpu.mjs [--nodes 3] [--shards 256] [--seconds 20] [--settle 60]
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const option = (name, fallback) => {
  const position = process.argv.indexOf(name);
  return position === -1 ? fallback : Number(process.argv[position + 1]);
};
const nodes = option('--nodes', 3);
const shards = option('--shards', 256);
const seconds = option('--seconds', 20);
// Placement spreads leaderships after the start (one transfer a second): let it finish first.
const settleSeconds = option('--settle', 60);
const base = 27001;
const root = mkdtempSync(join(tmpdir(), 'tessera-idle-'));
const members = Array.from({ length: nodes }, (_, index) => ({ id: index + 1, client: `127.0.0.1:${base + index}`, peer: `127.0.0.1:${base + 100 + index}`, http: `127.0.0.1:${base + 200 + index}` }));
const cluster = members.map((member) => `${member.id}=${member.peer}/${member.client}`).join(',');
const children = members.map((member) =>
  spawn(process.execPath, [...(process.env.TESSERA_IDLE_PROFILE ? ['--cpu-prof', '--cpu-prof-dir', process.env.TESSERA_IDLE_PROFILE] : []), 'bin/tessera.mjs', 'start', '--id', String(member.id), '--data', join(root, String(member.id)), '--client-addr', member.client, '--peer-addr', member.peer, '--http-addr', member.http, '--initial-cluster', cluster, '--shards', String(shards), '--replicas', String(Math.min(3, nodes)), '--log-level', 'warn'], { stdio: ['ignore', 'ignore', 'inherit'] }),
);
const cleanup = () => {
  for (const child of children) child.kill(process.env.TESSERA_IDLE_PROFILE ? 'SIGINT' : 'SIGKILL');
  rmSync(root, { recursive: true, force: true });
};
process.on('exit', cleanup);
const ready = (member) => new Promise((resolve) => {
  const request = get(`http://${member.http}/ready`, (response) => { response.resume(); resolve(response.statusCode === 200); });
  request.on('error', () => resolve(false));
});
const cpuSeconds = (pid) => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
};
const deadline = Date.now() + 120_000;
while (!(await Promise.all(members.map(ready))).every(Boolean)) {
  if (Date.now() > deadline) { console.error('cluster not ready within 120 s'); process.exit(1); }
  await new Promise((resolve) => setTimeout(resolve, 500));
}
await new Promise((resolve) => setTimeout(resolve, settleSeconds * 1000));
const before = children.map((child) => cpuSeconds(child.pid));
const started = Date.now();
await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
const elapsed = (Date.now() - started) / 1000;
const shares = children.map((child, index) => ((cpuSeconds(child.pid) - before[index]) / elapsed) * 100);
const rss = children.map((child) => Number(readFileSync(`/proc/${child.pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)[1]) / 1024);
console.log(`idle cluster: ${nodes} nodes, ${shards} shards x ${Math.min(3, nodes)} replicas, ${elapsed.toFixed(1)} s window`);
console.log(`CPU per node (% of one core): ${shares.map((share) => share.toFixed(1)).join(', ')}`);
console.log(`RSS per node (MiB): ${rss.map((value) => value.toFixed(0)).join(', ')}`);
process.exit(0);
