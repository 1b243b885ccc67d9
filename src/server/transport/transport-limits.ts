/**
 * The peer transport's bounds and gRPC settings, named with their units.
 */
import type { ChannelOptions } from '@grpc/grpc-js';

/** Largest gRPC message either side accepts or sends, in bytes. A larger Raft message is dropped. */
export const messageBytesMaxDefault = 64 * 1024 * 1024;
/** Messages a peer's queue holds while its stream is busy; beyond it the oldest are dropped. */
export const queueMessagesMaxDefault = 16_384;
/** Bytes a peer's queue holds while its stream is busy; beyond it the oldest are dropped. */
export const queueBytesMaxDefault = 64 * 1024 * 1024;
/** Snapshot data per SnapshotChunk, in bytes; larger chunks from the caller are split. */
export const snapshotChunkBytesMaxDefault = 1024 * 1024;
/** First reconnect delay after a stream breaks, in milliseconds (before jitter). */
export const reconnectDelayMsMin = 50;
/** Largest reconnect delay, in milliseconds (before jitter). */
export const reconnectDelayMsMax = 2_000;
/** How long stop() lets the server finish gracefully before forcing it, in milliseconds. */
export const shutdownGraceMsDefault = 250;
/** Interval between keepalive pings on an idle connection, in milliseconds. */
export const keepaliveTimeMs = 1_000;
/** How long a keepalive ping may go unanswered before the connection is declared dead, in milliseconds. */
export const keepaliveTimeoutMs = 2_000;

/** How long a new stream may wait for the peer's headers before the attempt counts as failed, in ms. */
export const connectTimeoutMs = 3_000;

/** Room kept in a batch for the header and framing, so a full batch stays under the message limit. */
export const batchFramingBytesReserve = 64;

/** Channel options for a peer client: dead peers are found within ~3 s, reconnects stay quick. */
export function peerChannelOptions(messageBytesMax: number): ChannelOptions {
  return {
    'grpc.keepalive_time_ms': keepaliveTimeMs,
    'grpc.keepalive_timeout_ms': keepaliveTimeoutMs,
    'grpc.keepalive_permit_without_calls': 1,
    'grpc.max_receive_message_length': messageBytesMax,
    'grpc.max_send_message_length': messageBytesMax,
    // The channel's own backoff defaults to 1 s → 120 s; a restarted peer must be found in ~2 s.
    'grpc.initial_reconnect_backoff_ms': reconnectDelayMsMin,
    'grpc.max_reconnect_backoff_ms': reconnectDelayMsMax,
    // Retries would buffer every written batch until the call commits; Raft retransmits instead.
    'grpc.enable_retries': 0,
    // A distinct option makes each transport's channels its own, not shared with other clients.
    'grpc.use_local_subchannel_pool': 1,
  };
}

/** Server options: the same message limit, and keepalive so streams of dead peers are closed. */
export function peerServerOptions(messageBytesMax: number): ChannelOptions {
  return {
    'grpc.keepalive_time_ms': keepaliveTimeMs,
    'grpc.keepalive_timeout_ms': keepaliveTimeoutMs,
    'grpc.max_receive_message_length': messageBytesMax,
    'grpc.max_send_message_length': messageBytesMax,
  };
}
