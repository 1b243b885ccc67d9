/** Linearizability checking of Jepsen-style histories, per key, against sequential models. */
export * from './errors.js';
export * from './model.js';
export * from './result.js';
export * from './linearizable.js';
export * from './search.js';
export * from './timeline.js';
export * from './models/index.js';
