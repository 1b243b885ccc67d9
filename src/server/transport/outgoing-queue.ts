/**
 * A FIFO of encoded messages bounded by count and by bytes. When full, the oldest messages go:
 * Raft resends what matters, and the newest messages carry the freshest state (terms, commits).
 */
import { type EncodedGroupMessage, framedSizeBytes } from './batch-codec.js';

const released: EncodedGroupMessage = new Uint8Array(0);

/** A bounded FIFO of encoded GroupMessages for one peer. */
export class OutgoingQueue {
  // A head index instead of shift(): shift() is O(n) and the queue may hold thousands.
  private items: EncodedGroupMessage[] = [];
  private head = 0;
  private bytes = 0;

  constructor(
    private readonly messagesMax: number,
    private readonly bytesMax: number,
  ) {
    if (!(messagesMax > 0) || !(bytesMax > 0)) throw new TypeError('queue bounds must be positive');
  }

  /** Messages queued. */
  get length(): number {
    return this.items.length - this.head;
  }

  /** Framed bytes queued. */
  get sizeBytes(): number {
    return this.bytes;
  }

  /** Appends a message, evicting the oldest ones beyond the bounds. Returns how many were evicted. */
  push(encoded: EncodedGroupMessage): number {
    this.items.push(encoded);
    this.bytes += framedSizeBytes(encoded);
    let evicted = 0;
    while (this.length > this.messagesMax || (this.bytes > this.bytesMax && this.length > 1)) {
      this.shiftOne();
      evicted += 1;
    }
    if (evicted > 0) this.compact();
    return evicted;
  }

  /** Removes and returns the oldest messages whose framed size fits `bytesMax` (at least one). */
  takeBatch(bytesMax: number): EncodedGroupMessage[] {
    if (this.length === 0) return [];
    if (this.head === 0 && this.bytes <= bytesMax) return this.takeAll();
    const batch: EncodedGroupMessage[] = [];
    let batchBytes = 0;
    while (this.length > 0) {
      const sizeBytes = framedSizeBytes(this.items[this.head]);
      if (batch.length > 0 && batchBytes + sizeBytes > bytesMax) break;
      batch.push(this.shiftOne());
      batchBytes += sizeBytes;
    }
    this.compact();
    return batch;
  }

  /** Empties the queue; returns how many messages it held. */
  clear(): number {
    const count = this.length;
    this.items = [];
    this.head = 0;
    this.bytes = 0;
    return count;
  }

  private takeAll(): EncodedGroupMessage[] {
    const all = this.items;
    this.items = [];
    this.bytes = 0;
    return all;
  }

  private shiftOne(): EncodedGroupMessage {
    const encoded = this.items[this.head];
    // Release the slot now: compaction is lazy and must not pin sent batches in memory.
    this.items[this.head] = released;
    this.head += 1;
    this.bytes -= framedSizeBytes(encoded);
    return encoded;
  }

  private compact(): void {
    if (this.head === this.items.length) {
      this.items = [];
      this.head = 0;
    } else if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
  }
}
