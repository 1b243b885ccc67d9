import * as grpc from '@grpc/grpc-js';
import { TesseraError, isTesseraErrorCode } from '../client/index.js';
import type { tessera } from '../wire/proto.js';
import { adminServiceDefinition } from '../wire/service-definitions.js';

const AdminClient = grpc.makeGenericClientConstructor(adminServiceDefinition, 'Admin');

type AdminMethod = keyof typeof adminServiceDefinition;
type Callback<Response> = (error: grpc.ServiceError | null, response: Response) => void;

/** The TesseraError a response's `error` field carries, or undefined when it reports success. */
export function errorOfResponse(error: tessera.kv.IError | null | undefined): TesseraError | undefined {
  const code = error?.code;
  if (code === undefined || code === null || code === '') return undefined;
  return new TesseraError(isTesseraErrorCode(code) ? code : 'TESSERA_INTERNAL', error?.message ?? code, { leaderHint: Number(error?.leaderHint ?? 0), shardId: Number(error?.shardId ?? 0), limit: error?.limit ?? undefined });
}

/** One unary Admin call to one node; a typed error in the response becomes a thrown TesseraError. */
export function adminCall<Response extends { error?: tessera.kv.IError | null }>(endpoint: string, method: AdminMethod, request: object, timeoutMs: number): Promise<Response> {
  const client = new AdminClient(endpoint, grpc.credentials.createInsecure());
  const call = (client as unknown as Record<AdminMethod, (request: object, options: grpc.CallOptions, callback: Callback<Response>) => void>)[method].bind(client);
  return new Promise<Response>((resolve, reject) => {
    call(request, { deadline: Date.now() + timeoutMs }, (error, response) => {
      if (error !== null) {
        reject(new TesseraError('TESSERA_UNAVAILABLE', `${endpoint}: ${error.details || error.message}`));
        return;
      }
      const failure = errorOfResponse(response.error);
      if (failure === undefined) resolve(response);
      else reject(failure);
    });
  }).finally(() => client.close());
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
