import { createInitialShardMap } from '../../src/routing/shard-map.js';
import { TransportFailure } from '../../src/client/errors.js';
import type { AttemptOptions, NodeTarget, OutgoingRequest, Transport, WireResponse } from '../../src/client/transport.js';
import type { tessera } from '../../src/wire/proto.js';

/** One request the fake saw. */
export interface SentRequest {
  nodeId: number;
  operation: string;
  header: tessera.kv.IRequestHeader;
  atMs: number;
}

type Handler = (target: NodeTarget, outgoing: OutgoingRequest, sent: SentRequest, options: AttemptOptions) => Promise<object> | object;

/** A wire shard map of `shards` shards over nodes 1..3 (addresses "node-1".."node-3"), each led by `leader`. */
export function wireMap(options: { epoch?: number; shards?: number; leader?: number } = {}): tessera.kv.IShardMap {
  const map = createInitialShardMap({ shardCount: options.shards ?? 2, slotCount: 16384, nodeIds: [1, 2, 3], replicaCount: 3 });
  return {
    epoch: options.epoch ?? 1,
    slotCount: map.slotCount,
    shards: map.shards.map((shard) => ({ ...shard, epoch: options.epoch ?? 1, leaderHint: options.leader ?? 0 })),
    members: [1, 2, 3].map((id) => ({ id, clientAddress: `node-${id}`, peerAddress: `peer-${id}`, role: 'voter' })),
  };
}

/** A Transport whose answers a test scripts; it records every request. */
export class FakeTransport implements Transport {
  readonly sent: SentRequest[] = [];
  mapFetches = 0;
  readonly load = new Map<string, number>();
  currentMap: tessera.kv.IShardMap = wireMap({ leader: 1 });

  constructor(public handler: Handler) {}

  async send(target: NodeTarget, outgoing: OutgoingRequest, options: AttemptOptions): Promise<WireResponse> {
    const header = (outgoing.request as { header: tessera.kv.IRequestHeader }).header;
    const sent = { nodeId: target.nodeId, operation: outgoing.operation, header: { ...header }, atMs: Date.now() };
    this.sent.push(sent);
    return (await this.handler(target, outgoing, sent, options)) as WireResponse;
  }

  async fetchShardMap(): Promise<tessera.kv.IShardMapResponse> {
    this.mapFetches += 1;
    return { shardMap: this.currentMap };
  }

  outstanding(address: string): number {
    return this.load.get(address) ?? 0;
  }

  close(): void {}
}

/** Node errors in wire form. */
export const wireError = {
  notLeader: (leaderHint: number) => ({ error: { code: 'TESSERA_NOT_LEADER', message: 'not leader', leaderHint } }),
  unavailable: () => ({ error: { code: 'TESSERA_UNAVAILABLE', message: 'no quorum' } }),
  invalid: () => ({ error: { code: 'TESSERA_INVALID_ARGUMENT', message: 'key too long', limit: 'keyBytesMax' } }),
  epoch: (shardMap?: tessera.kv.IShardMap) => ({ error: { code: 'TESSERA_EPOCH_MISMATCH', message: 'old map', shardMap: shardMap ?? null } }),
};

/** A transport failure: `sent` says whether the request may have reached the node. */
export function unreachable(sent: boolean): TransportFailure {
  return new TransportFailure('unreachable', sent, sent ? 'stream broke' : 'connection refused');
}

/** Never answers; rejects like a connection would when the attempt's deadline or the signal fires. */
export function hang(options: AttemptOptions): Promise<WireResponse> {
  return new Promise((_, reject) => {
    const timer = setTimeout(() => reject(new TransportFailure('timeout', true, 'no answer')), Math.max(0, options.deadlineAtMs - Date.now()));
    options.signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(new TransportFailure('aborted', true, 'aborted'));
    }, { once: true });
  });
}
