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
