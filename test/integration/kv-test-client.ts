import * as grpc from '@grpc/grpc-js';
import { tessera } from '../../src/wire/proto.js';
import { adminServiceDefinition, kvServiceDefinition } from '../../src/wire/service-definitions.js';

const KvClient = grpc.makeGenericClientConstructor(kvServiceDefinition, 'Kv');
const AdminClient = grpc.makeGenericClientConstructor(adminServiceDefinition, 'Admin');

type Unary = (request: object, options: grpc.CallOptions, callback: (error: grpc.ServiceError | null, response: object) => void) => void;

/** A bare gRPC client of one node's Kv and Admin services, for integration tests (the SDK does routing; this does not). */
export class NodeClient {
  private readonly kv: grpc.Client;
  private readonly admin: grpc.Client;

  constructor(readonly address: string) {
    this.kv = new KvClient(address, grpc.credentials.createInsecure());
    this.admin = new AdminClient(address, grpc.credentials.createInsecure());
  }

  private call<T>(client: grpc.Client, method: string, request: object, timeoutMs: number): Promise<T> {
    const fn = (client as unknown as Record<string, Unary>)[method].bind(client);
    return new Promise((resolve, reject) => {
      fn(request, { deadline: Date.now() + timeoutMs }, (error, response) => (error === null ? resolve(response as T) : reject(error)));
    });
  }

  get(key: string, readMode: tessera.kv.ReadMode = tessera.kv.ReadMode.LINEARIZABLE, timeoutMs = 3000): Promise<tessera.kv.GetResponse> {
    return this.call(this.kv, 'get', { header: { readMode }, key: Buffer.from(key) }, timeoutMs);
  }

  put(key: string, value: Uint8Array | string, session: { clientId: number; sequence: number } = { clientId: 0, sequence: 0 }, timeoutMs = 3000): Promise<tessera.kv.PutResponse> {
    return this.call(this.kv, 'put', { header: session, key: Buffer.from(key), value: typeof value === 'string' ? Buffer.from(value) : value }, timeoutMs);
  }

  scan(shardId: number, timeoutMs = 3000): Promise<tessera.kv.ScanResponse> {
    return this.call(this.kv, 'scan', { header: { shardId } }, timeoutMs);
  }

  transferLeader(shardId: number, toNode: number, timeoutMs = 3000): Promise<tessera.kv.TransferLeaderResponse> {
    return this.call(this.admin, 'transferLeader', { shardId, toNode }, timeoutMs);
  }

  status(timeoutMs = 3000): Promise<tessera.kv.StatusResponse> {
    return this.call(this.admin, 'status', {}, timeoutMs);
  }

  shardMap(timeoutMs = 3000): Promise<tessera.kv.ShardMapResponse> {
    return this.call(this.admin, 'getShardMap', {}, timeoutMs);
  }

  close(): void {
    this.kv.close();
    this.admin.close();
  }
}
