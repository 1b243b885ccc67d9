/**
 * The linear-time list checker against the exact (exponential) list-append model search, on small
 * random histories: executed against a real list, then often disturbed, so both verdicts occur.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkOperations } from '../../jepsen-lite/checker/linearizable.js';
import { listAppendModel } from '../../jepsen-lite/checker/models/list-append.js';
import { checkListKey } from '../../jepsen-lite/checkers/list-linearizability.js';
import type { Operation } from '../../jepsen-lite/history/operation.js';

interface Step {
  read: boolean;
  status: 'ok' | 'info' | 'fail';
  infoApplies: boolean;
  leadTime: number;
  lagTime: number;
}

const stepArbitrary: fc.Arbitrary<Step> = fc.record({
  read: fc.boolean(),
  status: fc.constantFrom('ok', 'ok', 'ok', 'info', 'fail'),
  infoApplies: fc.boolean(),
  leadTime: fc.integer({ min: 1, max: 150 }),
  lagTime: fc.integer({ min: 1, max: 150 }),
});

/** Runs the steps against a real list, step i taking effect at 50·(i+1) inside its window. */
function execute(steps: readonly Step[]): Operation[] {
  const list: number[] = [];
  return steps.map((step, index) => {
    const point = 50 * (index + 1);
    const status = step.read ? 'ok' : step.status;
    const operation: Operation = { index, process: index, f: step.read ? 'read' : 'append', input: step.read ? null : index, output: undefined, invokeTime: point - step.leadTime, completeTime: status === 'info' ? Infinity : point + step.lagTime, status };
    if (step.read) operation.output = [...list];
    else if (status === 'ok' || (status === 'info' && step.infoApplies)) list.push(index);
    if (!step.read && status === 'ok') operation.output = index;
    return operation;
  });
}

/** Disturbs the history: none, one read's list changed, or one operation's window moved. */
function disturb(operations: Operation[], kind: number, choice: number, shift: number): Operation[] {
  const copy = operations.map((operation) => ({ ...operation }));
  const target = copy[choice % copy.length];
  if (kind === 1 && target.f === 'read') {
    const list = [...(target.output as number[])];
    if (list.length >= 2 && shift % 2 === 0) [list[0], list[1]] = [list[1], list[0]];
    else if (list.length >= 1) list.pop();
    else list.push(1000);
    target.output = list;
  } else if (kind === 2 && Number.isFinite(target.completeTime)) {
    target.invokeTime += shift;
    target.completeTime += shift;
  }
  return copy;
}

describe('linear-time list linearizability', () => {
  it('agrees with the exact list-append model search', () => {
    let invalid = 0;
    fc.assert(
      fc.property(fc.array(stepArbitrary, { minLength: 1, maxLength: 9 }), fc.integer({ min: 0, max: 2 }), fc.nat(), fc.integer({ min: -300, max: 300 }), (steps, kind, choice, shift) => {
        const operations = disturb(execute(steps), kind, choice, shift);
        const exact = checkOperations(operations.map((operation) => ({ ...operation, key: 'a' })), { model: listAppendModel, timeBudgetMsPerKey: 5_000 }).valid;
        const fast = checkListKey(operations);
        if (exact === false) invalid += 1;
        expect(fast.valid, JSON.stringify({ operations, fast })).toBe(exact === true);
      }),
      { numRuns: 1500 },
    );
    expect(invalid).toBeGreaterThan(100);
  });
});
