/**
 * The peer transport's public surface: PeerTransport and the types its callers touch.
 */
export { PeerTransport, type PeerTransportOptions } from './peer-transport.js';
export type { GroupMessage } from './batch-codec.js';
export type { ContactHandler, MessagesHandler } from './message-receiver.js';
export type { SnapshotHandler } from './snapshot-receiver.js';
export type { SnapshotOutcome } from './snapshot-sender.js';
export type { TransportStats } from './transport-stats.js';
export type { TransportLogger } from './transport-logger.js';
export { MalformedPeerMessageError, TransportError, type TransportErrorCode } from './errors.js';
export { messageFromWire, messageToWire, type DecodeResult } from './message-codec.js';
