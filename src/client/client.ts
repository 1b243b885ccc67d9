/** TesseraClient: the SDK's data API over the router. */
import type { ShardMap } from '../routing/shard-map.js';
import { tessera } from '../wire/proto.js';
import { bytesToString, fromWire, prefixEnd, toBytes } from './bytes.js';
import { TesseraError } from './errors.js';
import { casCompare, casResultOf, casWriteFields, readModeOf, txnCompareOf, txnOperationOf, txnResultOf } from './requests.js';
import type { Budget, Router } from './router.js';
import { mergeShards, type ScanPage } from './scan.js';
import type { SessionPool } from './sessions.js';
import type { Operation } from './transport.js';
import type {
  Bytes, CallOptions, CasCondition, CasResult, CasWrite, ConnectionStats, DeleteResult, GetOptions, GetResult, PutResult, ReadModeName, ReadOptions, ScanItem, ScanOptions, TxnRequest, TxnResult,
} from './types.js';

/** Items per shard page of a scan by default. */
export const scanPageSizeDefault = 256;

/** What a client is built from (connect() assembles it; tests may pass fakes). */
export interface ClientParts {
  router: Router;
  sessions: SessionPool;
  readMode: ReadModeName;
  timeoutMs: number;
  /** Per-connection counters, when the transport keeps them. */
  connectionStats?: () => ConnectionStats[];
  close(): void;
}

/**
 * A connection to a Tessera cluster. Every method routes by key to the shard's leader (or, for
 * follower and stale reads, to a replica), retries until a definite answer or the deadline, and
 * rejects with a TesseraError. Writes are applied at most once, even across retries.
 */
export class TesseraClient {
  private closed = false;

  constructor(private readonly parts: ClientParts) {}

  /** The session id of this client (lane 0; concurrent writes use ids derived from it). */
  get clientId(): number {
    return this.parts.sessions.clientId;
  }

  /** Reads one key. Resolves with found false (empty value, version 0) for a missing key. */
  get(key: Bytes, options: GetOptions & { valueAs: 'string' }): Promise<GetResult<string>>;
  get(key: Bytes, options?: GetOptions & { valueAs?: 'bytes' }): Promise<GetResult<Uint8Array>>;
  get(key: Bytes, options?: GetOptions): Promise<GetResult<Uint8Array> | GetResult<string>>;
  async get(key: Bytes, options: GetOptions = {}): Promise<GetResult<Uint8Array> | GetResult<string>> {
    const keyBytes = toBytes(key);
    const response = await this.read<tessera.kv.IGetResponse>('get', keyBytes, (header) => ({ header, key: keyBytes }), options);
    const value = fromWire(response.value);
    const result = { found: response.found === true, version: Number(response.version ?? 0), appliedIndex: Number(response.appliedIndex ?? 0) };
    return options.valueAs === 'string' ? { ...result, value: bytesToString(value) } : { ...result, value };
  }

  /** get() with the value decoded as UTF-8. */
  getString(key: Bytes, options: ReadOptions = {}): Promise<GetResult<string>> {
    return this.get(key, { ...options, valueAs: 'string' });
  }

  /** Sets a key; resolves with its new version. */
  async put(key: Bytes, value: Bytes, options: CallOptions = {}): Promise<PutResult> {
    const keyBytes = toBytes(key);
    const valueBytes = toBytes(value);
    const response = await this.write<tessera.kv.IPutResponse>('put', keyBytes, (header) => ({ header, key: keyBytes, value: valueBytes }), options);
    return { version: Number(response.version ?? 0) };
  }

  /** Removes a key; `deleted` is false when it did not exist. */
  async delete(key: Bytes, options: CallOptions = {}): Promise<DeleteResult> {
    const keyBytes = toBytes(key);
    const response = await this.write<tessera.kv.IDeleteResponse>('delete', keyBytes, (header) => ({ header, key: keyBytes }), options);
    return { deleted: response.deleted === true };
  }

  /**
   * Compare-and-set on one key: when `condition` holds, writes `write` (a value, or { delete: true }).
   * On failure resolves with succeeded false and the key's current state.
   */
  async cas(key: Bytes, condition: CasCondition, write: CasWrite, options: CallOptions = {}): Promise<CasResult> {
    const keyBytes = toBytes(key);
    const compare = casCompare(keyBytes, condition);
    const fields = casWriteFields(write);
    const response = await this.write<tessera.kv.ICasResponse>('cas', keyBytes, (header) => ({ header, compare, ...fields }), options);
    return casResultOf(response);
  }

  /**
   * A transaction inside one shard: when every compare holds runs `success`, else `failure`,
   * atomically. All keys must hash to one shard (give them a common {hash tag}); otherwise it
   * rejects with TESSERA_INVALID_ARGUMENT (limit "txnShards") before sending anything.
   */
  async txn(request: TxnRequest, options: CallOptions = {}): Promise<TxnResult> {
    const compares = (request.compares ?? []).map(txnCompareOf);
    const success = (request.success ?? []).map(txnOperationOf);
    const failure = (request.failure ?? []).map(txnOperationOf);
    const keys = [...compares, ...success, ...failure].map((part) => part.key as Uint8Array);
    if (keys.length === 0) throw new TypeError('a transaction needs at least one compare or operation');
    this.requireOneShard(keys);
    const response = await this.write<tessera.kv.ITxnResponse>('txn', keys[0], (header) => ({ header, compares, success, failure }), options);
    return txnResultOf(response);
  }

