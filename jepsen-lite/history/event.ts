/**
 * The Jepsen history model: a history is a sequence of events, one per line in history.jsonl.
 * An operation is an `invoke` followed, on the same process, by its completion:
 * - `ok`: it took effect, with the completion's value as its result;
 * - `fail`: it definitely did not take effect;
 * - `info`: unknown, it may take effect at any point after its invocation, or never. The process
 *   issues no further operation (the client continues under a new process id).
 */
export type EventType = 'invoke' | 'ok' | 'fail' | 'info';

/** One line of a history. */
export interface HistoryEvent {
  /** The logical client that issued the operation; sequential, one operation at a time. */
  process: number;
  type: EventType;
  /** The operation's function, e.g. "read", "write", "cas", "get", "put", "append". */
  f: string;
  /** The key the operation acts on; absent for single-register histories. */
  key?: string;
  /** On invoke: the input. On ok: the result. On fail/info: informational only. */
  value?: unknown;
  /** Nanoseconds since the start of the run; non-decreasing along the history. */
  time: number;
}

/** All event types, for validation. */
export const eventTypes: readonly EventType[] = ['invoke', 'ok', 'fail', 'info'];

/** True when `value` names an event type. */
export function isEventType(value: unknown): value is EventType {
  return typeof value === 'string' && (eventTypes as readonly string[]).includes(value);
}
