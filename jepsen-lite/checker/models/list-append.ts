import { CheckerError } from '../errors.js';
import { valuesEqual, type Model, type ModelOperation, type StepResult } from '../model.js';

/**
 * One key holding a list: `append` adds its input at the end, `read` returns the whole list
 * (an absent key reads as the empty list; nil output is accepted as empty).
 */
export const listAppendModel: Model<readonly unknown[]> = {
  name: 'list-append',
  init: () => [],
  step: stepListAppend,
  hash: (state) => JSON.stringify(state),
  equal: valuesEqual,
  isReadOnly: (f) => f === 'read',
};

function stepListAppend(state: readonly unknown[], operation: ModelOperation): StepResult<readonly unknown[]> {
  switch (operation.f) {
    case 'read':
      return { ok: !operation.outputKnown || valuesEqual(operation.output ?? [], state), state };
    case 'append':
      return { ok: true, state: [...state, operation.input] };
    default:
      throw new CheckerError('JEPSEN_MODEL_BAD_OPERATION', `list-append: unknown f ${JSON.stringify(operation.f)}`);
  }
}
