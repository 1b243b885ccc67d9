import * as grpc from '@grpc/grpc-js';
import type { tessera } from './proto.js';
import { adminServiceDefinition } from './service-definitions.js';

const AdminClient = grpc.makeGenericClientConstructor(adminServiceDefinition, 'Admin');

/** The Admin service's method names. */
export type AdminMethod = keyof typeof adminServiceDefinition;

type Callback<Response> = (error: grpc.ServiceError | null, response: Response) => void;

/** A transport failure of an Admin call (the node was not reached or did not answer in time). */
export class AdminCallError extends Error {
  constructor(
    readonly endpoint: string,
    message: string,
  ) {
    super(`${endpoint}: ${message}`);
    this.name = 'AdminCallError';
  }
}

/**
 * One unary Admin call on its own short-lived channel. Resolves with the response as sent (its
 * `error` field included: callers decide what a typed error means); rejects with AdminCallError.
 */
export function callAdmin<Response extends { error?: tessera.kv.IError | null }>(endpoint: string, method: AdminMethod, request: object, timeoutMs: number): Promise<Response> {
  const client = new AdminClient(endpoint, grpc.credentials.createInsecure());
  const call = (client as unknown as Record<AdminMethod, (request: object, options: grpc.CallOptions, callback: Callback<Response>) => void>)[method].bind(client);
  return new Promise<Response>((resolve, reject) => {
    call(request, { deadline: Date.now() + timeoutMs }, (error, response) => {
      if (error !== null) reject(new AdminCallError(endpoint, error.details || error.message));
      else resolve(response);
    });
  }).finally(() => client.close());
}
