/**
 * The SDK's error surface: every failure is a TesseraError with a stable code (src/routing/errors.ts).
 * OutcomeUnknownError marks the one case a caller must treat specially: a write that was sent
 * and got no definite answer, so it may or may not have been applied.
 */
import { errorCodes, isTesseraErrorCode, TesseraError, type TesseraErrorCode, type TesseraErrorDetails } from '../routing/errors.js';
import type { tessera } from '../wire/proto.js';

export { errorCodes, isTesseraErrorCode, TesseraError };
export type { TesseraErrorCode, TesseraErrorDetails };

/** TESSERA_OUTCOME_UNKNOWN: a write was sent, and no definite answer came before the deadline (or the abort). */
export class OutcomeUnknownError extends TesseraError {
  constructor(message: string, details: TesseraErrorDetails = {}) {
    super('TESSERA_OUTCOME_UNKNOWN', message, details);
    this.name = 'OutcomeUnknownError';
  }
}

/** The typed error a server put in a response; an unknown code becomes TESSERA_INTERNAL (a newer server, or a bug). */
export function errorFromWire(wire: tessera.kv.IError): TesseraError {
  const code = wire.code ?? '';
  const details: TesseraErrorDetails = {
    leaderHint: Number(wire.leaderHint ?? 0),
    shardId: wire.shardId === null || wire.shardId === undefined ? undefined : Number(wire.shardId),
    epoch: wire.epoch === null || wire.epoch === undefined ? undefined : Number(wire.epoch),
    limit: wire.limit === null || wire.limit === undefined || wire.limit === '' ? undefined : wire.limit,
  };
  if (isTesseraErrorCode(code)) return new TesseraError(code, wire.message ?? code, details);
  return new TesseraError('TESSERA_INTERNAL', `unknown error code ${JSON.stringify(code)}: ${wire.message ?? ''}`, details);
}

/** True when a response carries an error (protobuf leaves an absent message as null or undefined, and an empty code means none). */
export function hasWireError(error: tessera.kv.IError | null | undefined): error is tessera.kv.IError {
  return error !== null && error !== undefined && typeof error.code === 'string' && error.code !== '';
}

/**
 * A request failed below the Tessera protocol: the node was unreachable, the stream broke, the
 * attempt timed out or was aborted. `sent` says whether the request may have reached the node,
 * which decides whether a write's outcome is still unknown.
 */
export class TransportFailure extends Error {
  constructor(
    readonly reason: 'unreachable' | 'timeout' | 'aborted' | 'closed',
    readonly sent: boolean,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'TransportFailure';
  }
}
