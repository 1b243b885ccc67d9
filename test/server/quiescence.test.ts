import { afterEach, describe, expect, it } from 'vitest';
import type { NodeId } from '../../src/raft/types.js';
import { nodeId, shardId, type ShardId } from '../../src/raft/types.js';
import { eventually, StoreCluster } from './store-cluster.js';

const timing = { tickMs: 20, electionTicks: 10, heartbeatTicks: 2 };
const electionTimeoutMs = timing.tickMs * timing.electionTicks;
const shard = shardId(1);
const encoder = new TextEncoder();

let cluster: StoreCluster | null = null;

afterEach(async () => {
  await cluster?.stop();
  cluster = null;
});

/** Three Stores with four shards, every shard led and every replica quiesced. */
async function quietCluster(): Promise<StoreCluster> {
  const started = await StoreCluster.start([1, 2, 3], [1, 2, 3, 4], timing);
  cluster = started;
  await eventually('every shard led', () => (started.shards.every((id) => started.settledLeaderOf(id) !== undefined) ? true : undefined));
  await started.settledQuiet();
  return started;
}

function put(target: StoreCluster, id: NodeId, key: string, value: string): Promise<unknown> {
  const replica = target.replica(id, shard);
  const written = replica.write({ put: { key: encoder.encode(key), value: encoder.encode(value) } });
  target.stores.get(id)?.scheduleTurn(replica);
  return written;
}

function readBarrier(target: StoreCluster, id: NodeId): Promise<void> {
  const replica = target.replica(id, shard);
  const barrier = replica.readBarrier();
  target.stores.get(id)?.scheduleTurn(replica);
  return barrier;
}