  /**
   * Every key in [start, end) — or starting with `prefix` — across all shards, in key order,
   * fetched page by page (`pageSize` per shard) and merged. `timeoutMs` bounds each page request;
   * `deadline` bounds the whole scan.
   */
  scan(options: ScanOptions = {}): AsyncIterable<ScanItem> {
    if (options.prefix !== undefined && (options.start !== undefined || options.end !== undefined)) throw new TypeError('scan takes either prefix or start/end');
    const start = options.prefix !== undefined ? toBytes(options.prefix) : options.start !== undefined ? toBytes(options.start) : new Uint8Array(0);
    const end = options.prefix !== undefined ? prefixEnd(toBytes(options.prefix)) : options.end !== undefined ? toBytes(options.end) : new Uint8Array(0);
    const pageSize = options.pageSize ?? scanPageSizeDefault;
    if (!Number.isSafeInteger(pageSize) || pageSize < 1) throw new TypeError(`pageSize must be a positive integer, got ${pageSize}`);
    const limit = options.limit ?? 0;
    const readMode = readModeOf(options.readMode ?? this.parts.readMode);
    const readPage = async (shardId: number, from: Uint8Array): Promise<ScanPage> => {
      const response = await this.parts.router.execute<tessera.kv.IScanResponse>(
        { operation: 'scan', route: { shardId }, readMode, body: (header) => ({ header, start: from, end, limit: pageSize }) },
        this.budget(options),
      );
      const items = (response.items ?? []).map((item) => ({ key: fromWire(item.key), value: fromWire(item.value), version: Number(item.version ?? 0) }));
      return { items, more: response.more === true, nextStart: fromWire(response.nextStart) };
    };
    const shardIds = (this.parts.router.topology.map?.shards ?? []).map((shard) => shard.id);
    return { [Symbol.asyncIterator]: () => mergeShards(shardIds, start, readPage, limit) };
  }

  /** Reads many keys at once (they share each node's batch stream); results in the order of `keys`. */
  batchGet(keys: Bytes[], options: GetOptions = {}): Promise<GetResult<Uint8Array>[]> {
    return Promise.all(keys.map((key) => this.get(key, { ...options, valueAs: 'bytes' })));
  }

  /**
   * Writes many keys at once, each exactly-once on its own; results in input order. Waits for
   * every write to settle, then rejects with the first failure (the others may have succeeded).
   */
  async batchPut(entries: Array<{ key: Bytes; value: Bytes }> | Array<[Bytes, Bytes]>, options: CallOptions = {}): Promise<PutResult[]> {
    const pairs = entries.map((entry): [Bytes, Bytes] => (Array.isArray(entry) ? entry : [entry.key, entry.value]));
    const settled = await Promise.allSettled(pairs.map(([key, value]) => this.put(key, value, options)));
    const failed = settled.find((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
    if (failed !== undefined) throw failed.reason;
    return settled.map((outcome) => (outcome as PromiseFulfilledResult<PutResult>).value);
  }

  /** Fetches the shard map again now (the router also does so on its own when routing fails). */
  async refreshShardMap(options: CallOptions = {}): Promise<ShardMap> {
    await this.parts.router.refresh(this.budget(options));
    return this.shardMap();
  }

  /** The shard map in use. */
  shardMap(): ShardMap {
    const map = this.parts.router.topology.map;
    if (map === null) throw new TesseraError('TESSERA_UNAVAILABLE', 'no shard map yet');
    return map;
  }

  /** Counters: per-node connections (batch streams, messages, items), session lanes, attempts. */
  stats(): { connections: ConnectionStats[]; sessionLanes: number; attempts: number } {
    return { connections: this.parts.connectionStats?.() ?? [], sessionLanes: this.parts.sessions.laneCount, attempts: this.parts.router.attempts };
  }

  /** Closes every connection; pending calls reject (writes already sent with TESSERA_OUTCOME_UNKNOWN). */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.parts.close();
  }

  private budget(options: CallOptions): Budget {
    const deadline = options.deadline instanceof Date ? options.deadline.getTime() : options.deadline;
    // A deadline that is not a finite time would never pass: the call could retry forever.
    if (deadline !== undefined && !Number.isFinite(deadline)) throw new TypeError(`deadline must be a valid Date or ms since the epoch, got ${String(options.deadline)}`);
    const timeoutMs = options.timeoutMs ?? this.parts.timeoutMs;
    if (deadline === undefined && (!Number.isFinite(timeoutMs) || timeoutMs < 0)) throw new TypeError(`timeoutMs must be a non-negative number, got ${timeoutMs}`);
    return { deadlineAtMs: deadline ?? Date.now() + timeoutMs, signal: options.signal };
  }

  private read<Response>(operation: Operation, key: Uint8Array, body: (header: tessera.kv.IRequestHeader) => object, options: ReadOptions): Promise<Response> {
    const readMode = readModeOf(options.readMode ?? this.parts.readMode);
    return this.parts.router.execute({ operation, route: { key }, readMode, body }, this.budget(options)) as Promise<Response>;
  }

  private async write<Response>(operation: Operation, key: Uint8Array, body: (header: tessera.kv.IRequestHeader) => object, options: CallOptions): Promise<Response> {
    const budget = this.budget(options);
    const session = this.parts.sessions.acquire();
    try {
      return (await this.parts.router.execute({ operation, route: { key }, readMode: tessera.kv.ReadMode.LINEARIZABLE, session, body }, budget)) as Response;
    } finally {
      this.parts.sessions.release(session);
    }
  }

  private requireOneShard(keys: Uint8Array[]): void {
    const map = this.parts.router.topology;
    if (map.map === null) return;
    const shards = new Set(keys.map((key) => map.shardForKey(key).id));
    if (shards.size > 1) throw new TesseraError('TESSERA_INVALID_ARGUMENT', `a transaction must stay inside one shard, its keys span shards ${[...shards].join(', ')}: give them a common {hash tag}`, { limit: 'txnShards' });
  }
}
