import { CheckerError } from '../errors.js';
import type { Model, ModelOperation, StepResult } from '../model.js';

/**
 * One key of a string store: `get` returns the current string ('' when absent), `put` sets it,
 * `append` concatenates its input to it.
 */
export const kvAppendModel: Model<string> = {
  name: 'kv-append',
  init: () => '',
  step: stepKvAppend,
  hash: (state) => state,
  equal: (left, right) => left === right,
  isReadOnly: (f) => f === 'get',
};

function stepKvAppend(state: string, operation: ModelOperation): StepResult<string> {
  switch (operation.f) {
    case 'get':
      return { ok: !operation.outputKnown || (operation.output ?? '') === state, state };
    case 'put':
      return { ok: true, state: stringInput(operation) };
    case 'append':
      return { ok: true, state: state + stringInput(operation) };
    default:
      throw new CheckerError('JEPSEN_MODEL_BAD_OPERATION', `kv-append: unknown f ${JSON.stringify(operation.f)}`);
  }
}

function stringInput(operation: ModelOperation): string {
  if (typeof operation.input !== 'string') {
    throw new CheckerError('JEPSEN_MODEL_BAD_OPERATION', `kv-append: ${operation.f} input must be a string, got ${JSON.stringify(operation.input)}`);
  }
  return operation.input;
}
