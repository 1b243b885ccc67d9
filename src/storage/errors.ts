/**
 * Typed errors of the storage layer. Codes are stable; messages may change. None of them is
 * retryable by a client: they mean the node's disk or an input file is damaged.
 */

/** Stable codes of the errors src/storage throws for expected (operating) failures. */
export type StorageErrorCode =
  /** A stored record failed its CRC, is missing where it must exist, or cannot be decoded. */
  | 'TESSERA_STORAGE_CORRUPT'
  /** A snapshot stream given to ingest is malformed, truncated or fails a checksum. */
  | 'TESSERA_SNAPSHOT_INVALID'
  /** A backup file is malformed, truncated or fails a checksum; or the restore target is not empty. */
  | 'TESSERA_BACKUP_INVALID';

/** Base of every storage error; `code` is stable. */
export class StorageError extends Error {
  constructor(
    readonly code: StorageErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

/**
 * A record on disk is damaged: never silently skipped or truncated. `shardId` and `index` name the
 * record when it belongs to a shard's log (`index` is undefined for non-log records).
 */
export class StorageCorruptionError extends StorageError {
  constructor(
    readonly shardId: number | undefined,
    readonly record: string,
    readonly index: number | undefined,
    detail: string,
    options?: { cause?: unknown },
  ) {
    const where = `${shardId === undefined ? 'node' : `shard ${shardId}`} ${record}${index === undefined ? '' : ` at index ${index}`}`;
    super('TESSERA_STORAGE_CORRUPT', `storage corrupt: ${where}: ${detail}`, options);
  }
}

/** A snapshot stream is malformed, truncated or fails a checksum; the shard keeps its old state. */
export class SnapshotStreamError extends StorageError {
  constructor(detail: string, options?: { cause?: unknown }) {
    super('TESSERA_SNAPSHOT_INVALID', `invalid snapshot stream: ${detail}`, options);
  }
}

/** A backup file is malformed or fails a checksum, or the restore target is not empty. */
export class BackupInvalidError extends StorageError {
  constructor(detail: string, options?: { cause?: unknown }) {
    super('TESSERA_BACKUP_INVALID', `invalid backup: ${detail}`, options);
  }
}

/** A broken internal rule: a bug in the caller or in storage, never an operating condition. */
export class StorageInvariantError extends Error {
  constructor(message: string) {
    super(`storage invariant violated: ${message}`);
    this.name = 'StorageInvariantError';
  }
}

/** Throws StorageInvariantError when `condition` is false. */
export function check(condition: boolean, what: string): asserts condition {
  if (!condition) throw new StorageInvariantError(what);
}
