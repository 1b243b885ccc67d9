import type * as grpc from '@grpc/grpc-js';
import type { ShardId } from '../raft/types.js';
import { shardId as toShardId } from '../raft/types.js';
import { TesseraError } from '../routing/errors.js';
import type { NodeStorage } from '../storage/index.js';
import { validateCommand, validateKey } from '../storage/index.js';
import { tessera } from '../wire/proto.js';
import { errorToWire } from './error-wire.js';
import { localLinearizableRead } from './failpoints.js';
import type { Replica } from './replica.js';

/** What the Kv service needs from its node. */
export interface KvServiceHost {
  storage: NodeStorage;
  replica(shardId: ShardId): Replica | undefined;
  /** The shard owning `key` under the current map, and the map's epoch. */
  route(key: Uint8Array): { shardId: ShardId; epoch: number };
  /** The current shard map in wire form (sent with EPOCH_MISMATCH so the client needs no extra round trip). */
  wireShardMap(): tessera.kv.IShardMap;
  /** Wakes the loop for a replica: its queued writes and reads are handed to Raft on the next turn. */
  wake(replica: Replica): void;
  observe(method: string, code: string, seconds: number): void;
}

type Header = tessera.kv.IRequestHeader | null | undefined;
type Operation = 'get' | 'put' | 'delete' | 'cas' | 'txn' | 'scan';

/**
 * The client API (proto/kv.proto, service Kv): routes each request to the local replica of its
 * shard, proposes writes through Raft, serves reads per read mode, and turns every failure into a
 * typed Error in the response. Never throws out of a handler: a bad request gets INVALID_ARGUMENT.
 */
export class KvService {
  constructor(private readonly host: KvServiceHost) {}

  /** Answers one request of any kind (the unary methods and the Batch stream share this). */
  async handle(operation: Operation, request: object): Promise<object> {
    const started = performance.now();
    let response: { error?: tessera.kv.IError | null };
    try {
      response = await this.dispatch(operation, request);
    } catch (error) {
      response = { error: errorToWire(error, this.host) };
    }
    this.host.observe(operation, response.error?.code ?? 'OK', (performance.now() - started) / 1000);
    return response;
  }

  private dispatch(operation: Operation, request: object): Promise<object> {
    switch (operation) {
      case 'get':
        return this.get(request as tessera.kv.IGetRequest);
      case 'scan':
        return this.scan(request as tessera.kv.IScanRequest);
      case 'put': {
        const put = request as tessera.kv.IPutRequest;
        return this.write(put.header, put.key, { put: { key: put.key, value: put.value } });
      }
      case 'delete': {
        const remove = request as tessera.kv.IDeleteRequest;
        return this.write(remove.header, remove.key, { delete: { key: remove.key } });
      }
      case 'cas': {
        const cas = request as tessera.kv.ICasRequest;
        return this.write(cas.header, cas.compare?.key, { cas: { compare: cas.compare, value: cas.value, delete: cas.delete } });
      }
      case 'txn': {
        const txn = request as tessera.kv.ITxnRequest;
        const keys = [...(txn.compares ?? []).map((compare) => compare.key), ...(txn.success ?? []).map((op) => op.key), ...(txn.failure ?? []).map((op) => op.key)];
        return this.write(txn.header, keys[0], { txn: { compares: txn.compares, success: txn.success, failure: txn.failure } }, keys);
      }
    }
  }

  /** The local replica for a request's key, after checking the client routed with the current map. */
  private locate(header: Header, key: Uint8Array | null | undefined, otherKeys: (Uint8Array | null | undefined)[] = []): Replica {
    validateKey(key ?? undefined, this.host.storage.limits);
    const { shardId, epoch } = this.host.route(key as Uint8Array);
    for (const other of otherKeys) {
      validateKey(other ?? undefined, this.host.storage.limits);
      if (this.host.route(other as Uint8Array).shardId !== shardId) {
        throw new TesseraError('TESSERA_INVALID_ARGUMENT', 'a transaction must stay inside one shard: give its keys a common {hash tag}', { limit: 'txnShards', shardId });
      }
    }
    const requestedShard = Number(header?.shardId ?? 0);
    const requestedEpoch = Number(header?.epoch ?? 0);
    if ((requestedShard !== 0 && requestedShard !== shardId) || (requestedEpoch !== 0 && requestedEpoch !== epoch)) {
      throw new TesseraError('TESSERA_EPOCH_MISMATCH', `key belongs to shard ${shardId} at epoch ${epoch}; refresh the shard map`, { shardId, epoch });
    }
    const replica = this.host.replica(shardId);
    if (replica === undefined) throw new TesseraError('TESSERA_NOT_LEADER', `this node holds no replica of shard ${shardId}`, { shardId, epoch });
    return replica;
  }

