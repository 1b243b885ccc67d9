import type { Entry, HardState, Message, ReadState, Snapshot, SoftState } from './types.js';

/**
 * What the caller must do for a RawNode, in this order, before calling advance():
 *
 * 1. Send `messagesBeforePersist` at once (they may travel while step 2 runs).
 * 2. Persist durably, atomically per node: `snapshot` (if any), then `entries` (an entry at index i
 *    replaces every stored entry at i and above), then `hardState` (if any).
 * 3. Only after step 2 is on disk, send `messages`.
 * 4. Apply `committedEntries` to the state machine, in order.
 * 5. Answer `readStates` once the applied index reaches each one's index.
 * 6. Call advance().
 *
 * A node that crashes between ready() and the end of step 2 loses that Ready; the core is safe
 * with that because nothing in `messages` has left yet.
 */
export interface Ready {
  /** Set when leader or role changed since the last Ready. Not persisted. */
  softState: SoftState | null;
  /** Set when term, vote or commit changed since the last Ready. Must be durable before `messages` are sent. */
  hardState: HardState | null;
  /** A snapshot to install; replaces the whole log and state machine. Must be durable before `entries`. */
  snapshot: Snapshot | null;
  /** Entries to append to stable storage. Empty when there is nothing new. */
  entries: Entry[];
  /** Entries committed and not yet handed out; apply in order. */
  committedEntries: Entry[];
  /**
   * Messages that do not depend on this Ready being durable: a leader's appends, heartbeats and
   * snapshots to followers. A leader counts its own log toward commit only after advance(), so
   * sending these before the local fsync completes is safe.
   */
  messagesBeforePersist: Message[];
  /** Messages that may leave only after `hardState`, `entries` and `snapshot` are durable (votes, append acknowledgements, ...). */
  messages: Message[];
  /** ReadIndex and lease reads that are now ready to be served locally. */
  readStates: ReadState[];
  /** True when `hardState` or `entries` need an fsync (false for commit-only hard state changes). */
  mustSync: boolean;
}
