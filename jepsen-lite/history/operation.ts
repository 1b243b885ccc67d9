import { HistoryError } from './errors.js';
import type { HistoryEvent } from './event.js';

/** How an operation ended: `ok` took effect, `fail` did not, `info` is unknown (may or may not). */
export type OperationStatus = 'ok' | 'fail' | 'info';

/** An invoke paired with its completion. */
export interface Operation {
  /** Position in invocation order within the history it was paired from. */
  index: number;
  process: number;
  f: string;
  key?: string;
  /** The invoke's value. */
  input: unknown;
  /** The ok completion's value; undefined when the status is not `ok`. */
  output: unknown;
  /** Nanoseconds since start, from the invoke event. */
  invokeTime: number;
  /** Nanoseconds since start, from the completion; Infinity for `info` and never-completed ops. */
  completeTime: number;
  status: OperationStatus;
}

interface OpenInvoke {
  event: HistoryEvent;
  index: number;
}

/**
 * Pairs each invoke with the next completion of the same process. An invoke still open at the
 * end of the history is treated like `info`. Throws JEPSEN_HISTORY_MALFORMED on a double invoke,
 * an orphan completion, a completion whose f differs, or a process reused after `info`.
 * Operations are returned in invocation order, `fail` ones included (checkers drop them).
 */
export function pairOperations(events: readonly HistoryEvent[]): Operation[] {
  const open = new Map<number, OpenInvoke>();
  const crashed = new Set<number>();
  const operations: Operation[] = [];
  events.forEach((event, position) => {
    const where = `event ${position} (process ${event.process})`;
    if (event.type === 'invoke') {
      if (open.has(event.process)) throw malformed(`${where}: invoke while an operation is open`);
      if (crashed.has(event.process)) throw malformed(`${where}: invoke after an info on this process`);
      open.set(event.process, { event, index: operations.length });
      operations.push(placeholder(event, operations.length));
      return;
    }
    const invoke = open.get(event.process);
    if (invoke === undefined) throw malformed(`${where}: ${event.type} without an open invoke`);
    if (invoke.event.f !== event.f) throw malformed(`${where}: completes ${event.f} but ${invoke.event.f} was invoked`);
    if (event.time < invoke.event.time) throw malformed(`${where}: completes before its invoke`);
    open.delete(event.process);
    const operation = operations[invoke.index];
    operation.status = event.type;
    if (event.type === 'ok') {
      operation.output = event.value;
      operation.completeTime = event.time;
    } else if (event.type === 'fail') {
      operation.completeTime = event.time;
    } else {
      crashed.add(event.process);
    }
  });
  return operations;
}

/** An invoked operation as seen before its completion: unknown outcome, open-ended. */
function placeholder(event: HistoryEvent, index: number): Operation {
  const operation: Operation = {
    index,
    process: event.process,
    f: event.f,
    input: event.value,
    output: undefined,
    invokeTime: event.time,
    completeTime: Infinity,
    status: 'info',
  };
  if (event.key !== undefined) operation.key = event.key;
  return operation;
}

function malformed(message: string): HistoryError {
  return new HistoryError('JEPSEN_HISTORY_MALFORMED', message);
}
