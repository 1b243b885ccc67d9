import { createWriteStream, type WriteStream } from 'node:fs';
import type { HistoryEvent } from '../history/event.js';

/** A history event as the runner records it: the Jepsen fields, plus the error text of a fail or info. */
export interface RecordedEvent extends HistoryEvent {
  error?: string;
}

/**
 * Records the history of a run: events in the order they happened, each stamped with nanoseconds
 * since the recorder was created, streamed line by line to history.jsonl so a run that dies
 * midway still leaves what it saw.
 */
export class HistoryRecorder {
  private readonly startedNs = process.hrtime.bigint();
  readonly events: RecordedEvent[] = [];
  private readonly stream: WriteStream | null;

  constructor(path: string | null) {
    this.stream = path === null ? null : createWriteStream(path, { flags: 'w' });
  }

  /** Nanoseconds since the start of the run. */
  nowNs(): number {
    return Number(process.hrtime.bigint() - this.startedNs);
  }

  /** Stamps and appends one event. */
  record(event: Omit<RecordedEvent, 'time'>): RecordedEvent {
    const stamped: RecordedEvent = { ...event, time: this.nowNs() };
    this.events.push(stamped);
    this.stream?.write(JSON.stringify(stamped) + '\n');
    return stamped;
  }

  /** Flushes and closes the file. */
  async close(): Promise<void> {
    const stream = this.stream;
    if (stream === null || stream.closed) return;
    await new Promise<void>((resolve) => stream.end(() => resolve()));
  }
}

/** Hands out logical process ids: a process that saw an `info` is retired and never reused. */
export class ProcessIds {
  private nextId = 0;

  /** A process id never handed out before. */
  next(): number {
    const id = this.nextId;
    this.nextId += 1;
    return id;
  }

  /** How many ids were handed out. */
  get count(): number {
    return this.nextId;
  }
}
