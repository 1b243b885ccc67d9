import { readFile, writeFile } from 'node:fs/promises';
import { HistoryError } from './errors.js';
import { isEventType, type HistoryEvent } from './event.js';

/** Parses history.jsonl text (one JSON event per line; blank lines ignored). */
export function parseHistoryJsonl(text: string): HistoryEvent[] {
  const events: HistoryEvent[] = [];
  text.split('\n').forEach((line, lineIndex) => {
    if (line.trim() === '') return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch (cause) {
      throw new HistoryError('JEPSEN_HISTORY_PARSE', `line ${lineIndex + 1}: not JSON`, { cause });
    }
    events.push(toEvent(parsed, lineIndex + 1));
  });
  return events;
}

/** Serializes events as history.jsonl text: one JSON object a line, newline-terminated. */
export function serializeHistoryJsonl(events: readonly HistoryEvent[]): string {
  return events.map((event) => JSON.stringify(event) + '\n').join('');
}

/** Reads a history.jsonl file. */
export async function readHistoryJsonlFile(path: string): Promise<HistoryEvent[]> {
  return parseHistoryJsonl(await readFile(path, 'utf8'));
}

/** Writes events to a history.jsonl file, replacing it. */
export async function writeHistoryJsonlFile(path: string, events: readonly HistoryEvent[]): Promise<void> {
  await writeFile(path, serializeHistoryJsonl(events), 'utf8');
}

/** Validates one parsed line against the event shape. */
export function toEvent(parsed: unknown, lineNumber: number): HistoryEvent {
  const fail = (what: string): HistoryError =>
    new HistoryError('JEPSEN_HISTORY_PARSE', `line ${lineNumber}: ${what}`);
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw fail('not an object');
  const record = parsed as Record<string, unknown>;
  if (!Number.isSafeInteger(record.process)) throw fail('process is not an integer');
  if (!isEventType(record.type)) throw fail(`type ${JSON.stringify(record.type)} is not invoke/ok/fail/info`);
  if (typeof record.f !== 'string') throw fail('f is not a string');
  if (record.key !== undefined && typeof record.key !== 'string') throw fail('key is not a string');
  if (typeof record.time !== 'number' || !Number.isFinite(record.time)) throw fail('time is not a finite number');
  const event: HistoryEvent = { process: record.process as number, type: record.type, f: record.f, time: record.time };
  if (record.key !== undefined) event.key = record.key;
  if (record.value !== undefined) event.value = record.value;
  return event;
}
