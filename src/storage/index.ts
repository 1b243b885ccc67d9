/** The public surface of Tessera's storage layer. */
export { NodeStorage, type ApplyOptions, type ShardApply, type NodeStorageOptions } from './node-storage.js';
export type { ShardUpdate } from './log-writer.js';
export type { AppliedEntry } from './state-machine.js';
export type { ScanRange } from './reads.js';
export type { SnapshotHeader } from './snapshot-format.js';
export { BackupStream, type BackupSummary } from './backup-stream.js';
export type { BackupShard } from './backup-tally.js';
export { verifyBackup } from './backup.js';
export { ShardLog, entrySizeBytes } from './log-store.js';
export { createClassicLevel, createMemoryLevel, type StorageDb } from './db.js';
export { BackupInvalidError, SnapshotStreamError, StorageCorruptionError, StorageError, StorageInvariantError, type StorageErrorCode } from './errors.js';
export { defaultStorageLimits, keyBytesMax, keyBytesMin, resolveStorageLimits, scanItemsDefault, scanItemsMax, txnOperationsMax, validateCommand, validateKey, validateValue, valueBytesMax, type StorageLimits } from './limits.js';
export { prefixEnd } from './layout.js';
