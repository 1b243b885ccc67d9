import { parseEdn } from './edn.js';
import { HistoryError } from './errors.js';
import { isEventType, type HistoryEvent } from './event.js';

/**
 * Jepsen's jepsen.util log lines, as in the etcd fixtures (tabs or spaces between fields):
 *   INFO  jepsen.util - 3	:invoke	:cas	[1 4]
 * The log has no timestamps: each event's time is its position among the events, which keeps
 * the real-time order the log records.
 */
const linePattern = /^INFO\s+jepsen\.util\s+-\s+(\d+)\s+:(\S+)\s+:(\S+)\s*(.*?)\s*$/;

/** True when the line looks like a jepsen.util log line. */
export function isJepsenLogLine(line: string): boolean {
  return /^INFO\s+jepsen\.util\s+-\s+\d+\s+:/.test(line);
}

/** Parses jepsen.util log text into events (blank lines ignored). */
export function parseJepsenLog(text: string): HistoryEvent[] {
  const events: HistoryEvent[] = [];
  text.split('\n').forEach((line, lineIndex) => {
    if (line.trim() === '') return;
    const match = linePattern.exec(line);
    const fail = (what: string): HistoryError =>
      new HistoryError('JEPSEN_HISTORY_PARSE', `line ${lineIndex + 1}: ${what}: ${JSON.stringify(line)}`);
    if (match === null) throw fail('not a jepsen.util log line');
    const [, process, type, f, rawValue] = match;
    if (!isEventType(type)) throw fail(`unknown type :${type}`);
    let value: unknown;
    try {
      value = rawValue === '' ? null : parseEdn(rawValue);
    } catch (cause) {
      throw new HistoryError('JEPSEN_HISTORY_PARSE', `line ${lineIndex + 1}: bad value`, { cause });
    }
    events.push({ process: Number(process), type, f, value, time: events.length });
  });
  return events;
}
