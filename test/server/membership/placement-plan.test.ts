import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bootstrapDescription, type ClusterDescription } from '../../../src/server/membership/cluster-description.js';
import { isSettled, planPlacement } from '../../../src/server/membership/placement-plan.js';
import { addMember, removeMember } from '../../../src/server/membership/member-changes.js';

const members = (ids: number[]) => ids.map((id) => ({ id, peerAddress: `127.0.0.1:${7100 + id}`, clientAddress: `127.0.0.1:${7000 + id}` }));

/** Every group reports exactly its target (as if each move had been carried out at once). */
function settleAll(description: ClusterDescription, applied: number): ClusterDescription {
  const observed = new Map(description.observed);
  for (const shard of description.shardMap.shards) observed.set(shard.id, { voters: [...shard.replicas], learners: [], outgoing: [], applied });
  const metaVoters = [...description.metaVoters];
  observed.set(0, { voters: metaVoters, learners: description.members.map((member) => member.id).filter((id) => !metaVoters.includes(id)), outgoing: [], applied });
  return { ...description, observed };
}

/** Runs placement rounds, settling after each, until nothing changes. */
function converge(start: ClusterDescription, leaders: Map<number, number> = new Map()): { description: ClusterDescription; rounds: number } {
  let description = settleAll(start, 1);
  for (let round = 1; round <= 200; round += 1) {
    const decision = planPlacement({ description, leaders, metaCaughtUp: () => true, movesMax: 3 });
    if (!decision.changed) return { description, rounds: round };
    description = settleAll(decision.description, round + 1);
  }
  throw new Error('placement did not converge in 200 rounds');
}

function replicaCounts(description: ClusterDescription): Map<number, number> {
  const counts = new Map(description.members.filter((member) => member.state === 'active').map((member) => [member.id, 0]));
  for (const shard of description.shardMap.shards) for (const id of shard.replicas) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}

describe('planPlacement', () => {
  it('activates a caught-up joiner, spreads replicas within one of each other and grows the meta group to 5 voters', () => {
    let description = bootstrapDescription(members([1, 2, 3]), 16, 3);
    description = addMember(addMember(description, members([4])[0]), members([5])[0]);
    const { description: done } = converge(description);
    expect(done.members.map((member) => member.state)).toEqual(['active', 'active', 'active', 'active', 'active']);
    const counts = [...replicaCounts(done).values()];
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
    expect(done.metaVoters).toEqual([1, 2, 3, 4, 5]);
    for (const shard of done.shardMap.shards) expect(new Set(shard.replicas).size).toBe(3);
  });

  it('drains a removed member, drops it, and shrinks the meta group back to 3 voters', () => {
    let { description } = converge(addMember(addMember(bootstrapDescription(members([1, 2, 3]), 8, 3), members([4])[0]), members([5])[0]));
    description = removeMember(removeMember(description, 1), 2);
    const { description: done } = converge(description);
    expect(done.members.map((member) => member.id)).toEqual([3, 4, 5]);
    expect(done.metaVoters).toEqual([3, 4, 5]);
    for (const shard of done.shardMap.shards) expect([...shard.replicas].sort()).toEqual([3, 4, 5]);
  });

  it('never moves more than movesMax shards at once and never changes an unsettled shard', () => {
    const description = addMember(bootstrapDescription(members([1, 2, 3]), 16, 3), members([4])[0]);
    const settled = settleAll(description, 1);
    const first = planPlacement({ description: settled, leaders: new Map(), metaCaughtUp: () => true, movesMax: 3 });
    const moved = first.description.shardMap.shards.filter((shard, index) => shard.replicas.join() !== settled.shardMap.shards[index].replicas.join());
    expect(moved.length).toBe(3);
    // Nothing settles: the next round must not touch the moving shards nor start more moves.
    const second = planPlacement({ description: { ...first.description, observed: settled.observed }, leaders: new Map(), metaCaughtUp: () => true, movesMax: 3 });
    expect(second.description.shardMap.shards).toEqual(first.description.shardMap.shards);
  });

  it('refuses a removal that would leave fewer active members than replicas', () => {
    expect(() => removeMember(bootstrapDescription(members([1, 2, 3]), 4, 3), 2)).toThrow(/lose their quorum/);
  });

  it('moves one leadership from the busiest node to a voter leading two fewer', () => {
    const description = settleAll(bootstrapDescription(members([1, 2, 3]), 6, 3), 1);
    const leaders = new Map(description.shardMap.shards.map((shard) => [shard.id, 1]));
    const decision = planPlacement({ description, leaders, metaCaughtUp: () => true, movesMax: 3 });
    expect(decision.transfers).toHaveLength(1);
    expect(decision.transfers[0].from).toBe(1);
  });

  it('keeps every shard at its replica count on distinct active members through any growth and shrink (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 24 }), fc.integer({ min: 3, max: 7 }), fc.integer({ min: 0, max: 3 }), (shards, grownTo, removals) => {
        let { description } = converge(bootstrapDescription(members([1, 2, 3]), shards, 3));
        for (let id = 4; id <= grownTo; id += 1) description = addMember(description, members([id])[0]);
        description = converge(description).description;
        for (let id = 1; id <= Math.min(removals, grownTo - 3); id += 1) description = removeMember(description, id);
        const done = converge(description).description;
        const active = new Set(done.members.filter((member) => member.state === 'active').map((member) => member.id));
        for (const shard of done.shardMap.shards) {
          expect(new Set(shard.replicas).size).toBe(3);
          for (const id of shard.replicas) expect(active.has(id)).toBe(true);
          expect(isSettled(done.observed.get(shard.id), shard.replicas)).toBe(true);
        }
        const counts = [...replicaCounts(done).values()];
        expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
      }),
      { numRuns: 60 },
    );
  });
});

describe('planPlacement leaderships', () => {
  it('never hands a leadership to a member that did not answer this round', () => {
    const description = settleAll(bootstrapDescription(members([1, 2, 3]), 6, 3), 1);
    const leaders = new Map(description.shardMap.shards.map((shard) => [shard.id, 1]));
    const decision = planPlacement({ description, leaders, metaCaughtUp: () => true, movesMax: 3, live: new Set([1, 3]) });
    expect(decision.transfers.map((transfer) => transfer.to)).toEqual([3]);
    const none = planPlacement({ description, leaders, metaCaughtUp: () => true, movesMax: 3, live: new Set([1]) });
    expect(none.transfers).toEqual([]);
  });
});
