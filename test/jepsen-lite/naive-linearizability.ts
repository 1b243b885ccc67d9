import type { Model } from '../../jepsen-lite/checker/model.js';
import type { Operation } from '../../jepsen-lite/history/operation.js';

/**
 * The definition, executed by brute force for tiny histories: some order of all ok operations
 * plus any subset of info ones (the rest never happened) respects real time (a before b when a
 * completes strictly before b is invoked) and is accepted by the model. Fail ops are ignored.
 */
export function naiveLinearizable<State>(operations: readonly Operation[], model: Model<State>): boolean {
  const candidates = operations.filter((operation) => operation.status !== 'fail');
  const okCount = candidates.filter((operation) => operation.status === 'ok').length;
  const used = new Array<boolean>(candidates.length).fill(false);
  const search = (state: State, okUsed: number): boolean => {
    if (okUsed === okCount) return true;
    for (let index = 0; index < candidates.length; index += 1) {
      if (used[index] || !isMinimal(index)) continue;
      const operation = candidates[index];
      const known = operation.status === 'ok';
      const result = model.step(state, { f: operation.f, input: operation.input, output: operation.output, outputKnown: known });
      if (!result.ok) continue;
      used[index] = true;
      const found = search(result.state, okUsed + (known ? 1 : 0));
      used[index] = false;
      if (found) return true;
    }
    return false;
  };
  const isMinimal = (index: number): boolean =>
    candidates.every(
      (other, otherIndex) =>
        used[otherIndex] || otherIndex === index || other.status !== 'ok' || !(other.completeTime < candidates[index].invokeTime),
    );
  return search(model.init(), 0);
}
