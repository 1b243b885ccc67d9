/**
 * The client-session table that makes retries exactly-once. Per shard and data generation:
 * client id → (last applied sequence, that command's encoded CommandResult). A command whose
 * sequence equals the stored one is a retry and gets the stored result; an older sequence gets a
 * typed error result (its response is no longer kept); a newer one is applied and replaces the
 * entry. Client id 0 has no session.
 */
import { tessera } from '../wire/proto.js';
import { ByteReader, ByteWriter } from './bytes.js';
import { StorageCorruptionError } from './errors.js';

/** One client's session. */
export interface SessionRecord {
  sequence: number;
  /** The encoded tessera.kv.CommandResult of `sequence`. */
  result: Uint8Array;
}

/** The stored value of a session: [sequence u64][encoded CommandResult]. */
export function encodeSession(session: SessionRecord): Uint8Array {
  return new ByteWriter(8 + session.result.length).uint64(session.sequence).bytes(session.result).finish();
}

/** Reads what encodeSession wrote; a short value is corruption. */
export function decodeSession(shardId: number, clientId: number, value: Uint8Array): SessionRecord {
  try {
    const reader = new ByteReader(value);
    return { sequence: reader.uint64(), result: reader.rest() };
  } catch (error) {
    throw new StorageCorruptionError(shardId, `session of client ${clientId}`, undefined, (error as Error).message, { cause: error });
  }
}

/**
 * A decoded uint64 field as a number. Generated messages carry a protobufjs Long as the default
 * of an unset uint64 field (the default is fixed before src/wire/proto.ts disables Long), so
 * every uint64 read from a decoded message goes through here.
 */
export function uint64Field(value: number | { toNumber(): number } | null | undefined): number {
  if (value === null || value === undefined) return 0;
  return typeof value === 'number' ? value : value.toNumber();
}

/** What the session table says about a command before it is applied. */
export type SessionVerdict = { kind: 'apply' } | { kind: 'retry'; result: tessera.kv.CommandResult } | { kind: 'stale'; result: tessera.kv.CommandResult };

/** Decides whether `command` is new, a retry of the last applied command, or older than that. */
export function judgeCommand(command: tessera.kv.Command.$Properties, session: SessionRecord | undefined): SessionVerdict {
  const sequence = uint64Field(command.sequence);
  if (uint64Field(command.clientId) === 0 || session === undefined || sequence > session.sequence) return { kind: 'apply' };
  if (sequence === session.sequence) return { kind: 'retry', result: tessera.kv.CommandResult.decode(session.result) };
  const message = `client ${uint64Field(command.clientId)} sequence ${sequence} is older than its last applied sequence ${session.sequence}; its response is no longer kept`;
  return { kind: 'stale', result: errorResult(command, 'TESSERA_INVALID_ARGUMENT', message) };
}

/** A CommandResult of the command's own kind carrying only an error (empty result for a command with no operation). */
export function errorResult(command: tessera.kv.Command.$Properties, code: string, message: string): tessera.kv.CommandResult {
  const error = { code, message };
  if (command.put) return tessera.kv.CommandResult.create({ put: { error } });
  if (command.delete) return tessera.kv.CommandResult.create({ delete: { error } });
  if (command.cas) return tessera.kv.CommandResult.create({ cas: { error } });
  if (command.txn) return tessera.kv.CommandResult.create({ txn: { error } });
  return tessera.kv.CommandResult.create({});
}
