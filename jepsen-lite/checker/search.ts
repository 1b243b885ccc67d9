import { Bitset } from './bitset.js';
import { buildEntryList, lift, unlift, type EntryList, type EntryTimes } from './entries.js';
import type { Model, ModelOperation } from './model.js';

/** An operation as the search sees it: times for ordering, the rest for the model. */
export interface SearchOperation extends ModelOperation, EntryTimes {}

/** What `searchLinearization` found. */
export interface SearchOutcome {
  verdict: 'linearizable' | 'not-linearizable' | 'timeout';
  /** Operations (indexes into the input) of the longest linearization prefix reached, in order. */
  longestPrefix: number[];
  /** Model steps taken; a measure of search effort. */
  steps: number;
}

/** How often (in loop iterations) the search reads the clock. */
const clockCheckIterations = 1024;

interface Frame<State> {
  call: number;
  state: State;
}

/**
 * Wing & Gong's search with Lowe's memoization, as in Porcupine's checkSingle: walk the entry
 * list depth-first; at a call entry try to linearize its operation now (model step ok and the
 * (linearized set, state) pair not seen before), lifting it out of the list and restarting at the
 * head; at a return entry the operation it belongs to should have been linearized already, so
 * backtrack by popping the last linearized operation and trying the entry after it. The history is
 * not linearizable when a return entry is met with nothing to undo.
 *
 * Two prunings for operations of unknown outcome (info: output unknown, return at +Infinity), both
 * sound because such an operation can always be moved to the very end of a linearization (nothing
 * must follow it in real time, and it accepts any output), where it is as good as never happening:
 * - the search succeeds as soon as every known-outcome operation is linearized;
 * - an info step that leaves the state unchanged (a cas whose expected value is absent, a write of
 *   the current value) is never taken: deferring it to the end is equivalent and keeps it available.
 */
export function searchLinearization<State>(
  model: Model<State>,
  operations: readonly SearchOperation[],
  deadlineMs: number,
): SearchOutcome {
  const list = buildEntryList(operations);
  const linearized = new Bitset(operations.length);
  const memo = new Map<string, State[]>();
  const frames: Frame<State>[] = [];
  let longestPrefix: number[] = [];
  let state = model.init();
  let entry = list.next[list.head];
  let steps = 0;
  let knownRemaining = operations.filter((operation) => operation.outputKnown).length;
  for (let iteration = 1; knownRemaining > 0; iteration += 1) {
    if (iteration % clockCheckIterations === 0 && performance.now() > deadlineMs) {
      return { verdict: 'timeout', longestPrefix, steps };
    }
    if (list.isCall[entry] === 1) {
      const operation = operations[list.operationOf[entry]];
      steps += 1;
      const result = model.step(state, operation);
      const noOpInfo = !operation.outputKnown && result.ok && model.equal(result.state, state);
      if (result.ok && !noOpInfo && remember(model, memo, linearized, list.operationOf[entry], result.state)) {
        if (operation.outputKnown) knownRemaining -= 1;
        frames.push({ call: entry, state });
        state = result.state;
        linearized.set(list.operationOf[entry]);
        lift(list, entry);
        if (frames.length > longestPrefix.length) longestPrefix = frames.map((frame) => list.operationOf[frame.call]);
        entry = list.next[list.head];
      } else {
        entry = list.next[entry];
      }
    } else {
      const frame = frames.pop();
      if (frame === undefined) return { verdict: 'not-linearizable', longestPrefix, steps };
      state = frame.state;
      if (operations[list.operationOf[frame.call]].outputKnown) knownRemaining += 1;
      linearized.clear(list.operationOf[frame.call]);
      unlift(list, frame.call);
      entry = list.next[frame.call];
    }
  }
  return { verdict: 'linearizable', longestPrefix, steps };
}

/** Records (linearized ∪ {operation}, state) in the memo; false when it was there already. */
function remember<State>(
  model: Model<State>,
  memo: Map<string, State[]>,
  linearized: Bitset,
  operation: number,
  state: State,
): boolean {
  linearized.set(operation);
  const key = linearized.key() + '|' + String(model.hash(state));
  linearized.clear(operation);
  const bucket = memo.get(key);
  if (bucket === undefined) {
    memo.set(key, [state]);
    return true;
  }
  if (bucket.some((seen) => model.equal(seen, state))) return false;
  bucket.push(state);
  return true;
}

export type { EntryList };
