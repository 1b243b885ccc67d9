import { parseEdn } from '../../jepsen-lite/history/edn.js';
import { isEventType, type HistoryEvent } from '../../jepsen-lite/history/event.js';

/**
 * Builds a history from compact lines `PROCESS TYPE F [VALUE] [@KEY]`, one event a line, times
 * 0, 1, 2… in line order. VALUE is EDN (`nil`, `3`, `[1 2]`, `"x"`). Example:
 *   0 invoke write 1
 *   0 ok write 1
 */
export function history(text: string): HistoryEvent[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line, time) => {
      const keyMatch = / @(\S+)$/.exec(line);
      const body = keyMatch === null ? line : line.slice(0, keyMatch.index);
      const [process, type, f, ...rest] = body.split(/\s+/);
      if (!isEventType(type)) throw new TypeError(`bad type in ${JSON.stringify(line)}`);
      const event: HistoryEvent = { process: Number(process), type, f, time };
      if (rest.length > 0) event.value = parseEdn(rest.join(' '));
      if (keyMatch !== null) event.key = keyMatch[1];
      return event;
    });
}
