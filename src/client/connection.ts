/**
 * One node: one grpc channel, and on it one long-lived Batch stream shared by every concurrent
 * request. Requests queued during an event-loop turn leave together in one stream message (a lone
 * one leaves at once: see scheduleFlush); the node answers by id, out of order. A broken stream
 * fails its pending requests as unreachable and is reopened by the next request.
 */
import * as grpc from '@grpc/grpc-js';
import { tessera } from '../wire/proto.js';
import { adminServiceDefinition, kvServiceDefinition } from '../wire/service-definitions.js';
import { TransportFailure } from './errors.js';
import type { AttemptOptions, OutgoingRequest, WireResponse } from './transport.js';
import type { ConnectionStats } from './types.js';

const KvClient = grpc.makeGenericClientConstructor(kvServiceDefinition, 'Kv');
const AdminClient = grpc.makeGenericClientConstructor(adminServiceDefinition, 'Admin');

/** Most requests in one stream message: keeps one message (and the node's work per message) bounded. */
export const batchItemsMax = 512;
/** Approximate payload bytes (keys + values) per stream message before it is cut. */
export const batchBytesMax = 4 * 1024 * 1024;

/** setTimeout's longest delay; a longer one would fire at once. */
const timerDelayMaxMs = 2 ** 31 - 1;

const channelOptions: grpc.ChannelOptions = {
  'grpc.max_receive_message_length': 64 * 1024 * 1024,
  'grpc.max_send_message_length': 64 * 1024 * 1024,
  // A restarted node should be reachable again within a second, not after grpc's default backoff.
  'grpc.initial_reconnect_backoff_ms': 100,
  'grpc.max_reconnect_backoff_ms': 1000,
};

type BatchStream = grpc.ClientDuplexStream<tessera.kv.IBatchRequest, tessera.kv.BatchResponse>;

/** Requests outstanding on every connection of one client (shared by its NodeConnections). */
export interface ClientOutstanding {
  count: number;
}

interface Pending {
  id: number;
  outgoing: OutgoingRequest;
  bytes: number;
  /** Absolute time (ms since the epoch) after which the request fails as timed out. */
  deadlineAtMs: number;
  resolve(response: WireResponse): void;
  reject(failure: TransportFailure): void;
  /** The stream this request was written to; null while queued. Invariant: set iff written. */
  stream: BatchStream | null;
  /** Removes the abort listener; null when the request has no signal. */
  unlisten: (() => void) | null;
}

/** The client side of one node: batching stream plus admin calls. */
export class NodeConnection {
  private readonly kv: grpc.Client;
  private readonly admin: grpc.Client;
  private stream: BatchStream | null = null;
  private queue: Pending[] = [];
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private flushScheduled = false;
  /** One timer for the earliest deadline among the pending requests (null when none is pending). */
  private deadlineTimer: NodeJS.Timeout | null = null;
  private deadlineTimerAtMs = 0;
  private closed = false;
  private readonly counters = { streamsOpened: 0, messagesSent: 0, itemsSent: 0 };

  constructor(
    readonly address: string,
    /** Shared with the client's other connections: only a request alone in the whole client leaves early. */
    private readonly clientOutstanding: ClientOutstanding = { count: 0 },
  ) {
    this.kv = new KvClient(address, grpc.credentials.createInsecure(), channelOptions);
    this.admin = new AdminClient(address, grpc.credentials.createInsecure(), { channelOverride: this.kv.getChannel() });
  }

  /** Requests waiting for an answer (queued or written). */
  get outstanding(): number {
    return this.pending.size;
  }

  stats(): ConnectionStats {
    return { address: this.address, ...this.counters, outstanding: this.pending.size };
  }