describe('quiescence of idle groups in the Store', () => {
  it('idle groups go quiet on every node and then exchange no messages at all', async () => {
    const quiet = await quietCluster();
    const before = quiet.delivered;
    await new Promise((resolve) => setTimeout(resolve, 3 * electionTimeoutMs));
    expect(quiet.delivered - before).toBe(0);
    expect(quiet.allQuiet()).toBe(true);
  });

  it('a write wakes its group, commits, and the group goes quiet again', async () => {
    const quiet = await quietCluster();
    const leader = quiet.settledLeaderOf(shard) as NodeId;
    await put(quiet, leader, 'k', 'v');
    const index = quiet.replica(leader, shard).appliedIndex;
    await eventually('the write applied on every replica', () => (quiet.ids.every((id) => quiet.replica(id, shard).appliedIndex >= index) ? true : undefined));
    await quiet.settledQuiet();
  });

  it('a follower read on a quiet follower is served through its leader', async () => {
    const quiet = await quietCluster();
    const leader = quiet.settledLeaderOf(shard) as NodeId;
    const follower = quiet.ids.find((id) => id !== leader) as NodeId;
    await readBarrier(quiet, follower);
    expect(quiet.replica(follower, shard).quiet).toBeNull();
  });

  it('a leadership transfer asked of a quiet leader wakes the group and completes', async () => {
    const quiet = await quietCluster();
    const leader = quiet.settledLeaderOf(shard) as NodeId;
    const target = quiet.ids.find((id) => id !== leader) as NodeId;
    const replica = quiet.replica(leader, shard);
    // As the admin service and a stopping node do: straight to Raft, then a turn.
    replica.raw.transferLeadership(target);
    quiet.stores.get(leader)?.scheduleTurn(replica);
    await eventually('the target to lead', () => (quiet.settledLeaderOf(shard) === target ? true : undefined), 20 * electionTimeoutMs);
  });

  it("quiet followers whose leader's node goes silent elect a new leader", async () => {
    const quiet = await quietCluster();
    const leader = quiet.settledLeaderOf(shard) as NodeId;
    const term = quiet.replica(leader, shard).term;
    quiet.isolate(leader);
    const isolatedAt = Date.now();
    const successor = await eventually('a new leader of the shard', () => quiet.settledLeaderOf(shard), 20 * electionTimeoutMs);
    expect(successor).not.toBe(leader);
    expect(quiet.replica(successor, shard).term).toBeGreaterThan(term);
    // Informative: a pre-election and an election after one or two election timeouts of silence.
    expect(Date.now() - isolatedAt).toBeGreaterThanOrEqual(electionTimeoutMs);
  });

  it('a quiet leader that still reaches its followers but hears nothing back steps down, and they elect a new leader', async () => {
    const quiet = await quietCluster();
    const deaf = quiet.settledLeaderOf(shard) as NodeId;
    const others = quiet.ids.filter((id) => id !== deaf);
    const ledByDeaf = quiet.shards.filter((id) => quiet.settledLeaderOf(id) === deaf);
    // One-way cut: the deaf node's beats still pin its quiet followers' election clocks, so only the
    // leader's side can notice — its followers' nodes fall silent.
    quiet.cutInbound(deaf);
    const ledByOthers = (id: ShardId): true | undefined => {
      const leaders = others.filter((node) => quiet.replica(node, id).role === 'leader');
      return leaders.length === 1 && others.every((node) => quiet.replica(node, id).leader === leaders[0]) ? true : undefined;
    };
    await eventually('every shard the deaf node led led by another node', () => (ledByDeaf.every((id) => ledByOthers(id)) ? true : undefined), 20 * electionTimeoutMs);
    await eventually('the deaf node stepped down everywhere', () => (ledByDeaf.every((id) => quiet.replica(deaf, id).role !== 'leader') ? true : undefined), 20 * electionTimeoutMs);
  });

  it('a quiet leader cut off from its followers does not serve a lease read once the lease has run out', async () => {
    const quiet = await quietCluster();
    const stale = quiet.settledLeaderOf(shard) as NodeId;
    quiet.isolate(stale);
    const successor = await eventually('a new leader of the shard', () => quiet.settledLeaderOf(shard), 20 * electionTimeoutMs);
    await put(quiet, successor, 'k', 'newer');
    // The cut-off replica may still believe it leads (it steps down once it notices its followers'
    // silence and CheckQuorum fails); either way its quiet clock must not make it trust its old lease.
    const outcome = await readBarrier(quiet, stale).then(
      () => 'served',
      (error: Error) => error.message,
    );
    expect(outcome).not.toBe('served');
    expect(outcome).toMatch(/does not lead/);
  });

  it('stalls of the whole process (every node) for several election timeouts change no leader and no term', async () => {
    const quiet = await quietCluster();
    const leaders = new Map(quiet.shards.map((id) => [id, quiet.settledLeaderOf(id) as NodeId]));
    const terms = new Map(quiet.shards.map((id) => [id, quiet.replica(leaders.get(id) as NodeId, id).term]));
    for (let stall = 0; stall < 3; stall += 1) {
      // Awake groups: a write to each (quiet ones are not ticked at all and would prove nothing).
      await Promise.all(
        quiet.shards.map((id) => {
          const leader = leaders.get(id) as NodeId;
          const written = quiet.replica(leader, id).write({ put: { key: encoder.encode(`stall-${id}`), value: encoder.encode(String(stall)) } });
          quiet.stores.get(leader)?.scheduleTurn(quiet.replica(leader, id));
          return written;
        }),
      );
      expect(quiet.allQuiet()).toBe(false);
      const stallUntil = Date.now() + 5 * electionTimeoutMs;
      while (Date.now() < stallUntil) {
        // Busy: no timer, no message, nothing runs.
      }
      // Every group goes quiet again under the same leader, in the same term.
      await quiet.settledQuiet();
      for (const id of quiet.shards) {
        expect(quiet.settledLeaderOf(id)).toBe(leaders.get(id));
        expect(quiet.replica(leaders.get(id) as NodeId, id).term).toBe(terms.get(id));
      }
    }
  });

  it('a peer reconnecting on a new stream wakes the quiet followers of the groups it led, and the quiet groups led here with a replica on it', async () => {
    const quiet = await quietCluster();
    const leader = quiet.settledLeaderOf(shard) as NodeId;
    const follower = quiet.ids.find((id) => id !== leader) as NodeId;
    // Every node holds a replica of every shard: the groups led by `follower` depend on `leader` too.
    const woken = quiet.shards.filter((id) => quiet.settledLeaderOf(id) === leader || quiet.settledLeaderOf(id) === follower);
    quiet.stores.get(follower)?.onPeerContact(leader, true);
    for (const id of quiet.shards) {
      expect(quiet.replica(follower, id).quiet === null).toBe(woken.includes(id));
    }
    expect(quiet.replica(nodeId(leader), shard).quiet).not.toBeNull();
  });
});
