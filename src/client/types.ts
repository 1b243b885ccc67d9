/** The public types of the SDK: options, inputs and results. */

/** Keys and values: a string is encoded as UTF-8. */
export type Bytes = string | Uint8Array;

/** How reads are served; see README "Reads". */
export type ReadModeName = 'linearizable' | 'follower' | 'stale';

/** Options of connect(). */
export interface ConnectOptions {
  /** host:port client addresses of any cluster nodes; the shard map is fetched from the first that answers. */
  endpoints: string[];
  /** Default read mode of every read. @defaultValue 'linearizable' */
  readMode?: ReadModeName;
  /** Default overall time limit of every call, retries included, in ms. @defaultValue 5000 */
  timeoutMs?: number;
  /**
   * Session id for exactly-once writes: a positive safe integer unique to this client. Concurrent
   * writes use further ids derived from it (one per in-flight write). @defaultValue a random 53-bit id
   */
  clientId?: number;
  /** Most shards whose leader is cached. @defaultValue 10000 */
  leaderCacheSize?: number;
}

/** Options every call takes. `deadline` wins over `timeoutMs`. */
export interface CallOptions {
  /** Cancels the call: TESSERA_ABORTED, or TESSERA_OUTCOME_UNKNOWN for a write already sent. */
  signal?: AbortSignal;
  /** Overall time limit of this call in ms, retries included. @defaultValue the client's timeoutMs */
  timeoutMs?: number;
  /** Absolute deadline (Date or ms since the epoch). */
  deadline?: Date | number;
}

/** Options of reads. */
export interface ReadOptions extends CallOptions {
  /** @defaultValue the client's readMode */
  readMode?: ReadModeName;
}

/** Options of get(). */
export interface GetOptions extends ReadOptions {
  /** 'string' decodes the value as UTF-8. @defaultValue 'bytes' */
  valueAs?: 'bytes' | 'string';
}

/** What get() resolves to. A missing key has found false, an empty value and version 0. */
export interface GetResult<Value = Uint8Array> {
  found: boolean;
  value: Value;
  /** Log index of the write that set the value; 0 when absent. */
  version: number;
  /** Stale reads: the applied index of the replica that answered. */
  appliedIndex?: number;
}

/** What put() resolves to. */
export interface PutResult {
  /** Log index of this write: the key's new version. */
  version: number;
}

/** What delete() resolves to. */
export interface DeleteResult {
  /** False when the key did not exist. */
  deleted: boolean;
}

/** The condition of cas(): exactly one field. `expectVersion: 0` means "absent". */
export type CasCondition = { expectVersion: number } | { expectValue: Bytes } | { expectAbsent: true };

/** What cas() writes when its condition holds: a new value, or a deletion. */
export type CasWrite = Bytes | { delete: true };

/** What cas() resolves to. */
export interface CasResult {
  succeeded: boolean;
  /** On success the new version (0 after a delete); on failure the key's current version. */
  version: number;
  /** On failure: the key's current state. */
  current?: { found: boolean; value: Uint8Array; version: number };
}

/** One compare of a transaction: exactly one of version / value / absent. */
export type TxnCompare = { key: Bytes; version: number } | { key: Bytes; value: Bytes } | { key: Bytes; absent: true };

/** One operation of a transaction branch. */
export type TxnOperation = { type: 'put'; key: Bytes; value: Bytes } | { type: 'delete'; key: Bytes } | { type: 'get'; key: Bytes };

/** A transaction: when every compare holds run `success`, else `failure`. All keys must share a shard ({hash tag}). */
export interface TxnRequest {
  compares?: TxnCompare[];
  success?: TxnOperation[];
  failure?: TxnOperation[];
}

/** What txn() resolves to: one result per operation of the branch that ran. */
export interface TxnResult {
  succeeded: boolean;
  results: { found: boolean; value: Uint8Array; version: number }[];
  /** The log index of the transaction. */
  version: number;
}

/** Options of scan(). `prefix` cannot be combined with start/end. */
export interface ScanOptions extends ReadOptions {
  prefix?: Bytes;
  /** First key (inclusive). */
  start?: Bytes;
  /** End key (exclusive); absent = the end of the key space. */
  end?: Bytes;
  /** Most items yielded in all. */
  limit?: number;
  /** Items fetched per shard per request. @defaultValue 256 */
  pageSize?: number;
}

/** One item of a scan. */
export interface ScanItem {
  key: Uint8Array;
  value: Uint8Array;
  version: number;
}

/** Counters of one node connection, for tests and monitoring. */
export interface ConnectionStats {
  address: string;
  /** Batch streams opened so far (1 while the first stays healthy). */
  streamsOpened: number;
  /** Stream messages written. */
  messagesSent: number;
  /** Requests written (many per message under load). */
  itemsSent: number;
  /** Requests waiting for an answer now. */
  outstanding: number;
}
