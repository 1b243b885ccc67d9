/** The real Transport: one NodeConnection per client address, opened on first use. */
import type { tessera } from '../wire/proto.js';
import { type ClientOutstanding, NodeConnection } from './connection.js';
import { TransportFailure } from './errors.js';
import type { AttemptOptions, NodeTarget, OutgoingRequest, Transport, WireResponse } from './transport.js';
import type { ConnectionStats } from './types.js';

/** Lazily opened connections, keyed by address (a node's id may not be known yet for a seed endpoint). */
export class GrpcTransport implements Transport {
  private readonly connections = new Map<string, NodeConnection>();
  private readonly outstandingRequests: ClientOutstanding = { count: 0 };
  private closed = false;

  send(target: NodeTarget, outgoing: OutgoingRequest, options: AttemptOptions): Promise<WireResponse> {
    return this.connection(target.address).send(outgoing, options);
  }

  fetchShardMap(address: string, options: AttemptOptions): Promise<tessera.kv.IShardMapResponse> {
    return this.connection(address).fetchShardMap(options);
  }

  outstanding(address: string): number {
    return this.connections.get(address)?.outstanding ?? 0;
  }

  /** Counters of every connection opened so far. */
  stats(): ConnectionStats[] {
    return [...this.connections.values()].map((connection) => connection.stats());
  }

  close(): void {
    this.closed = true;
    for (const connection of this.connections.values()) connection.close();
    this.connections.clear();
  }

  private connection(address: string): NodeConnection {
    let connection = this.connections.get(address);
    if (connection === undefined) {
      if (this.closed) throw new TransportFailure('closed', false, 'the client is closed');
      connection = new NodeConnection(address, this.outstandingRequests);
      this.connections.set(address, connection);
    }
    return connection;
  }
}
