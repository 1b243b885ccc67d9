import type * as grpc from '@grpc/grpc-js';
import type { Logger } from 'pino';
import { TesseraError } from '../routing/errors.js';
import type { ShardId } from '../raft/types.js';
import { nodeId as toNodeId, shardId as toShardId } from '../raft/types.js';
import type { NodeStorage } from '../storage/index.js';
import type { tessera } from '../wire/proto.js';
import type { ClusterDescription } from './membership/cluster-description.js';
import { toWireShardMap } from './membership/cluster-description.js';
import { addMember, promoteMember, removeMember } from './membership/member-changes.js';
import { errorToWire } from './error-wire.js';
import type { Replica } from './replica.js';
import { streamSnapshot } from './snapshot-stream.js';

/** What the Admin service needs from its node. */
export interface AdminServiceHost {
  nodeId: number;
  version: string;
  startedAtMs: number;
  replicas(): Iterable<Replica>;
  replica(shardId: ShardId): Replica | undefined;
  description(): ClusterDescription;
  leaders(): Map<number, number>;
  wireShardMap(): tessera.kv.IShardMap;
  wake(replica: Replica): void;
  /** Applies an edit to the cluster description through the meta group (its leader only). */
  changeDescription(edit: (description: ClusterDescription) => ClusterDescription): Promise<ClusterDescription>;
  /** The node's storage (Snapshot streams its backup); null while it is not open. */
  storage(): NodeStorage | null;
  logger: Logger;
}

/** The admin API (proto/kv.proto, service Admin): status, shard map, members, leadership, node backup. */
export class AdminService {
  private readonly stopping = new AbortController();

  constructor(private readonly host: AdminServiceHost) {}

  /** Ends every open Snapshot stream with TESSERA_UNAVAILABLE, so a stopping server need not wait for them. */
  close(): void {
    this.stopping.abort(new Error('node stopping'));
  }

  status(): tessera.kv.IStatusResponse {
    const shards: tessera.kv.IShardStatus[] = [];
    for (const replica of this.host.replicas()) {
      const status = replica.raw.status();
      shards.push({
        shardId: replica.shardId,
        role: status.softState.role,
        term: status.hardState.term,
        leader: status.softState.leader,
        commit: status.hardState.commit,
        applied: replica.appliedIndex,
        lastIndex: status.lastIndex,
        voters: status.confState.voters,
        learners: status.confState.learners,
        votersOutgoing: status.confState.votersOutgoing,
        progress: [...status.progress].map(([nodeId, progress]) => ({ nodeId, match: progress.match })),
        quiesced: replica.quiet !== null,
      });
    }
    shards.sort((a, b) => Number(a.shardId) - Number(b.shardId));
    return { nodeId: this.host.nodeId, version: this.host.version, uptimeMs: Math.round(Date.now() - this.host.startedAtMs), shards };
  }

  shardMap(): tessera.kv.IShardMapResponse {
    return { shardMap: toWireShardMap(this.host.description(), this.host.leaders()), metaApplied: this.host.replica(toShardId(0))?.appliedIndex ?? 0 };
  }

  memberList(): tessera.kv.IMemberListResponse {
    return { members: toWireShardMap(this.host.description(), new Map()).members };
  }

  transferLeader(request: tessera.kv.ITransferLeaderRequest): tessera.kv.ITransferLeaderResponse {
    const shard = Number(request.shardId ?? 0);
    const to = Number(request.toNode ?? 0);
    const replica = this.host.replica(toShardId(shard));
    if (replica === undefined) throw new TesseraError('TESSERA_NOT_LEADER', `this node holds no replica of shard ${shard}`, { shardId: shard });
    if (replica.role !== 'leader') throw replica.notLeader();
    const voters = replica.raw.status().confState.voters;
    if (!Number.isSafeInteger(to) || to <= 0 || !voters.includes(toNodeId(to))) throw new TesseraError('TESSERA_INVALID_ARGUMENT', `node ${to} is not a voter of shard ${shard} (voters ${voters.join(', ')})`, { shardId: shard, limit: 'toNode' });
    replica.raw.transferLeadership(toNodeId(to));
    this.host.wake(replica);
    return {};
  }

  /** The grpc-js implementation of service Admin. */
  implementation(): grpc.UntypedServiceImplementation {
    const answer = <Request>(handler: (request: Request) => object) => (call: grpc.ServerUnaryCall<Request, object>, callback: grpc.sendUnaryData<object>) => {
      try {
        callback(null, handler(call.request));
      } catch (error) {
        callback(null, { error: errorToWire(error, this.host) });
      }
    };
    const answerAsync = <Request>(handler: (request: Request) => Promise<object>) => (call: grpc.ServerUnaryCall<Request, object>, callback: grpc.sendUnaryData<object>) => {
      handler(call.request).then(
        (response) => callback(null, response),
        (error: unknown) => callback(null, { error: errorToWire(error, this.host) }),
      );
    };
    const memberChange = (edit: (description: ClusterDescription, id: number) => ClusterDescription) => async (request: { id?: number | Long | null }) => {
      const next = await this.host.changeDescription((description) => edit(description, Number(request.id ?? 0)));
      return { members: toWireShardMap(next, new Map()).members };
    };
    return {
      status: answer(() => this.status()),
      getShardMap: answer(() => this.shardMap()),
      memberList: answer(() => this.memberList()),
      memberAdd: answerAsync(async (request: tessera.kv.IMemberAddRequest) => {
        const member = { id: Number(request.id ?? 0), peerAddress: request.peerAddress ?? '', clientAddress: request.clientAddress ?? '' };
        return memberChange((description) => addMember(description, member))(request);
      }),
      memberRemove: answerAsync(memberChange(removeMember)),
      memberPromote: answerAsync(memberChange(promoteMember)),
      transferLeader: answer((request: tessera.kv.ITransferLeaderRequest) => this.transferLeader(request)),
      snapshot: (call: grpc.ServerWritableStream<tessera.kv.ISnapshotRequest, tessera.kv.ISnapshotChunk>) => {
        void streamSnapshot(call, { nodeId: this.host.nodeId, storage: () => this.host.storage(), logger: this.host.logger.child({ component: 'snapshot' }), stopping: this.stopping.signal });
      },
    };
  }
}
