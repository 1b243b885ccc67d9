/**
 * A cluster-wide scan. Keys hash to shards, so every shard holds keys from all over the key
 * space: the scan reads each shard page by page over the same range and merges the pages in key
 * order (k-way merge; shard counts are small, so the smallest head is found by a linear pass).
 */
import { compareBytes, fromWire } from './bytes.js';
import type { ScanItem } from './types.js';

/** One page of one shard. */
export interface ScanPage {
  items: ScanItem[];
  /** Set when more keys may follow in this shard. */
  more: boolean;
  /** Where the next page starts (when `more`). */
  nextStart: Uint8Array;
}

/** Reads one page of `shardId` from `start` (inclusive). */
export type PageReader = (shardId: number, start: Uint8Array) => Promise<ScanPage>;

interface Cursor {
  shardId: number;
  items: ScanItem[];
  position: number;
  more: boolean;
  nextStart: Uint8Array;
  /** The next page, fetched while the current one is consumed. */
  prefetch: Promise<ScanPage> | null;
}

/** Yields every item of the shards in key order, at most `limit` (0 = no limit). */
export async function* mergeShards(shardIds: number[], start: Uint8Array, readPage: PageReader, limit: number): AsyncGenerator<ScanItem> {
  const first = await Promise.all(shardIds.map((shardId) => readPage(shardId, start)));
  const cursors: Cursor[] = first.map((page, index) => ({ shardId: shardIds[index], items: page.items, position: 0, more: page.more, nextStart: fromWire(page.nextStart), prefetch: null }));
  let yielded = 0;
  for (;;) {
    if (limit > 0 && yielded >= limit) return;
    // Every cursor must show its head (or be done) before the smallest head can be chosen.
    for (const cursor of cursors) {
      while (cursor.position >= cursor.items.length && cursor.more) await advance(cursor, readPage);
    }
    let smallest: Cursor | null = null;
    for (const cursor of cursors) {
      if (cursor.position >= cursor.items.length) continue;
      if (smallest === null || compareBytes(cursor.items[cursor.position].key, smallest.items[smallest.position].key) < 0) smallest = cursor;
    }
    if (smallest === null) return;
    const item = smallest.items[smallest.position];
    smallest.position += 1;
    if (smallest.more && smallest.prefetch === null && smallest.position >= smallest.items.length / 2) {
      smallest.prefetch = readPage(smallest.shardId, smallest.nextStart);
      smallest.prefetch.catch(() => undefined); // Observed when consumed; a scan abandoned early must not leave an unhandled rejection.
    }
    yielded += 1;
    yield item;
  }
}

async function advance(cursor: Cursor, readPage: PageReader): Promise<void> {
  const page = await (cursor.prefetch ?? readPage(cursor.shardId, cursor.nextStart));
  cursor.prefetch = null;
  cursor.items = page.items;
  cursor.position = 0;
  // A page with no items cannot advance the cursor; treating it as the end rules out an endless loop.
  cursor.more = page.more && page.items.length > 0;
  cursor.nextStart = fromWire(page.nextStart);
}
