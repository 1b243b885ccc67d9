/**
 * Tessera's client SDK: `const client = await connect({ endpoints: ['127.0.0.1:7001'] })`.
 * See README "Client SDK" for every method, its options and error codes.
 */
import { TesseraClient } from './client.js';
import { TesseraError } from './errors.js';
import { GrpcTransport } from './grpc-transport.js';
import { readModeOf } from './requests.js';
import { Router } from './router.js';
import { randomClientId, SessionPool } from './sessions.js';
import type { ConnectOptions } from './types.js';

export { TesseraClient } from './client.js';
export { errorCodes, OutcomeUnknownError, TesseraError, isTesseraErrorCode } from './errors.js';
export type { TesseraErrorCode, TesseraErrorDetails } from './errors.js';
export type * from './types.js';

/** Default overall time limit of a call, in ms. */
export const timeoutMsDefault = 5000;

/**
 * Connects to a cluster: fetches the shard map from the first endpoint that answers, and returns
 * a client that opens a channel to each node when first needed. Rejects with TESSERA_UNAVAILABLE
 * when no endpoint answers within `timeoutMs`.
 */
export async function connect(options: ConnectOptions): Promise<TesseraClient> {
  if (!Array.isArray(options.endpoints) || options.endpoints.length === 0 || options.endpoints.some((endpoint) => typeof endpoint !== 'string' || endpoint === '')) {
    throw new TypeError('connect needs endpoints: a non-empty list of host:port strings');
  }
  const readMode = options.readMode ?? 'linearizable';
  readModeOf(readMode);
  const timeoutMs = options.timeoutMs ?? timeoutMsDefault;
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) throw new TypeError(`timeoutMs must be a positive number, got ${timeoutMs}`);
  const sessions = new SessionPool(options.clientId ?? randomClientId());
  const transport = new GrpcTransport();
  const router = new Router({ transport, seeds: options.endpoints, leaderCacheSize: options.leaderCacheSize });
  try {
    await router.refresh({ deadlineAtMs: Date.now() + timeoutMs });
  } catch (error) {
    transport.close();
    throw new TesseraError('TESSERA_UNAVAILABLE', `no endpoint of ${options.endpoints.join(', ')} answered with a shard map`, { cause: error });
  }
  return new TesseraClient({ router, sessions, readMode, timeoutMs, connectionStats: () => transport.stats(), close: () => transport.close() });
}
