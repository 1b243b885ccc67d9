import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** The metrics the Store and the services update. Per-shard Raft state is read at scrape time. */
export interface StoreMetrics {
  registry: Registry;
  persistSeconds: Histogram;
  requestSeconds: Histogram<'method' | 'code'>;
  appliedEntries: Counter<'shard'>;
  proposals: Counter<'shard'>;
  peerMessagesReceived: Counter<'from'>;
  shardTerm: Gauge<'shard'>;
  shardCommit: Gauge<'shard'>;
  shardApplied: Gauge<'shard'>;
  shardLeader: Gauge<'shard'>;
  peerBytesSent: Gauge<'peer'>;
  peerMessagesDropped: Gauge;
  quiescedGroups: Gauge;
}

/** Creates a registry with process metrics and Tessera's own, all prefixed `tessera_`. */
export function createStoreMetrics(): StoreMetrics {
  const registry = new Registry();
  // The event-loop lag monitor samples on a native timer: at prom-client's default 10 ms it alone
  // costs ~0.5 % of a core on an idle node (a third of an idle 256-shard node's CPU); 100 ms is
  // plenty for a lag histogram.
  collectDefaultMetrics({ register: registry, prefix: 'tessera_process_', eventLoopMonitoringPrecision: 100 });
  const registers = [registry];
  return {
    registry,
    persistSeconds: new Histogram({ name: 'tessera_persist_seconds', help: 'Duration of one group-commit batch (fsync included; with the apply planned into it when the turn also applies)', buckets: [0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.5], registers }),
    requestSeconds: new Histogram({ name: 'tessera_request_seconds', help: 'Client request latency by method and result code', labelNames: ['method', 'code'], buckets: [0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.5, 2], registers }),
    appliedEntries: new Counter({ name: 'tessera_applied_entries_total', help: 'Log entries applied per shard', labelNames: ['shard'], registers }),
    proposals: new Counter({ name: 'tessera_proposed_commands_total', help: 'Client commands proposed per shard', labelNames: ['shard'], registers }),
    peerMessagesReceived: new Counter({ name: 'tessera_peer_messages_received_total', help: 'Raft messages received per peer', labelNames: ['from'], registers }),
    shardTerm: new Gauge({ name: 'tessera_shard_term', help: 'Raft term per shard', labelNames: ['shard'], registers }),
    shardCommit: new Gauge({ name: 'tessera_shard_commit_index', help: 'Commit index per shard', labelNames: ['shard'], registers }),
    shardApplied: new Gauge({ name: 'tessera_shard_applied_index', help: 'Applied index per shard', labelNames: ['shard'], registers }),
    shardLeader: new Gauge({ name: 'tessera_shard_leader', help: 'Leader node id per shard as seen here (0 = none)', labelNames: ['shard'], registers }),
    peerBytesSent: new Gauge({ name: 'tessera_peer_bytes_sent', help: 'Bytes sent per peer since start', labelNames: ['peer'], registers }),
    peerMessagesDropped: new Gauge({ name: 'tessera_peer_messages_dropped', help: 'Raft messages dropped by the transport (unreachable peer, full queue, malformed input)', registers }),
    quiescedGroups: new Gauge({ name: 'tessera_quiesced_groups', help: 'Groups hosted here that are quiesced: idle, not ticked, sending no heartbeats', registers }),
  };
}
