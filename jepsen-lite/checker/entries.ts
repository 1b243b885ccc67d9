/**
 * The call/return entries the search walks, as a doubly linked list over typed arrays
 * ("dancing links"): lifting an operation unlinks its call and return entries in O(1) and
 * unlifting relinks them, because an unlinked entry keeps its own prev/next.
 *
 * Entry e < 2n: operation `operationOf[e]`; it is a call when `isCall[e]` is 1. Entry 2n is the
 * head sentinel. Order: by time, and at equal time calls before returns (so operations that touch
 * at an instant count as concurrent, the permissive reading). Info operations return at +Infinity,
 * so their returns come after every real one and never force them to be linearized early.
 */
export interface EntryList {
  /** Number of operations (entries = 2 × count, plus the head). */
  count: number;
  head: number;
  next: Int32Array;
  prev: Int32Array;
  operationOf: Int32Array;
  isCall: Uint8Array;
  /** For a call entry, its return entry. */
  matchOf: Int32Array;
  /** Position of each entry in the initial order, for reasoning about "before" later. */
  positionOf: Int32Array;
}

/** The times the entry list is built from, one pair per operation. */
export interface EntryTimes {
  invokeTime: number;
  completeTime: number;
}

const none = -1;

/** Builds the linked entry list for operations (index = position in `operations`). */
export function buildEntryList(operations: readonly EntryTimes[]): EntryList {
  const count = operations.length;
  const order: number[] = [];
  for (let entry = 0; entry < 2 * count; entry += 1) order.push(entry);
  // Entry 2i is the call of operation i, 2i+1 its return.
  const timeOf = (entry: number): number =>
    entry % 2 === 0 ? operations[entry >> 1].invokeTime : operations[entry >> 1].completeTime;
  order.sort((left, right) => {
    const leftTime = timeOf(left);
    const rightTime = timeOf(right);
    if (leftTime !== rightTime) return leftTime < rightTime ? -1 : 1;
    if (left % 2 !== right % 2) return left % 2 === 0 ? -1 : 1;
    return left - right;
  });
  const head = 2 * count;
  const list: EntryList = {
    count,
    head,
    next: new Int32Array(head + 1).fill(none),
    prev: new Int32Array(head + 1).fill(none),
    operationOf: new Int32Array(head),
    isCall: new Uint8Array(head),
    matchOf: new Int32Array(head).fill(none),
    positionOf: new Int32Array(head),
  };
  for (let entry = 0; entry < head; entry += 1) {
    list.operationOf[entry] = entry >> 1;
    list.isCall[entry] = entry % 2 === 0 ? 1 : 0;
    if (entry % 2 === 0) list.matchOf[entry] = entry + 1;
  }
  let previous = head;
  order.forEach((entry, position) => {
    list.positionOf[entry] = position;
    list.next[previous] = entry;
    list.prev[entry] = previous;
    previous = entry;
  });
  return list;
}

/** Unlinks a call entry and its return entry. */
export function lift(list: EntryList, call: number): void {
  const { next, prev } = list;
  const match = list.matchOf[call];
  next[prev[call]] = next[call];
  if (next[call] !== none) prev[next[call]] = prev[call];
  next[prev[match]] = next[match];
  if (next[match] !== none) prev[next[match]] = prev[match];
}

/** Relinks what `lift` unlinked; must be called in reverse order of lifts. */
export function unlift(list: EntryList, call: number): void {
  const { next, prev } = list;
  const match = list.matchOf[call];
  next[prev[match]] = match;
  if (next[match] !== none) prev[next[match]] = match;
  next[prev[call]] = call;
  if (next[call] !== none) prev[next[call]] = call;
}

export const noEntry = none;
