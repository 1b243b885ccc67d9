/**
 * Free TCP ports for the processes that tests, jepsen-lite and the benchmark start on 127.0.0.1:
 * one reservation shared by all of them.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';

/** Binds `port` on 127.0.0.1 and keeps it bound; rejects when it is taken. */
function bindPort(port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

/**
 * Ports the kernel never hands out on its own. A port taken from the ephemeral range and released
 * again can be given to any outgoing connection (every gRPC client of every test) before the node
 * meant for it binds it: that was an EADDRINUSE now and then. Below the ephemeral range only
 * another listener can take it, and every worker draws from its own slice.
 */
function listenerPortRange(): { low: number; high: number } {
  let ephemeralLow = 32768;
  try {
    ephemeralLow = Number(readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/)[0]) || ephemeralLow;
  } catch {
    // Not Linux: keep the common default.
  }
  const low = 10_000;
  const high = Math.max(low + 1000, Math.min(ephemeralLow, 65_536)) - 1;
  const slices = 8;
  const slice = Math.floor((high - low + 1) / slices);
  const worker = (Number(process.env.VITEST_POOL_ID ?? process.pid) || 0) % slices;
  return { low: low + worker * slice, high: low + (worker + 1) * slice - 1 };
}

/**
 * `count` distinct free TCP ports on 127.0.0.1, outside the kernel's ephemeral range. All are held
 * bound until every one is chosen, so they differ from each other.
 */
export async function freePorts(count: number): Promise<number[]> {
  const { low, high } = listenerPortRange();
  const held: Server[] = [];
  const ports: number[] = [];
  try {
    for (let attempt = 0; ports.length < count && attempt < 10_000; attempt += 1) {
      const port = low + Math.floor(Math.random() * (high - low + 1));
      if (ports.includes(port)) continue;
      const server = await bindPort(port).catch(() => null);
      if (server === null) continue;
      held.push(server);
      ports.push(port);
    }
    if (ports.length < count) throw new Error(`no ${count} free ports in [${low}, ${high}]`);
    return ports;
  } finally {
    await Promise.all(held.map((server) => new Promise<void>((resolve) => server.close(() => resolve()))));
  }
}

