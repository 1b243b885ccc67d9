/**
 * Group commit: callers submit work items at any time; at most one write is in flight, and every
 * item that arrived while it was in flight goes into the next write together. With a synced
 * batch costing one fsync, N concurrent callers then pay for ~2 fsyncs instead of N.
 */

/** Most items merged into one write; the rest wait for the next one (bounds batch size). */
export const groupItemsMax = 4096;

interface Waiter<T> {
  item: T;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/**
 * Writes one group of items. Resolves with one slot per item: undefined when the item is durable,
 * or the error that kept that item (alone) out of the write. Rejects when the write failed: then
 * every item of the group fails with that error.
 */
export type GroupWriter<T> = (items: readonly T[]) => Promise<ReadonlyArray<unknown>>;

/** Serializes writes and merges waiting submissions into the next one. Order of submission is kept. */
export class GroupCommitter<T> {
  private readonly waiting: Waiter<T>[] = [];
  private writing = false;
  private idleWaiters: (() => void)[] = [];

  constructor(private readonly writeGroup: GroupWriter<T>) {}

  /** Resolves once `item` is written (and its effects are visible), in submission order. */
  submit(item: T): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.waiting.push({ item, resolve, reject });
      if (!this.writing) void this.drain();
    });
  }

  /** Resolves when nothing is queued or in flight. */
  async idle(): Promise<void> {
    if (!this.writing && this.waiting.length === 0) return;
    await new Promise<void>((resolve) => this.idleWaiters.push(resolve));
  }

  private async drain(): Promise<void> {
    this.writing = true;
    while (this.waiting.length > 0) {
      const group = this.waiting.splice(0, groupItemsMax);
      try {
        const outcomes = await this.writeGroup(group.map((waiter) => waiter.item));
        group.forEach((waiter, i) => (outcomes[i] === undefined ? waiter.resolve() : waiter.reject(outcomes[i])));
      } catch (error) {
        for (const waiter of group) waiter.reject(error);
      }
    }
    this.writing = false;
    const idleWaiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const resolve of idleWaiters) resolve();
  }
}
