import { isTesseraErrorCode, TesseraError } from '../routing/errors.js';
import type { tessera } from '../wire/proto.js';

/** Turns any failure into the typed Error of a response; an unexpected one becomes TESSERA_INTERNAL. */
export function errorToWire(error: unknown, host: { wireShardMap(): tessera.kv.IShardMap }): tessera.kv.IError {
  if (error instanceof TesseraError) {
    return {
      code: error.code,
      message: error.message,
      leaderHint: error.leaderHint,
      shardId: error.shardId ?? 0,
      epoch: error.epoch ?? 0,
      limit: error.limit ?? '',
      shardMap: error.code === 'TESSERA_EPOCH_MISMATCH' ? host.wireShardMap() : null,
    };
  }
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  if (isTesseraErrorCode(code)) return { code, message };
  return { code: 'TESSERA_INTERNAL', message };
}
