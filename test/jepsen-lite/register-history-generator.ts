import fc from 'fast-check';
import type { HistoryEvent } from '../../jepsen-lite/history/event.js';

/** The raw choices for one operation; `executeRegisterPlan` turns them into a history. */
export interface PlannedOperation {
  f: 'read' | 'write' | 'cas';
  value: number;
  /** For cas: use the register's current value as `expected` (so it succeeds). */
  casHits: boolean;
  outcome: 'ok' | 'info' | 'fail';
  /** For info: whether it really took effect. */
  infoApplies: boolean;
  /** Invocation happens this long before the linearization point; completion this long after. */
  leadTime: number;
  lagTime: number;
}

/** Values written are 0..valueMax; anything else was never written. */
export const valueMax = 4;
const pointSpacing = 50;

export const plannedOperationArbitrary: fc.Arbitrary<PlannedOperation> = fc.record({
  f: fc.constantFrom('read', 'write', 'cas'),
  value: fc.integer({ min: 0, max: valueMax }),
  casHits: fc.boolean(),
  outcome: fc.constantFrom('ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'info', 'fail'),
  infoApplies: fc.boolean(),
  leadTime: fc.integer({ min: 1, max: 120 }),
  lagTime: fc.integer({ min: 1, max: 120 }),
});

interface TimedOperation {
  f: string;
  input: unknown;
  output: unknown;
  outcome: 'ok' | 'info' | 'fail';
  invokeTime: number;
  completeTime: number;
}

/**
 * Executes the plan against a real sequential register, operation i taking effect at time
 * 50·(i+1) inside its interval, then assigns processes (a process runs one operation at a time
 * and is never reused after an info) and emits the events in time order. Ends with one
 * sequential ok read, so every history has a read to mutate.
 */
export function executeRegisterPlan(plan: readonly PlannedOperation[]): HistoryEvent[] {
  let register: number | null = null;
  const timed: TimedOperation[] = [];
  plan.forEach((step, index) => {
    const point = pointSpacing * (index + 1);
    const times = { invokeTime: point - step.leadTime, completeTime: point + step.lagTime };
    const applies = step.outcome === 'ok' || (step.outcome === 'info' && step.infoApplies);
    if (step.f === 'read') {
      timed.push({ f: 'read', input: null, output: register, outcome: step.outcome, ...times });
    } else if (step.f === 'write') {
      if (applies) register = step.value;
      timed.push({ f: 'write', input: step.value, output: step.value, outcome: step.outcome, ...times });
    } else {
      const expected = step.casHits ? register : (register ?? 0) + 1 + (step.value % valueMax);
      const succeeds = expected === register && applies;
      // A cas that cannot succeed is reported as fail (or info), never ok.
      const outcome = expected !== register && step.outcome === 'ok' ? 'fail' : step.outcome;
      if (succeeds) register = step.value;
      timed.push({ f: 'cas', input: [expected, step.value], output: [expected, step.value], outcome, ...times });
    }
  });
  const lastPoint = pointSpacing * (plan.length + 1) + 200;
  timed.push({ f: 'read', input: null, output: register, outcome: 'ok', invokeTime: lastPoint, completeTime: lastPoint + 1 });
  return toEvents(assignProcesses(timed));
}

function assignProcesses(operations: readonly TimedOperation[]): Array<TimedOperation & { process: number }> {
  const busyUntil: number[] = [];
  return [...operations]
    .sort((left, right) => left.invokeTime - right.invokeTime)
    .map((operation) => {
      let process = busyUntil.findIndex((until) => until < operation.invokeTime);
      if (process === -1) process = busyUntil.push(0) - 1;
      busyUntil[process] = operation.outcome === 'info' ? Infinity : operation.completeTime;
      return { ...operation, process };
    });
}

function toEvents(operations: ReadonlyArray<TimedOperation & { process: number }>): HistoryEvent[] {
  const events: HistoryEvent[] = [];
  for (const operation of operations) {
    events.push({ process: operation.process, type: 'invoke', f: operation.f, value: operation.input, time: operation.invokeTime });
    const value = operation.outcome === 'ok' ? operation.output : operation.input;
    events.push({ process: operation.process, type: operation.outcome, f: operation.f, value, time: operation.completeTime });
  }
  // Stable sort keeps each invoke before its completion when times tie.
  return events.sort((left, right) => left.time - right.time);
}
