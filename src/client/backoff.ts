/** Retry delays: exponential backoff with full jitter (AWS Architecture Blog, "Exponential Backoff And Jitter"). */

/** First retry's ceiling, in ms. */
export const backoffBaseMs = 10;
/** Largest ceiling, in ms: an election takes a few hundred ms, so waiting longer only adds latency. */
export const backoffCapMs = 500;

/** A delay uniformly drawn from [0, min(cap, base · 2^attempt)); `attempt` counts from 0. */
export function backoffDelayMs(attempt: number, random: () => number, baseMs = backoffBaseMs, capMs = backoffCapMs): number {
  const ceiling = Math.min(capMs, baseMs * 2 ** Math.min(attempt, 30));
  return Math.floor(random() * ceiling);
}

/** Resolves after `delayMs`, or at once (false) when the signal aborts. */
export function sleep(delayMs: number, signal?: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    if (signal?.aborted === true) {
      resolve(false);
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      resolve(false);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve(true);
    }, delayMs);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
