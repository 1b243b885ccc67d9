/**
 * What the router needs from the network, so its retry logic can be tested with a fake. A
 * request either resolves with the node's response (which may carry a Tessera error) or rejects
 * with a TransportFailure saying whether it may have reached the node.
 */
import type { tessera } from '../wire/proto.js';

/** The Kv operations; each maps to one BatchItem field. */
export type Operation = 'get' | 'put' | 'delete' | 'cas' | 'txn' | 'scan';

/** One request to one node. */
export interface OutgoingRequest {
  operation: Operation;
  /** The tessera.kv.<Operation>Request message (as a plain object). */
  request: object;
}

/** Any Kv response: each carries `error`. */
export interface WireResponse {
  error?: tessera.kv.IError | null;
}

/** Where a request goes: the node id (0 while unknown, e.g. a seed endpoint) and its client address. */
export interface NodeTarget {
  nodeId: number;
  address: string;
}

/** Per-attempt limits. */
export interface AttemptOptions {
  /** Absolute time (ms since the epoch) after which the attempt rejects with reason 'timeout'. */
  deadlineAtMs: number;
  signal?: AbortSignal;
}

/** The network as the router sees it. */
export interface Transport {
  /** Sends one request; rejects only with TransportFailure. */
  send(target: NodeTarget, outgoing: OutgoingRequest, options: AttemptOptions): Promise<WireResponse>;
  /** Admin.GetShardMap at one address; rejects with TransportFailure when unreachable. */
  fetchShardMap(address: string, options: AttemptOptions): Promise<tessera.kv.IShardMapResponse>;
  /** Requests sent to this address and not answered yet (for power-of-two-choices). */
  outstanding(address: string): number;
  close(): void;
}
