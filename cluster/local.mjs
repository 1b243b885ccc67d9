#!/usr/bin/env node
// `npm start`: a local 3-node Tessera cluster on 127.0.0.1 with embedded defaults.
// Data lives in ./data/local/node-N (kept across runs; delete it for a fresh cluster).
// Ctrl-C (SIGINT) or SIGTERM stops every node gracefully.
// Environment: TESSERA_LOCAL_NODES (default 3), TESSERA_LOCAL_BASE_PORT (default 7001: client
// ports 7001.., peer ports 7101.., HTTP ports 7201..), TESSERA_LOCAL_DATA (default ./data/local).
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { get } from 'node:http';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const count = Number(process.env.TESSERA_LOCAL_NODES ?? 3);
const base = Number(process.env.TESSERA_LOCAL_BASE_PORT ?? 7001);
const dataRoot = resolve(process.env.TESSERA_LOCAL_DATA ?? join(root, 'data', 'local'));
if (!Number.isInteger(count) || count < 1 || count > 9) {
  console.error('TESSERA_LOCAL_NODES must be an integer from 1 to 9');
  process.exit(2);
}

const nodes = Array.from({ length: count }, (_, index) => ({
  id: index + 1,
  client: `127.0.0.1:${base + index}`,
  peer: `127.0.0.1:${base + 100 + index}`,
  http: `127.0.0.1:${base + 200 + index}`,
}));
const initialCluster = nodes.map((node) => `${node.id}=${node.peer}/${node.client}`).join(',');
const children = new Map();
let stopping = false;

for (const node of nodes) {
  const dataDir = join(dataRoot, `node-${node.id}`);
  mkdirSync(dataDir, { recursive: true });
  const args = [join(root, 'bin', 'tessera.mjs'), 'start', '--id', String(node.id), '--data', dataDir, '--client-addr', node.client, '--peer-addr', node.peer, '--http-addr', node.http, '--initial-cluster', initialCluster, '--replicas', String(Math.min(3, count))];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'inherit', 'inherit'] });
  children.set(node.id, child);
  child.on('exit', (code, signal) => {
    children.delete(node.id);
    if (!stopping) {
      console.error(`tessera node ${node.id} exited (${signal ?? code}); stopping the cluster`);
      stop(1);
    } else if (children.size === 0) {
      process.exit(process.exitCode ?? 0);
    }
  });
}

function stop(code) {
  if (stopping) return;
  stopping = true;
  process.exitCode = code;
  for (const child of children.values()) child.kill('SIGTERM');
  if (children.size === 0) process.exit(code);
  setTimeout(() => {
    for (const child of children.values()) child.kill('SIGKILL');
  }, 10_000).unref();
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

function ready(node) {
  return new Promise((resolveReady) => {
    const request = get(`http://${node.http}/ready`, (response) => {
      response.resume();
      resolveReady(response.statusCode === 200);
    });
    request.on('error', () => resolveReady(false));
    request.setTimeout(1000, () => request.destroy());
  });
}

const deadline = Date.now() + 60_000;
while (!stopping) {
  const states = await Promise.all(nodes.map(ready));
  if (states.every(Boolean)) {
    console.error(`\ntessera: local cluster of ${count} ready — client endpoints ${nodes.map((node) => node.client).join(', ')}`);
    console.error(`         metrics at http://${nodes[0].http}/metrics; data in ${dataRoot}; Ctrl-C stops it\n`);
    break;
  }
  if (Date.now() > deadline) {
    console.error('tessera: the cluster did not become ready within 60 s; stopping');
    stop(1);
    break;
  }
  await new Promise((resolveWait) => setTimeout(resolveWait, 250));
}
