#!/usr/bin/env node
// `npm start [-- --nodes N --base-port P --data DIR]`: a local Tessera cluster on 127.0.0.1.
// Node i (1..N) listens on client port P+i, peer port P+100+i and HTTP port P+200+i
// (defaults: 3 nodes, P = 7000, data in ./data/local, kept across runs: delete it for a fresh
// cluster). Ctrl-C (SIGINT) or SIGTERM stops every node gracefully.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { get } from 'node:http';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const usage = 'usage: npm start [-- --nodes N (1-9, default 3)] [--base-port P (default 7000)] [--data DIR (default ./data/local)]';
const settings = { '--nodes': '3', '--base-port': '7000', '--data': join(root, 'data', 'local') };
const argv = process.argv.slice(2);
for (let position = 0; position < argv.length; position += 2) {
  if (argv[position] === '--help') {
    console.log(usage);
    process.exit(0);
  }
  if (!(argv[position] in settings) || argv[position + 1] === undefined) {
    console.error(`unknown or incomplete option ${JSON.stringify(argv[position])}\n${usage}`);
    process.exit(2);
  }
  settings[argv[position]] = argv[position + 1];
}
const count = Number(settings['--nodes']);
const base = Number(settings['--base-port']);
const dataRoot = resolve(settings['--data']);
if (!Number.isInteger(count) || count < 1 || count > 9 || !Number.isInteger(base) || base < 1 || base + 209 > 65535) {
  console.error(`--nodes must be 1-9 and --base-port a port leaving room for P+209\n${usage}`);
  process.exit(2);
}

const nodes = Array.from({ length: count }, (_, index) => ({
  id: index + 1,
  client: `127.0.0.1:${base + index + 1}`,
  peer: `127.0.0.1:${base + 100 + index + 1}`,
  http: `127.0.0.1:${base + 200 + index + 1}`,
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
    console.error(`         try:    npx tessctl --endpoints ${nodes.map((node) => node.client).join(',')} put hello world`);
    console.error(`                 npx tessctl --endpoints ${nodes[0].client} get hello`);
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
