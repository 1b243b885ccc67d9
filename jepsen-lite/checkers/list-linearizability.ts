import type { Operation } from '../history/operation.js';

/** The verdict on one key's list history, with the first reason it is not linearizable. */
export interface ListKeyVerdict {
  valid: boolean;
  reason?: string;
  /** Operation indexes the reason is about. */
  operations?: number[];
}

/**
 * Linearizability of one key's list-append history in time linear in its size, for histories
 * where every appended element is unique (`append` input: the element; `read` output: the list).
 *
 * Unique elements make the order of effects visible: the longest read lists, in order, every
 * append that took effect before it, and every other read must be a prefix of it. What remains is
 * to place each operation at a point inside its window (an `info` append's window never closes)
 * in that order: appends e1..en in list order, each read of length i between e_i and e_{i+1}, ok
 * appends missing from the longest read after all of them. Every constraint is "not before X" or
 * "not after my completion", so placing each operation as early as allowed is optimal: the history
 * is linearizable exactly when that greedy placement never passes a completion.
 * (The list-append model search decides the same question but in exponential time; the property
 * test in test/jepsen-lite compares the two.)
 */
export function checkListKey(operations: readonly Operation[]): ListKeyVerdict {
  const appends = operations.filter((operation) => operation.f === 'append' && operation.status !== 'fail');
  const reads = operations.filter((operation) => operation.f === 'read' && operation.status === 'ok');
  const malformed = reads.find((read) => !Array.isArray(read.output));
  if (malformed !== undefined) return { valid: false, reason: 'a read returned something that is not a list', operations: [malformed.index] };
  const lists = reads.map((read) => read.output as unknown[]);
  const longest = lists.reduce<unknown[]>((best, list) => (list.length > best.length ? list : best), []);
  const appendOf = new Map(appends.map((append) => [append.input, append]));
  const order: Operation[] = [];
  for (const element of longest) {
    const append = appendOf.get(element);
    if (append === undefined) return { valid: false, reason: `element ${JSON.stringify(element)} was read but no append of it can have happened` };
    if (order.includes(append)) return { valid: false, reason: `element ${JSON.stringify(element)} appears twice` };
    order.push(append);
  }
  const readsByLength = new Map<number, Operation[]>();
  for (const [position, read] of reads.entries()) {
    const list = lists[position];
    if (!list.every((element, at) => element === longest[at])) return { valid: false, reason: 'two reads are not prefixes of one another', operations: [read.index] };
    readsByLength.set(list.length, [...(readsByLength.get(list.length) ?? []), read]);
  }
  const inLongest = new Set(order);
  const missing = appends.filter((append) => append.status === 'ok' && !inLongest.has(append)).sort((left, right) => left.completeTime - right.completeTime);
  let current = -Infinity;
  for (let length = 0; length <= order.length; length += 1) {
    let readsPoint = current;
    for (const read of readsByLength.get(length) ?? []) {
      const point = Math.max(current, read.invokeTime);
      if (point > read.completeTime) return { valid: false, reason: `a read of ${length} elements ended before the append of element ${length} could have happened`, operations: [read.index, order[length - 1]?.index ?? -1] };
      readsPoint = Math.max(readsPoint, point);
    }
    const next = length < order.length ? order[length] : undefined;
    if (next === undefined) {
      current = readsPoint;
      break;
    }
    current = Math.max(readsPoint, next.invokeTime);
    if (current > next.completeTime) return { valid: false, reason: `the append of element ${length + 1} (${JSON.stringify(next.input)}) ended before an earlier state was still being read or appended to`, operations: [next.index] };
  }
  for (const append of missing) {
    current = Math.max(current, append.invokeTime);
    if (current > append.completeTime) return { valid: false, reason: `acknowledged append of ${JSON.stringify(append.input)} is missing from a read that began after it ended`, operations: [append.index] };
  }
  return { valid: true };
}
