import type { NodeId } from './types.js';

/** Stable codes of the errors the Raft core throws for expected failures. */
export type RaftErrorCode =
  | 'TESSERA_NOT_LEADER'
  | 'TESSERA_PROPOSAL_DROPPED'
  | 'TESSERA_CONFIG_INVALID'
  | 'TESSERA_LOG_COMPACTED'
  | 'TESSERA_LOG_UNAVAILABLE'
  | 'TESSERA_SNAPSHOT_TEMPORARILY_UNAVAILABLE';

/** Base of every expected failure the core reports; `code` is stable, the message may change. */
export class RaftError extends Error {
  constructor(
    readonly code: RaftErrorCode,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** The request needs the leader and this node is not it. Retryable at `leaderHint` (noNode = unknown). */
export class NotLeaderError extends RaftError {
  constructor(readonly leaderHint: NodeId) {
    super('TESSERA_NOT_LEADER', leaderHint === 0 ? 'not the leader; no leader known' : `not the leader; try node ${leaderHint}`);
  }
}

/** Why a leader refused a proposal. All are transient: retry after a short backoff. */
export type ProposalDropReason = 'leader-transfer' | 'uncommitted-size' | 'conf-change-pending' | 'conf-change-invalid';

/** The leader refused the proposal without appending it (backpressure or a transient state). Retryable. */
export class ProposalDroppedError extends RaftError {
  constructor(
    readonly reason: ProposalDropReason,
    detail: string,
  ) {
    super('TESSERA_PROPOSAL_DROPPED', `proposal dropped (${reason}): ${detail}`);
  }
}

/** A RaftConfig failed validation; `violations` lists every problem found, not just the first. */
export class ConfigError extends RaftError {
  constructor(readonly violations: string[]) {
    super('TESSERA_CONFIG_INVALID', `invalid raft config: ${violations.join('; ')}`);
  }
}

/** True for the errors LogStorage throws when an index is below the compaction point or above the log. */
export function isLogGapError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'TESSERA_LOG_COMPACTED' || code === 'TESSERA_LOG_UNAVAILABLE';
}

/** True for the error LogStorage.snapshot() throws while a snapshot is being prepared. */
export function isSnapshotTemporarilyUnavailable(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'TESSERA_SNAPSHOT_TEMPORARILY_UNAVAILABLE';
}

/** LogStorage: the index is below firstIndex() - 1 (compacted into a snapshot). */
export class LogCompactedError extends RaftError {
  constructor(readonly index: number) {
    super('TESSERA_LOG_COMPACTED', `log index ${index} is compacted`);
  }
}

/** LogStorage: the index is beyond lastIndex(). */
export class LogUnavailableError extends RaftError {
  constructor(readonly index: number) {
    super('TESSERA_LOG_UNAVAILABLE', `log index ${index} is not available`);
  }
}

/** LogStorage.snapshot(): a snapshot is being prepared; the leader retries later. */
export class SnapshotTemporarilyUnavailableError extends RaftError {
  constructor() {
    super('TESSERA_SNAPSHOT_TEMPORARILY_UNAVAILABLE', 'snapshot temporarily unavailable');
  }
}
