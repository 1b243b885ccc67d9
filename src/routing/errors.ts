/**
 * Every error a Tessera client can see, with a stable code. Codes never change meaning; messages
 * may. Each code states whether retrying the same request can help (`retryable`) and whether the
 * outcome of a write is unknown (`indeterminate`).
 */
export const errorCodes = {
  /** This node does not lead the shard; retry at `leaderHint` (0 = unknown, refresh and retry). */
  TESSERA_NOT_LEADER: { retryable: true, indeterminate: false },
  /** The client's shard map is older than the node's; refresh the map (it comes with the error) and retry. */
  TESSERA_EPOCH_MISMATCH: { retryable: true, indeterminate: false },
  /** The shard has no quorum or the node is unreachable; retry with backoff. */
  TESSERA_UNAVAILABLE: { retryable: true, indeterminate: false },
  /** The leader refused the proposal under backpressure or during a transfer; retry with backoff. */
  TESSERA_PROPOSAL_DROPPED: { retryable: true, indeterminate: false },
  /** The request is malformed or over a limit (`limit` names it); retrying the same request cannot help. */
  TESSERA_INVALID_ARGUMENT: { retryable: false, indeterminate: false },
  /** A write was sent but no answer came before the deadline: it may or may not have been applied. */
  TESSERA_OUTCOME_UNKNOWN: { retryable: false, indeterminate: true },
  /** The deadline passed before the request was sent anywhere: it was not applied. */
  TESSERA_DEADLINE_EXCEEDED: { retryable: false, indeterminate: false },
  /** The request was cancelled by its AbortSignal before it was sent. */
  TESSERA_ABORTED: { retryable: false, indeterminate: false },
  /** A bug or an unexpected failure inside the node; the message says what. */
  TESSERA_INTERNAL: { retryable: false, indeterminate: false },
} as const;

/** The stable code of a TesseraError. */
export type TesseraErrorCode = keyof typeof errorCodes;

/** What a caller needs to act on an error, beyond its code. */
export interface TesseraErrorDetails {
  /** NOT_LEADER: the node the shard's leader is believed to be; 0 when unknown. */
  leaderHint?: number;
  /** The shard the request was for. */
  shardId?: number;
  /** EPOCH_MISMATCH: the node's current shard map epoch. */
  epoch?: number;
  /** INVALID_ARGUMENT: the name of the limit that was exceeded, e.g. "keyBytesMax". */
  limit?: string;
  cause?: unknown;
}

/** Base class of every error the SDK and server report. */
export class TesseraError extends Error {
  readonly code: TesseraErrorCode;
  readonly leaderHint: number;
  readonly shardId: number | undefined;
  readonly epoch: number | undefined;
  readonly limit: string | undefined;

  constructor(code: TesseraErrorCode, message: string, details: TesseraErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'TesseraError';
    this.code = code;
    this.leaderHint = details.leaderHint ?? 0;
    this.shardId = details.shardId;
    this.epoch = details.epoch;
    this.limit = details.limit;
  }

  /** True when sending the same request again (after a refresh or a backoff) may succeed. */
  get retryable(): boolean {
    return errorCodes[this.code].retryable;
  }

  /** True when a write may or may not have been applied. */
  get indeterminate(): boolean {
    return errorCodes[this.code].indeterminate;
  }
}

export function isTesseraErrorCode(value: unknown): value is TesseraErrorCode {
  return typeof value === 'string' && Object.hasOwn(errorCodes, value);
}
