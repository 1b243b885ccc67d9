import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectHistoryFormat, parseHistoryText, readHistoryFile } from '../../jepsen-lite/history/detect.js';
import { parseEdn } from '../../jepsen-lite/history/edn.js';
import { parseEdnHistory } from '../../jepsen-lite/history/edn-history.js';
import { HistoryError } from '../../jepsen-lite/history/errors.js';
import type { HistoryEvent } from '../../jepsen-lite/history/event.js';
import { parseJepsenLog } from '../../jepsen-lite/history/jepsen-log.js';
import { parseHistoryJsonl, serializeHistoryJsonl, writeHistoryJsonlFile } from '../../jepsen-lite/history/jsonl.js';
import { pairOperations } from '../../jepsen-lite/history/operation.js';
import { history } from './history-builder.js';

function expectCode(action: () => unknown, code: string): void {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(HistoryError);
    expect((error as HistoryError).code).toBe(code);
    return;
  }
  throw new Error(`expected ${code}`);
}

describe('EDN values', () => {
  it('reads the scalars, vectors and maps Jepsen prints', () => {
    expect(parseEdn('nil')).toBe(null);
    expect(parseEdn('[3 nil]')).toEqual([3, null]);
    expect(parseEdn(':timed-out')).toBe('timed-out');
    expect(parseEdn('"x \\"1\\" y"')).toBe('x "1" y');
    expect(parseEdn('{:process 0, :type :ok, :value [1 2]}')).toEqual({ process: 0, type: 'ok', value: [1, 2] });
  });

  it('rejects malformed text with a coded error', () => {
    expectCode(() => parseEdn('[1 2'), 'JEPSEN_HISTORY_PARSE');
    expectCode(() => parseEdn('1 2'), 'JEPSEN_HISTORY_PARSE');
  });
});

describe('fixture formats', () => {
  it('parses jepsen.util log lines with tabs or spaces', () => {
    const events = parseJepsenLog(
      'INFO  jepsen.util - 3\t:invoke\t:cas\t[1 4]\nINFO  jepsen.util - 3   :fail   :cas    [1 4]\n\nINFO  jepsen.util - 12\t:info\t:write\t:timed-out\n',
    );
    expect(events).toEqual([
      { process: 3, type: 'invoke', f: 'cas', value: [1, 4], time: 0 },
      { process: 3, type: 'fail', f: 'cas', value: [1, 4], time: 1 },
      { process: 12, type: 'info', f: 'write', value: 'timed-out', time: 2 },
    ]);
  });

  it('parses Clojure-map lines, skipping the nemesis', () => {
    const events = parseEdnHistory(
      '{:process 0, :type :invoke, :f :append, :key "0", :value "x 0 0 y"}\n{:process :nemesis, :type :info, :f :start}\n{:process 0, :type :ok, :f :append, :key "0", :value "x 0 0 y"}\n',
    );
    expect(events).toEqual([
      { process: 0, type: 'invoke', f: 'append', key: '0', value: 'x 0 0 y', time: 0 },
      { process: 0, type: 'ok', f: 'append', key: '0', value: 'x 0 0 y', time: 1 },
    ]);
  });

  it('detects the format from content', () => {
    expect(detectHistoryFormat('{"process":0,"type":"invoke","f":"read","time":0}\n')).toBe('jsonl');
    expect(detectHistoryFormat('\n{:process 0, :type :invoke, :f :get}')).toBe('edn');
    expect(detectHistoryFormat('INFO  jepsen.util - 0\t:invoke\t:read\tnil')).toBe('jepsen-log');
    expectCode(() => detectHistoryFormat('hello'), 'JEPSEN_HISTORY_UNKNOWN_FORMAT');
  });
});

describe('history.jsonl', () => {
  const events: HistoryEvent[] = [
    { process: 0, type: 'invoke', f: 'cas', key: 'a', value: [null, 1], time: 5 },
    { process: 0, type: 'ok', f: 'cas', key: 'a', value: [null, 1], time: 1_000_000 },
  ];

  it('round-trips through text and files', async () => {
    expect(parseHistoryJsonl(serializeHistoryJsonl(events))).toEqual(events);
    const directory = await mkdtemp(join(tmpdir(), 'jepsen-lite-history-'));
    try {
      const path = join(directory, 'history.jsonl');
      await writeHistoryJsonlFile(path, events);
      expect(await readHistoryFile(path)).toEqual(events);
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  });

  it('rejects events of the wrong shape', () => {
    expectCode(() => parseHistoryJsonl('{"process":0,"type":"done","f":"read","time":0}'), 'JEPSEN_HISTORY_PARSE');
    expectCode(() => parseHistoryJsonl('{"process":0,"type":"ok","f":"read"}'), 'JEPSEN_HISTORY_PARSE');
    expectCode(() => parseHistoryJsonl('not json'), 'JEPSEN_HISTORY_PARSE');
  });
});

describe('pairing invokes with completions', () => {
  it('keeps ok, fail and info statuses; info and unfinished ops complete at Infinity', () => {
    const operations = pairOperations(history(`
      0 invoke write 1
      1 invoke read nil
      0 ok write 1
      1 fail read nil
      2 invoke cas [1 2]
      2 info cas :timed-out
      3 invoke write 5`));
    expect(operations.map((operation) => [operation.process, operation.status, operation.invokeTime, operation.completeTime])).toEqual([
      [0, 'ok', 0, 2],
      [1, 'fail', 1, 3],
      [2, 'info', 4, Infinity],
      [3, 'info', 6, Infinity],
    ]);
    expect(operations[0].output).toBe(1);
    expect(operations[2].input).toEqual([1, 2]);
    expect(operations[2].output).toBeUndefined();
  });

  it('rejects malformed histories with a coded error', () => {
    expectCode(() => pairOperations(history('0 ok read 1')), 'JEPSEN_HISTORY_MALFORMED');
    expectCode(() => pairOperations(history('0 invoke read nil\n0 invoke read nil')), 'JEPSEN_HISTORY_MALFORMED');
    expectCode(() => pairOperations(history('0 invoke read nil\n0 ok write 1')), 'JEPSEN_HISTORY_MALFORMED');
    expectCode(() => pairOperations(history('0 invoke write 1\n0 info write 1\n0 invoke read nil')), 'JEPSEN_HISTORY_MALFORMED');
  });

  it('reads every fixture format through one entry point', () => {
    expect(parseHistoryText('INFO  jepsen.util - 0\t:invoke\t:read\tnil\n')).toHaveLength(1);
  });
});
