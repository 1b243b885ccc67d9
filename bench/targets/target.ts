/** What the runner needs from a benchmark target: a started cluster it can drive, watch and stop. */
import type { WatchedProcess } from '../lib/process-stats.js';
import type { NodeCounts } from '../lib/report.js';
import type { KvDriver } from '../lib/workload.js';
import type { ReadMode, TargetName } from '../lib/options.js';

/** Facts a target records in the JSON; the ones the report reads are typed. */
export interface TargetFacts {
  /** Tessera: data-shard leaderships per node label. */
  dataShardLeadersPerNode?: NodeCounts;
  [fact: string]: unknown;
}

/** A running cluster of one target. */
export interface RunningTarget {
  readonly name: TargetName;
  /** One line on what runs: version, members, settings. */
  readonly description: string;
  /** The server processes, labelled per member. */
  readonly processes: WatchedProcess[];
  /** Drives the workload through the target's own client API. */
  readonly driver: KvDriver;
  /** Facts worth recording next to the figures (leaders per node, ...), gathered now. */
  facts(): Promise<TargetFacts>;
  /** Stops every process and removes the data; safe to call twice. */
  stop(): Promise<void>;
}

/** How a target cluster is started. */
export interface TargetSettings {
  readMode: ReadMode;
  /** Tessera data shards. */
  shards: number;
  /** Replicas per shard (Tessera) = members (etcd). */
  replicas: number;
  /** Tessera nodes. */
  nodes: number;
  /** Run Tessera nodes under `node --cpu-prof`, writing into this folder. */
  profileDirectory: string | null;
  /** Extra options for the `node` of every Tessera node. */
  tesseraNodeFlags: string[];
  /** Names this run's files (profiles, temp folders). */
  runLabel: string;
}

/** Deadline of one client call, ms: long enough that only a stuck cluster hits it. */
export const callTimeoutMs = 10_000;
/** How long a cluster may take from spawn to every group having a leader, ms. */
export const startTimeoutMs = 90_000;
