/**
 * The client sessions of one shard generation kept in memory, so applying a command does not read
 * LevelDB synchronously on the event loop for its client's session. Read-through (a miss is read
 * once from the db, an absent session is remembered as null) and written after each apply batch
 * is written. Bounded: the least recently used client goes first, and is read again if it returns.
 */
import type { SessionRecord } from './sessions.js';

/** Clients remembered per shard; a client beyond it costs one synchronous db read per apply run. */
export const sessionCacheClientsMax = 4096;

/** One shard generation's sessions: client id → record, or null when the db holds none. */
export class SessionCache {
  private readonly records = new Map<number, SessionRecord | null>();

  constructor(private readonly clientsMax = sessionCacheClientsMax) {}

  /** The remembered session; undefined when not remembered (read the db). */
  get(clientId: number): SessionRecord | null | undefined {
    const record = this.records.get(clientId);
    if (record === undefined) return undefined;
    // Re-inserting keeps the Map in least-recently-used order for eviction.
    this.records.delete(clientId);
    this.records.set(clientId, record);
    return record;
  }

  /** Remembers what the db holds (or will hold once the current batch is written) for `clientId`. */
  set(clientId: number, record: SessionRecord | null): void {
    this.records.delete(clientId);
    this.records.set(clientId, record);
    if (this.records.size > this.clientsMax) {
      const oldest = this.records.keys().next();
      if (oldest.done !== true) this.records.delete(oldest.value);
    }
  }

  /** Forgets everything (the shard's data generation changed). */
  clear(): void {
    this.records.clear();
  }
}
