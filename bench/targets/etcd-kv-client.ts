/**
 * A minimal etcd v3 client: grpc-js with codecs from bench/etcd/rpc.proto (protobufjs reflection),
 * the same gRPC machinery Tessera's SDK uses. One channel per member; the caller picks the member.
 */
import * as grpc from '@grpc/grpc-js';
import protobuf from 'protobufjs';
import { fileURLToPath } from 'node:url';
// 64-bit fields as plain numbers, as everywhere in Tessera (the SDK imports this too; order matters only before codecs exist).
import '../../src/wire/protobuf-numbers.js';

const protoPath = fileURLToPath(new URL('../etcd/rpc.proto', import.meta.url));
const root = protobuf.loadSync(protoPath);

function codec(name: string): protobuf.Type {
  return root.lookupType(`etcdserverpb.${name}`);
}

function unary(path: string, requestType: protobuf.Type, responseType: protobuf.Type): grpc.MethodDefinition<object, protobuf.Message> {
  return {
    path,
    requestStream: false,
    responseStream: false,
    requestSerialize: (message: object) => Buffer.from(requestType.encode(message).finish()),
    requestDeserialize: (bytes: Buffer) => requestType.decode(bytes),
    responseSerialize: (message: protobuf.Message) => Buffer.from(responseType.encode(message).finish()),
    responseDeserialize: (bytes: Buffer) => responseType.decode(bytes),
  };
}

const serviceDefinition = {
  range: unary('/etcdserverpb.KV/Range', codec('RangeRequest'), codec('RangeResponse')),
  put: unary('/etcdserverpb.KV/Put', codec('PutRequest'), codec('PutResponse')),
  txn: unary('/etcdserverpb.KV/Txn', codec('TxnRequest'), codec('TxnResponse')),
  status: unary('/etcdserverpb.Maintenance/Status', codec('StatusRequest'), codec('StatusResponse')),
} as const;
type EtcdMethod = keyof typeof serviceDefinition;
const EtcdClientConstructor = grpc.makeGenericClientConstructor(serviceDefinition, 'Etcd');

/**
 * What Status tells. Tessera's SDK switches protobufjs to plain numbers for 64-bit fields, so
 * member ids arrive rounded to doubles: both sides of `leader === memberId` round the same way.
 */
export interface EtcdStatus {
  memberId: number;
  leader: number;
  version: string;
  dbSizeBytes: number;
}

/** An etcd member's KV and Maintenance services over one channel. */
export class EtcdMemberClient {
  private readonly client: grpc.Client;

  constructor(readonly address: string) {
    this.client = new EtcdClientConstructor(address, grpc.credentials.createInsecure());
  }

  private call<T>(method: EtcdMethod, request: object, timeoutMs: number): Promise<T> {
    const invoke = (this.client as unknown as Record<EtcdMethod, (request: object, options: grpc.CallOptions, callback: (error: grpc.ServiceError | null, response: T) => void) => void>)[method];
    return new Promise((resolve, reject) => {
      invoke.call(this.client, request, { deadline: Date.now() + timeoutMs }, (error, response) => (error === null ? resolve(response) : reject(error)));
    });
  }

  async put(key: Uint8Array, value: Uint8Array, timeoutMs: number): Promise<void> {
    await this.call('put', { key, value }, timeoutMs);
  }

  /** Range over [key, rangeEnd) (one key when rangeEnd is absent); serializable = served locally without ReadIndex. */
  async range(key: Uint8Array, options: { rangeEnd?: Uint8Array; limit?: number; serializable: boolean }, timeoutMs: number): Promise<number> {
    const response = await this.call<{ kvs?: unknown[] }>('range', { key, rangeEnd: options.rangeEnd, limit: options.limit ?? 0, serializable: options.serializable }, timeoutMs);
    return response.kvs?.length ?? 0;
  }

  /** Many unconditional puts in one transaction (one revision): etcd's --max-txn-ops defaults to 128. */
  async putMany(entries: { key: Uint8Array; value: Uint8Array }[], timeoutMs: number): Promise<void> {
    await this.call('txn', { success: entries.map((entry) => ({ requestPut: entry })) }, timeoutMs);
  }

  async status(timeoutMs: number): Promise<EtcdStatus> {
    const response = await this.call<{ header?: { memberId?: number }; leader?: number; version?: string; dbSize?: number }>('status', {}, timeoutMs);
    return { memberId: Number(response.header?.memberId ?? 0), leader: Number(response.leader ?? 0), version: response.version ?? '', dbSizeBytes: Number(response.dbSize ?? 0) };
  }

  close(): void {
    this.client.close();
  }
}
