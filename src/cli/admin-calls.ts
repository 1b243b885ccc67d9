import { TesseraError, isTesseraErrorCode } from '../client/index.js';
import { AdminCallError, callAdmin, type AdminMethod } from '../wire/admin-client.js';
import type { tessera } from '../wire/proto.js';

/** The TesseraError a response's `error` field carries, or undefined when it reports success. */
export function errorOfResponse(error: tessera.kv.IError | null | undefined): TesseraError | undefined {
  const code = error?.code;
  if (code === undefined || code === null || code === '') return undefined;
  return new TesseraError(isTesseraErrorCode(code) ? code : 'TESSERA_INTERNAL', error?.message ?? code, { leaderHint: Number(error?.leaderHint ?? 0), shardId: Number(error?.shardId ?? 0), limit: error?.limit ?? undefined });
}

/** One unary Admin call to one node; a typed error in the response becomes a thrown TesseraError. */
export async function adminCall<Response extends { error?: tessera.kv.IError | null }>(endpoint: string, method: AdminMethod, request: object, timeoutMs: number): Promise<Response> {
  let response: Response;
  try {
    response = await callAdmin<Response>(endpoint, method, request, timeoutMs);
  } catch (error) {
    throw new TesseraError('TESSERA_UNAVAILABLE', error instanceof AdminCallError ? error.message : String(error));
  }
  const failure = errorOfResponse(response.error);
  if (failure !== undefined) throw failure;
  return response;
}

/** The first endpoint's answer; the next endpoint is tried when one is unreachable. */
export async function adminCallAny<Response extends { error?: tessera.kv.IError | null }>(endpoints: string[], method: AdminMethod, request: object, timeoutMs: number): Promise<Response> {
  let lastError: unknown;
  for (const endpoint of endpoints) {
    try {
      return await adminCall<Response>(endpoint, method, request, timeoutMs);
    } catch (error) {
      lastError = error;
      if (!(error instanceof TesseraError) || error.code !== 'TESSERA_UNAVAILABLE') throw error;
    }
  }
  throw lastError;
}

/** The item with the highest meta applied index (the first of equals): the newest cluster description among several views. */
export function newestByMetaApplied<View extends { metaApplied?: number | null }>(views: readonly View[]): View | undefined {
  let newest: View | undefined;
  for (const view of views) if (newest === undefined || Number(view.metaApplied ?? 0) > Number(newest.metaApplied ?? 0)) newest = view;
  return newest;
}

/**
 * The newest shard map any endpoint holds: every reachable endpoint is asked and the answer with
 * the highest meta applied index wins. One endpoint's map may be stale for good — a member drained
 * out of the meta group is not told the entries after its removal — so no single node is trusted.
 */
export async function freshestShardMap(endpoints: string[], timeoutMs: number): Promise<tessera.kv.ShardMapResponse> {
  const answers = await Promise.allSettled(endpoints.map((endpoint) => adminCall<tessera.kv.ShardMapResponse>(endpoint, 'getShardMap', {}, timeoutMs)));
  const freshest = newestByMetaApplied(answers.flatMap((answer) => (answer.status === 'fulfilled' ? [answer.value] : [])));
  if (freshest !== undefined) return freshest;
  const failures = answers.filter((answer): answer is PromiseRejectedResult => answer.status === 'rejected').map((answer) => answer.reason as unknown);
  // A typed error (bad request, stopping node) says more than "unreachable": report it first.
  throw failures.find((error) => !(error instanceof TesseraError) || error.code !== 'TESSERA_UNAVAILABLE') ?? failures[0] ?? new TesseraError('TESSERA_UNAVAILABLE', 'no endpoints given');
}
