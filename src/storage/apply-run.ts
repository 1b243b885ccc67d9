/**
 * The working set of one apply call: reads go to the overlay of this run's writes first, then to
 * the db (synchronously, getSync), so later commands see earlier ones; at the end the overlay
 * becomes one batch.
 */
import { ByteReader, ByteWriter } from './bytes.js';
import type { BatchOperation, StorageDb } from './db.js';
import { StorageCorruptionError } from './errors.js';
import { dataKey, sessionKey } from './layout.js';
import type { SessionCache } from './session-cache.js';
import { decodeSession, encodeSession, type SessionRecord } from './sessions.js';

/** A user key's stored state. */
export interface StoredValue {
  value: Uint8Array;
  /** The log index of the write that set it. */
  version: number;
}

/** The stored form of a user value: [version u64][value]. */
export function encodeStoredValue(stored: StoredValue): Uint8Array {
  return new ByteWriter(8 + stored.value.length).uint64(stored.version).bytes(stored.value).finish();
}

/** Reads what encodeStoredValue wrote; a short value is corruption. */
export function decodeStoredValue(shardId: number, value: Uint8Array): StoredValue {
  try {
    const reader = new ByteReader(value);
    return { version: reader.uint64(), value: reader.rest() };
  } catch (error) {
    throw new StorageCorruptionError(shardId, 'user value', undefined, (error as Error).message, { cause: error });
  }
}

function overlayKey(userKey: Uint8Array): string {
  return Buffer.from(userKey.buffer, userKey.byteOffset, userKey.byteLength).toString('latin1');
}

/** Reads and buffered writes of one shard generation during one apply call. */
export class ApplyRun {
  /** null = deleted in this run. */
  private readonly data = new Map<string, { key: Uint8Array; stored: StoredValue | null }>();
  private readonly sessions = new Map<number, SessionRecord>();

  constructor(
    private readonly db: StorageDb,
    readonly shardId: number,
    readonly generation: number,
    /** The shard generation's remembered sessions, read before the db; filled on a miss. */
    private readonly sessionCache?: SessionCache,
  ) {}

  read(userKey: Uint8Array): StoredValue | undefined {
    const pending = this.data.get(overlayKey(userKey));
    if (pending !== undefined) return pending.stored ?? undefined;
    const value = this.db.getSync(dataKey(this.shardId, this.generation, userKey));
    return value === undefined ? undefined : decodeStoredValue(this.shardId, value);
  }

  // Keys and values are kept as views of the entry: operations() copies each into its stored form,
  // and the run ends with the apply call.
  write(userKey: Uint8Array, value: Uint8Array, version: number): void {
    this.data.set(overlayKey(userKey), { key: userKey, stored: { value, version } });
  }

  remove(userKey: Uint8Array): void {
    this.data.set(overlayKey(userKey), { key: userKey, stored: null });
  }

  session(clientId: number): SessionRecord | undefined {
    const pending = this.sessions.get(clientId);
    if (pending !== undefined) return pending;
    const cached = this.sessionCache?.get(clientId);
    if (cached !== undefined) return cached ?? undefined;
    const value = this.db.getSync(sessionKey(this.shardId, this.generation, clientId));
    const stored = value === undefined ? undefined : decodeSession(this.shardId, clientId, value);
    this.sessionCache?.set(clientId, stored ?? null);
    return stored;
  }

  setSession(clientId: number, session: SessionRecord): void {
    this.sessions.set(clientId, session);
  }

  /** Sessions this run sets, to remember once its batch is written. */
  writtenSessions(): ReadonlyMap<number, SessionRecord> {
    return this.sessions;
  }

  /** The run's writes as batch operations. */
  operations(): BatchOperation[] {
    const operations: BatchOperation[] = [];
    for (const { key, stored } of this.data.values()) {
      const fullKey = dataKey(this.shardId, this.generation, key);
      operations.push(stored === null ? { type: 'del', key: fullKey } : { type: 'put', key: fullKey, value: encodeStoredValue(stored) });
    }
    for (const [clientId, session] of this.sessions) {
      operations.push({ type: 'put', key: sessionKey(this.shardId, this.generation, clientId), value: encodeSession(session) });
    }
    return operations;
  }
}
