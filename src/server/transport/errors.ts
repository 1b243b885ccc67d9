/**
 * Typed errors of the peer transport. Codes are stable; messages may change. None of them is
 * thrown out of the transport's receive path: a malformed peer message is counted and dropped.
 */

/** Stable codes of the peer transport's errors. */
export type TransportErrorCode =
  /** A Raft message or batch from a peer cannot be decoded or breaks a wire rule; it is dropped. */
  | 'TESSERA_PEER_MESSAGE_MALFORMED'
  /** start() or stop() was called in a state that does not allow it (a bug in the caller). */
  | 'TESSERA_TRANSPORT_STATE'
  /** The gRPC server could not bind its listen address. */
  | 'TESSERA_TRANSPORT_BIND_FAILED';

/** Base of every transport error; `code` is stable. */
export class TransportError extends Error {
  constructor(
    readonly code: TransportErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** A peer message failed decoding or validation. `path` names the offending field, e.g. "entries[3].type". */
export class MalformedPeerMessageError extends TransportError {
  constructor(
    readonly path: string,
    readonly detail: string,
  ) {
    super('TESSERA_PEER_MESSAGE_MALFORMED', `malformed peer message: ${path}: ${detail}`);
  }
}
