/**
 * grpc-js service definitions for the client-facing services of proto/kv.proto, built from the
 * generated protobufjs codecs (no @grpc/proto-loader: it would bring a second protobufjs).
 * Shared by the server (implements them) and the SDK (calls them).
 */
import type { MethodDefinition, ServiceDefinition } from '@grpc/grpc-js';
import { tessera } from './proto.js';

/** The encode/decode pair protobufjs generates for every message type. */
interface Codec<T> {
  encode(message: T): { finish(): Uint8Array };
  decode(bytes: Uint8Array): T;
}

function method<Request, Response>(
  path: string,
  request: Codec<Request>,
  response: Codec<Response>,
  streaming: { request: boolean; response: boolean } = { request: false, response: false },
): MethodDefinition<Request, Response> {
  return {
    path,
    requestStream: streaming.request,
    responseStream: streaming.response,
    requestSerialize: (message: Request) => Buffer.from(request.encode(message).finish()),
    requestDeserialize: (bytes: Buffer) => request.decode(bytes),
    responseSerialize: (message: Response) => Buffer.from(response.encode(message).finish()),
    responseDeserialize: (bytes: Buffer) => response.decode(bytes),
  };
}

const kv = tessera.kv;

/** tessera.kv.Kv: data operations on one shard, plus the streaming Batch fast path. */
export const kvServiceDefinition = {
  get: method('/tessera.kv.Kv/Get', kv.GetRequest, kv.GetResponse),
  put: method('/tessera.kv.Kv/Put', kv.PutRequest, kv.PutResponse),
  delete: method('/tessera.kv.Kv/Delete', kv.DeleteRequest, kv.DeleteResponse),
  cas: method('/tessera.kv.Kv/Cas', kv.CasRequest, kv.CasResponse),
  txn: method('/tessera.kv.Kv/Txn', kv.TxnRequest, kv.TxnResponse),
  scan: method('/tessera.kv.Kv/Scan', kv.ScanRequest, kv.ScanResponse),
  batch: method('/tessera.kv.Kv/Batch', kv.BatchRequest, kv.BatchResponse, { request: true, response: true }),
} satisfies ServiceDefinition;

/** tessera.kv.Admin: node status, shard map, membership and leadership operations, node backup. */
export const adminServiceDefinition = {
  status: method('/tessera.kv.Admin/Status', kv.StatusRequest, kv.StatusResponse),
  getShardMap: method('/tessera.kv.Admin/GetShardMap', kv.ShardMapRequest, kv.ShardMapResponse),
  memberList: method('/tessera.kv.Admin/MemberList', kv.MemberListRequest, kv.MemberListResponse),
  memberAdd: method('/tessera.kv.Admin/MemberAdd', kv.MemberAddRequest, kv.MemberChangeResponse),
  memberRemove: method('/tessera.kv.Admin/MemberRemove', kv.MemberRemoveRequest, kv.MemberChangeResponse),
  memberPromote: method('/tessera.kv.Admin/MemberPromote', kv.MemberPromoteRequest, kv.MemberChangeResponse),
  transferLeader: method('/tessera.kv.Admin/TransferLeader', kv.TransferLeaderRequest, kv.TransferLeaderResponse),
  snapshot: method('/tessera.kv.Admin/Snapshot', kv.SnapshotRequest, kv.SnapshotChunk, { request: false, response: true }),
} satisfies ServiceDefinition;
