import { CheckerError } from '../errors.js';
import { valuesEqual, type Model, type ModelOperation, type StepResult } from '../model.js';

/** A register's value; null is nil (never written). */
export type RegisterState = unknown;

/**
 * A single register starting as nil, with `read` (output: the value), `write` (input: the value)
 * and `cas` (input: [expected, new]). An `ok` cas succeeded, so it requires the register to hold
 * `expected`; a `fail` cas never reaches the model. An `info` cas takes effect only if the register
 * holds `expected` at its linearization point, and is a no-op otherwise.
 */
export const registerModel: Model<RegisterState> = {
  name: 'register',
  init: () => null,
  step: stepRegister,
  hash: (state) => JSON.stringify(state ?? null),
  equal: valuesEqual,
  isReadOnly: (f) => f === 'read',
};

function stepRegister(state: RegisterState, operation: ModelOperation): StepResult<RegisterState> {
  switch (operation.f) {
    case 'read':
      return { ok: !operation.outputKnown || valuesEqual(operation.output, state), state };
    case 'write':
      return { ok: true, state: operation.input ?? null };
    case 'cas': {
      const [expected, replacement] = casInput(operation.input);
      if (valuesEqual(expected, state)) return { ok: true, state: replacement };
      return { ok: !operation.outputKnown, state };
    }
    default:
      throw new CheckerError('JEPSEN_MODEL_BAD_OPERATION', `register: unknown f ${JSON.stringify(operation.f)}`);
  }
}

function casInput(input: unknown): [unknown, unknown] {
  if (!Array.isArray(input) || input.length !== 2) {
    throw new CheckerError('JEPSEN_MODEL_BAD_OPERATION', `register: cas input must be [expected, new], got ${JSON.stringify(input)}`);
  }
  return [input[0] ?? null, input[1] ?? null];
}
