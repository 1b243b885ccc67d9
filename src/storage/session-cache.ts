/**
 * The client sessions of one shard generation kept in memory, so applying a command does not read
 * LevelDB synchronously on the event loop for its client's session. Read-through (a miss is read
 * once from the db, an absent session is remembered as such) and written after each apply batch
 * is written. Bounded by lru-cache: the least recently used client goes first, and is read again
 * if it returns.
 */
import { LRUCache } from 'lru-cache';
import type { SessionRecord } from './sessions.js';

/** Clients remembered per shard; a client beyond it costs one synchronous db read per apply run. */
export const sessionCacheClientsMax = 4096;

/** lru-cache holds no null: the db's "no session" is remembered as this record. */
const absent: SessionRecord = Object.freeze({ sequence: -1, result: new Uint8Array(0) });

/** One shard generation's sessions: client id → record, or null when the db holds none. */
export class SessionCache {
  private readonly records: LRUCache<number, SessionRecord>;

  constructor(clientsMax = sessionCacheClientsMax) {
    this.records = new LRUCache<number, SessionRecord>({ max: clientsMax });
  }

  /** The remembered session; undefined when not remembered (read the db). */
  get(clientId: number): SessionRecord | null | undefined {
    const record = this.records.get(clientId);
    return record === absent ? null : record;
  }

  /** Remembers what the db holds (or will hold once the current batch is written) for `clientId`. */
  set(clientId: number, record: SessionRecord | null): void {
    const held = this.records.peek(clientId);
    if (record !== null && held !== undefined && held !== absent) {
      // Updated in place: lru-cache's set of an existing key cost ≈ 3 % of a node's CPU at 256
      // writes in flight (bench/RESULTS.md, optimisation 16). Recency is kept by get(), which
      // every apply of the client's command calls first. The held record is the cache's own copy,
      // and nothing keeps one past the synchronous planning that reads it.
      held.sequence = record.sequence;
      held.result = record.result;
      return;
    }
    this.records.set(clientId, record === null ? absent : { sequence: record.sequence, result: record.result });
  }

  /** Forgets everything (the shard's data generation changed). */
  clear(): void {
    this.records.clear();
  }
}