  /** Sends one request on the shared stream; resolves with the node's response. */
  send(outgoing: OutgoingRequest, options: AttemptOptions): Promise<WireResponse> {
    if (this.closed) return Promise.reject(new TransportFailure('closed', false, 'the client is closed'));
    const signal = options.signal;
    if (signal?.aborted === true) return Promise.reject(new TransportFailure('aborted', false, 'aborted before sending'));
    // No closures and no timer of its own per request: at 256 writes in flight V8's garbage
    // collector took a quarter of the load client's CPU (bench/RESULTS.md, optimisation 15).
    return new Promise<WireResponse>((resolve, reject) => {
      const pending: Pending = { id: this.nextId, outgoing, bytes: approximateBytes(outgoing.request), deadlineAtMs: options.deadlineAtMs, resolve, reject, stream: null, unlisten: null };
      this.nextId += 1;
      if (signal !== undefined) {
        const onAbort = (): void => this.fail(pending, new TransportFailure('aborted', pending.stream !== null, 'aborted'));
        signal.addEventListener('abort', onAbort, { once: true });
        pending.unlisten = () => signal.removeEventListener('abort', onAbort);
      }
      this.pending.set(pending.id, pending);
      this.clientOutstanding.count += 1;
      if (this.deadlineTimer === null || pending.deadlineAtMs < this.deadlineTimerAtMs) this.armDeadlineTimer(pending.deadlineAtMs);
      this.queue.push(pending);
      this.scheduleFlush();
    });
  }

  /** Admin.GetShardMap (unary). */
  fetchShardMap(options: AttemptOptions): Promise<tessera.kv.IShardMapResponse> {
    if (this.closed) return Promise.reject(new TransportFailure('closed', false, 'the client is closed'));
    type Unary = (request: object, callOptions: grpc.CallOptions, callback: (error: grpc.ServiceError | null, response: tessera.kv.ShardMapResponse) => void) => grpc.ClientUnaryCall;
    const call = (this.admin as unknown as { getShardMap: Unary }).getShardMap.bind(this.admin);
    return new Promise((resolve, reject) => {
      const unary = call({}, { deadline: options.deadlineAtMs }, (error, response) => {
        options.signal?.removeEventListener('abort', onAbort);
        if (error === null) resolve(response);
        else reject(failureOfGrpc(error, true));
      });
      const onAbort = (): void => unary.cancel();
      options.signal?.addEventListener('abort', onAbort, { once: true });
    });
  }

  /** Fails everything pending and closes the channel. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    for (const pending of [...this.pending.values()]) this.fail(pending, new TransportFailure('closed', pending.stream !== null, 'the client is closed'));
    this.stream?.end();
    this.stream?.cancel();
    this.stream = null;
    this.kv.close();
    this.admin.close();
  }

  /**
   * Requests leave at the end of the event-loop turn, together. A request that finds nothing else
   * outstanding in the whole client leaves once the current microtasks ran instead: the requests
   * its caller issues in the same breath still join it, and a lone request does not wait a loop
   * iteration for company that is not coming. (Counting this node's requests alone was not enough:
   * under load a node's last answer often arrives while other nodes still owe many, and the next
   * request to it then left on its own frame: linearizable reads at 256 in flight lost a quarter.)
   */
  private scheduleFlush(): void {
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    if (this.clientOutstanding.count === 1) queueMicrotask(() => this.flush());
    else setImmediate(() => this.flush());
  }

  /** Writes everything queued in this turn, cut into messages of at most batchItemsMax items / batchBytesMax bytes. */
  private flush(): void {
    this.flushScheduled = false;
    if (this.closed || this.queue.length === 0) return;
    const stream = this.stream ?? this.openStream();
    const queued = this.queue;
    this.queue = [];
    let items: tessera.kv.IBatchItem[] = [];
    let bytes = 0;
    for (const pending of queued) {
      if (items.length > 0 && (items.length >= batchItemsMax || bytes + pending.bytes > batchBytesMax)) {
        this.write(stream, items);
        items = [];
        bytes = 0;
      }
      pending.stream = stream;
      items.push({ id: pending.id, [pending.outgoing.operation]: pending.outgoing.request });
      bytes += pending.bytes;
    }
    this.write(stream, items);
  }

  private write(stream: BatchStream, items: tessera.kv.IBatchItem[]): void {
    this.counters.messagesSent += 1;
    this.counters.itemsSent += items.length;
    stream.write({ items });
  }

