/** The membership and lose-unsynced nemeses' pure parts: the churn plan, spare node ids, the power-cut verdict. */
import { describe, expect, it } from 'vitest';
import { activeMembersMin, planChurn, type ChurnInput } from '../../jepsen-lite/nemesis/membership-plan.js';
import type { PowerCutReaction } from '../../jepsen-lite/nemesis/index.js';
import { SeededRandom } from '../../jepsen-lite/runner/random.js';
import { powerCutCheck } from '../../jepsen-lite/runner/report.js';
import { spareNodesFor } from '../../jepsen-lite/runner/run-test.js';

const active = (...ids: number[]) => ids.map((id) => ({ id, state: 'active' }));
const input = (overrides: Partial<ChurnInput> = {}): ChurnInput => ({ members: active(1, 2, 3, 4, 5), responsive: [1, 2, 3, 4, 5], leader: 2, replicas: 3, leaving: 0, balanced: true, ...overrides });

describe('planChurn', () => {
  it('draws both orders and both kinds of victim on 5 members, always a responsive active member', () => {
    const plans = Array.from({ length: 200 }, (_, seed) => planChurn(input({ responsive: [1, 2, 3, 5] }), new SeededRandom(seed)));
    const seen = new Set(plans.map((plan) => ('skipped' in plan ? 'skipped' : `${plan.order}/${plan.victimKind}`)));
    expect([...seen].sort()).toEqual(['add-first/leader', 'add-first/random', 'remove-first/leader', 'remove-first/random']);
    for (const plan of plans) if (!('skipped' in plan)) expect([1, 2, 3, 5]).toContain(plan.victim);
  });

  it('never removes first when that would leave fewer than 3 members or fewer than the replicas', () => {
    expect(activeMembersMin(3)).toBe(3);
    expect(activeMembersMin(5)).toBe(5);
    for (let seed = 0; seed < 100; seed += 1) {
      const onThree = planChurn(input({ members: active(1, 2, 3), responsive: [1, 2, 3] }), new SeededRandom(seed));
      expect(onThree).toMatchObject({ order: 'add-first' });
      const fiveReplicas = planChurn(input({ replicas: 5 }), new SeededRandom(seed));
      expect(fiveReplicas).toMatchObject({ order: 'add-first' });
    }
  });

  it('keeps at most one churn in flight', () => {
    const random = new SeededRandom(1);
    expect(planChurn(input({ leaving: 1 }), random)).toEqual({ skipped: 'a removed member has not left yet' });
    expect(planChurn(input({ members: [...active(1, 2, 3, 4), { id: 6, state: 'joining' }] }), random)).toEqual({ skipped: 'members not active yet: 6 joining' });
    expect(planChurn(input({ members: [...active(1, 2, 3, 4), { id: 5, state: 'draining' }] }), random)).toMatchObject({ skipped: expect.stringMatching(/5 draining/) });
    expect(planChurn(input({ balanced: false }), random)).toEqual({ skipped: 'placement is still moving replicas' });
    expect(planChurn(input({ responsive: [] }), random)).toEqual({ skipped: 'no active member responds' });
  });
});

describe('spare node ids', () => {
  it('cover one churn per possible fault, within a bound', () => {
    expect(spareNodesFor({ timeSeconds: 120, nemesisIntervalSeconds: 8 })).toBe(20);
    expect(spareNodesFor({ timeSeconds: 3600, nemesisIntervalSeconds: 8 })).toBe(40);
  });
});

describe('power-cut verdict', () => {
  const cut = (overrides: Partial<PowerCutReaction>): PowerCutReaction => ({ node: 1, truncated: [], appliedLost: {}, raftInFlightLost: [], reaction: 'served', ...overrides });
  it('is invalid only when a node did not come back or its cut directory did not open', () => {
    expect(powerCutCheck([])).toBeNull();
    const inFlight = { shard: 1, before: { lastIndex: 5, term: 2, vote: 1, applied: 5 }, after: { lastIndex: 4, term: 2, vote: 1, applied: 4 } };
    expect(powerCutCheck([cut({ appliedLost: { 1: [5, 3] }, raftInFlightLost: [inFlight] })])?.valid).toBe(true);
    expect(powerCutCheck([cut({ reaction: 'refused', errorCode: 'TESSERA_STORAGE_CORRUPT' })])?.valid).toBe(false);
    expect(powerCutCheck([cut({ offlineOpenError: 'boom' })])?.valid).toBe(false);
  });
});
