import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkEvents, checkOperations } from '../../jepsen-lite/checker/linearizable.js';
import { registerModel } from '../../jepsen-lite/checker/models/index.js';
import type { HistoryEvent } from '../../jepsen-lite/history/event.js';
import { parseHistoryJsonl, serializeHistoryJsonl } from '../../jepsen-lite/history/jsonl.js';
import { pairOperations, type Operation } from '../../jepsen-lite/history/operation.js';
import { executeRegisterPlan, plannedOperationArbitrary, valueMax } from './register-history-generator.js';
import { naiveLinearizable } from './naive-linearizability.js';

const planArbitrary = fc.array(plannedOperationArbitrary, { minLength: 0, maxLength: 40 });

/** Changes the result of one ok read (chosen by `choice`) to a value nobody wrote. */
function mutateOneRead(events: readonly HistoryEvent[], choice: number): HistoryEvent[] {
  const okReads = events.flatMap((event, index) => (event.type === 'ok' && event.f === 'read' ? [index] : []));
  const target = okReads[choice % okReads.length];
  return events.map((event, index) => (index === target ? { ...event, value: valueMax + 100 } : event));
}

describe('register histories executed against a real register', () => {
  it('are always linearizable (and survive a history.jsonl round trip)', () => {
    fc.assert(
      fc.property(planArbitrary, (plan) => {
        const events = parseHistoryJsonl(serializeHistoryJsonl(executeRegisterPlan(plan)));
        const result = checkEvents(events, { model: registerModel, timeBudgetMsPerKey: 5_000 });
        expect(result.valid).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('become non-linearizable when one read returns a never-written value', () => {
    fc.assert(
      fc.property(planArbitrary, fc.nat(), (plan, choice) => {
        const events = mutateOneRead(executeRegisterPlan(plan), choice);
        const result = checkEvents(events, { model: registerModel, timeBudgetMsPerKey: 5_000 });
        expect(result.valid).toBe(false);
        const stuck = result.keys[''].counterexample?.stuck ?? [];
        expect(stuck.some((item) => item.reason === 'model-rejects')).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

/** Tiny arbitrary register histories, valid or not, with overlapping intervals and info/fail ops. */
const tinyOperationsArbitrary = fc
  .array(
    fc.record({
      f: fc.constantFrom('read', 'write', 'cas'),
      first: fc.constantFrom(null, 0, 1, 2),
      second: fc.integer({ min: 0, max: 2 }),
      status: fc.constantFrom('ok', 'ok', 'ok', 'info', 'fail'),
      invokeTime: fc.integer({ min: 0, max: 20 }),
      duration: fc.integer({ min: 0, max: 10 }),
    }),
    { maxLength: 7 },
  )
  .map((drafts) =>
    drafts.map((draft, index): Operation => {
      const input = draft.f === 'read' ? null : draft.f === 'write' ? draft.second : [draft.first, draft.second];
      const output = draft.f === 'read' ? draft.first : input;
      const status = draft.status as Operation['status'];
      return {
        index,
        process: index,
        f: draft.f,
        input,
        output: status === 'ok' ? output : undefined,
        invokeTime: draft.invokeTime,
        completeTime: status === 'info' ? Infinity : draft.invokeTime + draft.duration,
        status,
      };
    }),
  );

describe('the search agrees with the definition run by brute force', () => {
  it('on tiny arbitrary register histories', () => {
    fc.assert(
      fc.property(tinyOperationsArbitrary, (operations) => {
        const expected = naiveLinearizable(operations, registerModel);
        expect(checkOperations(operations, { model: registerModel }).valid).toBe(expected);
      }),
      { numRuns: 1_000 },
    );
  });

  it('pairs generated events back into the operations they came from', () => {
    fc.assert(
      fc.property(planArbitrary, (plan) => {
        const events = executeRegisterPlan(plan);
        const operations = pairOperations(events);
        expect(operations.length * 2).toBe(events.length);
        for (const operation of operations) {
          expect(operation.completeTime).toBeGreaterThanOrEqual(operation.invokeTime);
        }
      }),
      { numRuns: 100 },
    );
  });
});
