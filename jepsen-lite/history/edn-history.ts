import { parseEdn } from './edn.js';
import { HistoryError } from './errors.js';
import { toEvent } from './jsonl.js';
import type { HistoryEvent } from './event.js';

/**
 * Histories printed as one Clojure map a line, as in the kv-append fixtures:
 *   {:process 0, :type :invoke, :f :append, :key "0", :value "x 0 0 y"}
 * Events without a :time get their position among the events as time, which keeps the recorded
 * real-time order. Events of non-numeric processes (the nemesis) are skipped: they are not client
 * operations.
 */
export function parseEdnHistory(text: string): HistoryEvent[] {
  const events: HistoryEvent[] = [];
  text.split('\n').forEach((line, lineIndex) => {
    if (line.trim() === '') return;
    let parsed: unknown;
    try {
      parsed = parseEdn(line);
    } catch (cause) {
      throw new HistoryError('JEPSEN_HISTORY_PARSE', `line ${lineIndex + 1}: not an EDN map`, { cause });
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      throw new HistoryError('JEPSEN_HISTORY_PARSE', `line ${lineIndex + 1}: not an EDN map`);
    }
    const record = { ...(parsed as Record<string, unknown>) };
    if (typeof record.process !== 'number') return;
    if (record.time === undefined) record.time = events.length;
    if (typeof record.key === 'number') record.key = String(record.key);
    events.push(toEvent(record, lineIndex + 1));
  });
  return events;
}
