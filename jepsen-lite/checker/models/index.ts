import type { Model } from '../model.js';
import { kvAppendModel } from './kv-append.js';
import { listAppendModel } from './list-append.js';
import { registerModel } from './register.js';

export { kvAppendModel, listAppendModel, registerModel };

/** The models by name, for the CLI. */
export const modelsByName: Readonly<Record<string, Model<unknown>>> = {
  register: registerModel,
  'kv-append': kvAppendModel as Model<unknown>,
  'list-append': listAppendModel as Model<unknown>,
};
