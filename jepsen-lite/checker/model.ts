/**
 * A sequential specification the checker linearizes against, for a single key: the checker
 * partitions histories by key and runs one model instance per key.
 */
export interface Model<State> {
  /** Shown in reports and the CLI. */
  readonly name: string;
  /** The state before any operation. */
  init(): State;
  /**
   * Applies one operation. `ok` is false when the operation cannot happen in `state` with its
   * recorded output. When `outputKnown` is false (an `info` op) any output is accepted: only the
   * effect matters. Must not mutate `state`.
   */
  step(state: State, operation: ModelOperation): StepResult<State>;
  /** A hash of a state; equal states must hash equal. Used with `equal` to memoize the search. */
  hash(state: State): string | number;
  /** State equality. */
  equal(left: State, right: State): boolean;
  /**
   * True when an operation of this function never changes the state. Such operations with an
   * unknown output constrain nothing, so the checker drops them before searching.
   */
  isReadOnly(f: string): boolean;
}

/** What a model sees of an operation. */
export interface ModelOperation {
  f: string;
  input: unknown;
  /** The recorded result; meaningful only when `outputKnown`. */
  output: unknown;
  /** False for `info` operations, whose result was never seen. */
  outputKnown: boolean;
}

/** The outcome of `Model.step`. */
export interface StepResult<State> {
  ok: boolean;
  state: State;
}

/** Structural equality over JSON-like values; undefined and null are the same "nil". */
export function valuesEqual(left: unknown, right: unknown): boolean {
  if (left === right) return true;
  if (left == null || right == null) return left == null && right == null;
  if (Array.isArray(left) || Array.isArray(right)) {
    if (!Array.isArray(left) || !Array.isArray(right) || left.length !== right.length) return false;
    return left.every((item, index) => valuesEqual(item, right[index]));
  }
  if (typeof left === 'object' && typeof right === 'object') {
    const leftRecord = left as Record<string, unknown>;
    const rightRecord = right as Record<string, unknown>;
    const leftKeys = Object.keys(leftRecord);
    if (leftKeys.length !== Object.keys(rightRecord).length) return false;
    return leftKeys.every((key) => Object.hasOwn(rightRecord, key) && valuesEqual(leftRecord[key], rightRecord[key]));
  }
  return false;
}
