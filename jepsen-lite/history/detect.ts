import { readFile } from 'node:fs/promises';
import { parseEdnHistory } from './edn-history.js';
import { HistoryError } from './errors.js';
import type { HistoryEvent } from './event.js';
import { isJepsenLogLine, parseJepsenLog } from './jepsen-log.js';
import { parseHistoryJsonl } from './jsonl.js';

/** The history formats this module reads. */
export type HistoryFormat = 'jsonl' | 'jepsen-log' | 'edn';

/** Names the format of history text from its first non-blank line. */
export function detectHistoryFormat(text: string): HistoryFormat {
  const firstLine = text.split('\n').find((line) => line.trim() !== '') ?? '';
  const trimmed = firstLine.trim();
  if (/^\{\s*"/.test(trimmed)) return 'jsonl';
  if (/^\{\s*:/.test(trimmed)) return 'edn';
  if (isJepsenLogLine(trimmed)) return 'jepsen-log';
  throw new HistoryError('JEPSEN_HISTORY_UNKNOWN_FORMAT', `unrecognised first line ${JSON.stringify(firstLine.slice(0, 80))}`);
}

/** Parses history text in any known format, detected by content. */
export function parseHistoryText(text: string): HistoryEvent[] {
  const format = detectHistoryFormat(text);
  if (format === 'jsonl') return parseHistoryJsonl(text);
  if (format === 'edn') return parseEdnHistory(text);
  return parseJepsenLog(text);
}

/** Reads a history file in any known format, detected by content. */
export async function readHistoryFile(path: string): Promise<HistoryEvent[]> {
  return parseHistoryText(await readFile(path, 'utf8'));
}