  private async write(header: Header, key: Uint8Array | null | undefined, op: tessera.kv.ICommand, keys: (Uint8Array | null | undefined)[] = []): Promise<object> {
    const replica = this.locate(header, key, keys);
    const command: tessera.kv.ICommand = { clientId: Number(header?.clientId ?? 0), sequence: Number(header?.sequence ?? 0), ...op };
    validateCommand(command, this.host.storage.limits);
    const pending = replica.write(command);
    this.host.wake(replica);
    const result = await pending;
    const payload = result.put ?? result.delete ?? result.cas ?? result.txn;
    if (payload === undefined || payload === null) throw new TesseraError('TESSERA_INTERNAL', 'applied command produced no result', { shardId: replica.shardId });
    return payload;
  }

  /** Waits until the request's read mode allows reading the local replica. */
  private async readPoint(replica: Replica, header: Header): Promise<void> {
    const mode = header?.readMode ?? tessera.kv.ReadMode.LINEARIZABLE;
    if (mode === tessera.kv.ReadMode.STALE || localLinearizableRead) return;
    if (mode === tessera.kv.ReadMode.LINEARIZABLE && replica.role !== 'leader') throw replica.notLeader();
    const barrier = replica.readBarrier();
    this.host.wake(replica);
    await barrier;
  }

  private async get(request: tessera.kv.IGetRequest): Promise<object> {
    const replica = this.locate(request.header, request.key);
    await this.readPoint(replica, request.header);
    return this.host.storage.get(replica.shardId, request.key as Uint8Array);
  }

  private async scan(request: tessera.kv.IScanRequest): Promise<object> {
    const requestedShard = Number(request.header?.shardId ?? 0);
    const replica = this.host.replica(toShardId(requestedShard));
    if (requestedShard === 0) throw new TesseraError('TESSERA_INVALID_ARGUMENT', 'scan needs header.shard_id: a scan reads one shard', { limit: 'shardId' });
    if (replica === undefined) throw new TesseraError('TESSERA_NOT_LEADER', `this node holds no replica of shard ${requestedShard}`, { shardId: requestedShard });
    await this.readPoint(replica, request.header);
    return this.host.storage.scan(replica.shardId, { start: request.start ?? new Uint8Array(0), end: request.end ?? new Uint8Array(0), limit: request.limit ?? 0 });
  }

  /** The grpc-js implementation of service Kv. */
  implementation(): grpc.UntypedServiceImplementation {
    const unary = (operation: Operation) => (call: grpc.ServerUnaryCall<object, object>, callback: grpc.sendUnaryData<object>) => {
      void this.handle(operation, call.request).then((response) => callback(null, response));
    };
    return {
      get: unary('get'),
      put: unary('put'),
      delete: unary('delete'),
      cas: unary('cas'),
      txn: unary('txn'),
      scan: unary('scan'),
      batch: (call: grpc.ServerDuplexStream<tessera.kv.BatchRequest, tessera.kv.IBatchResponse>) => this.batch(call),
    };
  }

  /**
   * The streaming fast path: answers as they complete, gathered per event-loop turn into one
   * message — except the answer that leaves the stream with nothing else in flight, which goes at
   * once with whatever is gathered: no later answer could join it, and waiting for the check phase
   * would only add a loop iteration to a lone request's latency.
   */
  private batch(call: grpc.ServerDuplexStream<tessera.kv.BatchRequest, tessera.kv.IBatchResponse>): void {
    let outgoing: tessera.kv.IBatchResult[] = [];
    let flushScheduled = false;
    let inFlight = 0;
    let open = true;
    const flush = (): void => {
      if (!open || outgoing.length === 0) return;
      const results = outgoing;
      outgoing = [];
      call.write({ results });
    };
    const scheduledFlush = (): void => {
      flushScheduled = false;
      flush();
    };
    call.on('data', (request: tessera.kv.BatchRequest) => {
      for (const item of request.items ?? []) {
        const operation = (['get', 'put', 'delete', 'cas', 'txn', 'scan'] as const).find((name) => item[name] !== null && item[name] !== undefined);
        const id = Number(item.id ?? 0);
        const answer = operation === undefined
          ? Promise.resolve({ error: { code: 'TESSERA_INVALID_ARGUMENT', message: 'batch item carries no request', limit: 'request' } })
          : this.handle(operation, item[operation] as object);
        inFlight += 1;
        void answer.then((response) => {
          inFlight -= 1;
          outgoing.push({ id, [operation ?? 'get']: response });
          if (inFlight === 0) flush();
          else if (!flushScheduled) {
            flushScheduled = true;
            setImmediate(scheduledFlush);
          }
        });
      }
    });
    call.on('end', () => {
      open = false;
      call.end();
    });
    call.on('error', () => {
      open = false;
    });
    call.on('cancelled', () => {
      open = false;
    });
  }
}
