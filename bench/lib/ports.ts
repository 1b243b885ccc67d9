/** Free TCP ports (the shared reservation) and deadline-bounded polling for the benchmark's clusters. */
export { freePorts } from '../../test/integration/free-ports.js';

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
