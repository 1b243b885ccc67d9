/** Runs async tasks one at a time in submission order (one per shard: apply and ingest never interleave). */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  /** Runs `task` after every task submitted before it has settled; resolves with its result. */
  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.tail.then(task, task);
    this.tail = result.catch(() => undefined);
    return result;
  }

  /**
   * Runs `task` once every task submitted before it to any of `queues` has settled; later tasks of
   * each of them wait for it. The queues must be distinct.
   */
  static runAcross<T>(queues: readonly SerialQueue[], task: () => Promise<T>): Promise<T> {
    if (queues.length === 1) return queues[0].run(task);
    const result = Promise.all(queues.map((queue) => queue.tail)).then(task);
    const settled = result.catch(() => undefined);
    for (const queue of queues) queue.tail = settled;
    return result;
  }

  /** Resolves once every task submitted so far has settled. */
  async idle(): Promise<void> {
    await this.tail;
  }
}
