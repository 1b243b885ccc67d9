/** The Jepsen history model, its pairing into operations, and readers for the formats we meet. */
export * from './errors.js';
export * from './event.js';
export * from './operation.js';
export * from './jsonl.js';
export * from './edn.js';
export * from './jepsen-log.js';
export * from './edn-history.js';
export * from './detect.js';
