/** Free TCP ports and deadline-bounded polling for the benchmark's clusters (all on 127.0.0.1). */
import { createServer, type Server } from 'node:net';

function bindEphemeral(): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

/**
 * `count` distinct free ports on 127.0.0.1. All stay bound until every one is chosen, so the kernel
 * cannot hand one out twice (the same reasoning as test/integration/cluster-harness.ts).
 */
export async function freePorts(count: number): Promise<number[]> {
  const held: Server[] = [];
  try {
    for (let position = 0; position < count; position += 1) held.push(await bindEphemeral());
    return held.map((server) => {
      const address = server.address();
      if (typeof address !== 'object' || address === null) throw new Error('a bound server has no port');
      return address.port;
    });
  } finally {
    await Promise.all(held.map((server) => new Promise<void>((resolve) => server.close(() => resolve()))));
  }
}

/** An error that ends a waitFor at once: waiting longer cannot help (a process has exited). */
export class HopelessWaitError extends Error {
  override readonly name = 'HopelessWaitError';
}

/**
 * Polls `probe` every 100 ms until it returns a value other than undefined; throws at the deadline,
 * or at once when the probe throws a HopelessWaitError.
 */
export async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      if (error instanceof HopelessWaitError) throw error;
      lastError = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${lastError === undefined ? '' : `: ${String(lastError)}`}`);
}