  private openStream(): BatchStream {
    const open = (this.kv as unknown as { batch(options: grpc.CallOptions): BatchStream }).batch.bind(this.kv);
    const stream = open({});
    this.stream = stream;
    this.counters.streamsOpened += 1;
    stream.on('data', (response: tessera.kv.BatchResponse) => this.deliver(response));
    stream.on('error', (error: grpc.ServiceError) => this.breakStream(stream, failureOfGrpc(error, true)));
    stream.on('end', () => this.breakStream(stream, new TransportFailure('unreachable', true, `the batch stream to ${this.address} ended`)));
    stream.on('close', () => this.breakStream(stream, new TransportFailure('unreachable', true, `the batch stream to ${this.address} closed`)));
    return stream;
  }

  private deliver(response: tessera.kv.BatchResponse): void {
    for (const result of response.results ?? []) {
      const pending = this.pending.get(Number(result.id ?? 0));
      if (pending === undefined) continue; // Timed out or aborted meanwhile.
      const body = (result as unknown as Record<string, WireResponse | null | undefined>)[pending.outgoing.operation];
      if (body === null || body === undefined) {
        this.fail(pending, new TransportFailure('unreachable', true, `answer ${pending.id} from ${this.address} carries no ${pending.outgoing.operation} response`));
      } else {
        this.forget(pending);
        pending.resolve(body);
      }
    }
  }

  /** Fails the requests written to `stream` (and only those); the next request opens a new stream. */
  private breakStream(stream: BatchStream, failure: TransportFailure): void {
    if (this.stream === stream) this.stream = null;
    for (const pending of [...this.pending.values()]) {
      if (pending.stream !== stream) continue;
      this.fail(pending, new TransportFailure(failure.reason, failure.sent, failure.message, { cause: failure.cause }));
    }
  }

  /** Rejects a pending request (a queued one leaves the queue unsent). */
  private fail(pending: Pending, failure: TransportFailure): void {
    if (!this.forget(pending)) return;
    if (pending.stream === null) this.queue = this.queue.filter((queued) => queued !== pending);
    pending.reject(failure);
  }

  /** Drops a settled request from the books; false when it was settled already. */
  private forget(pending: Pending): boolean {
    if (!this.pending.delete(pending.id)) return false;
    this.clientOutstanding.count -= 1;
    pending.unlisten?.();
    if (this.pending.size === 0 && this.deadlineTimer !== null) {
      // Nothing left to time out: an armed timer would keep an idle client's process alive.
      clearTimeout(this.deadlineTimer);
      this.deadlineTimer = null;
    }
    return true;
  }

  private armDeadlineTimer(atMs: number): void {
    if (this.deadlineTimer !== null) clearTimeout(this.deadlineTimer);
    this.deadlineTimerAtMs = atMs;
    this.deadlineTimer = setTimeout(() => this.expire(), Math.min(timerDelayMaxMs, Math.max(0, atMs - Date.now())));
  }

  /** Fails every request past its deadline, then waits for the next deadline. */
  private expire(): void {
    this.deadlineTimer = null;
    const now = Date.now();
    let next = Infinity;
    for (const pending of [...this.pending.values()]) {
      if (pending.deadlineAtMs <= now) this.fail(pending, new TransportFailure('timeout', pending.stream !== null, `no answer from ${this.address} in time`));
      else next = Math.min(next, pending.deadlineAtMs);
    }
    // A timer may fire a millisecond before Date.now() reaches its deadline: the request stays and
    // the next timer comes at least a millisecond later.
    if (next !== Infinity && this.deadlineTimer === null) this.armDeadlineTimer(Math.max(next, now + 1));
  }
}

/**
 * A grpc failure as a TransportFailure. A call that never got a connection cannot have reached
 * the node; any other UNAVAILABLE or CANCELLED may have (the request could be in the node's
 * hands when the connection dropped).
 */
export function failureOfGrpc(error: grpc.ServiceError, written: boolean): TransportFailure {
  const neverConnected = error.code === grpc.status.UNAVAILABLE && /No connection established|ECONNREFUSED|Failed to connect/i.test(error.details ?? error.message);
  const reason = error.code === grpc.status.DEADLINE_EXCEEDED ? 'timeout' : 'unreachable';
  return new TransportFailure(reason, written && !neverConnected, `grpc ${grpc.status[error.code] ?? error.code}: ${error.details ?? error.message}`, { cause: error });
}

function approximateBytes(request: object): number {
  const fields = request as { key?: Uint8Array; value?: Uint8Array };
  return 64 + (fields.key?.length ?? 0) + (fields.value?.length ?? 0);
}
