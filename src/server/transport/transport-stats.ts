/**
 * Counters of the peer transport. Monotonic for the transport's lifetime; stats() hands out a copy.
 */
import type { NodeId } from '../../raft/types.js';

/** What PeerTransport.stats() reports. */
export interface TransportStats {
  /** MessageBatch frames written to peer streams. */
  sentBatches: number;
  /** Raft messages inside those frames. */
  sentMessages: number;
  /** Liveness beats (empty batches) written to peers with nothing else to send; not in sentBatches. */
  sentBeats: number;
  /** Outgoing Raft messages dropped: unknown peer, broken stream, full queue or over the size limit. */
  droppedMessages: number;
  /** Incoming Raft messages dropped because they failed decoding or a wire rule (an unparsable batch counts once). */
  malformedMessages: number;
  /** Batch bytes written per peer. */
  bytesSentPerPeer: Map<NodeId, number>;
  /** MessageBatch frames received from peers, parsable or not. */
  receivedBatches: number;
  /** Raft messages delivered to onMessages. */
  receivedMessages: number;
}

/** Creates an all-zero counter set. */
export function emptyTransportStats(): TransportStats {
  return {
    sentBatches: 0,
    sentMessages: 0,
    sentBeats: 0,
    droppedMessages: 0,
    malformedMessages: 0,
    bytesSentPerPeer: new Map(),
    receivedBatches: 0,
    receivedMessages: 0,
  };
}

/** A copy the caller may keep: later sends do not change it. */
export function copyTransportStats(stats: TransportStats): TransportStats {
  return { ...stats, bytesSentPerPeer: new Map(stats.bytesSentPerPeer) };
}
