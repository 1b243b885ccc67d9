import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkEvents } from '../../jepsen-lite/checker/linearizable.js';
import { kvAppendModel, registerModel } from '../../jepsen-lite/checker/models/index.js';
import type { Model } from '../../jepsen-lite/checker/model.js';
import { parseHistoryText } from '../../jepsen-lite/history/detect.js';

const fixturesDirectory = join(import.meta.dirname, '..', 'fixtures', 'linearizability');

/** Per-file verdict time allowed; the slowest fixture takes well under a second. */
const fileTimeMsMax = 5_000;
/** Time allowed for every fixture together ("seconds, not minutes"). */
const totalTimeMsMax = 15_000;

interface LabelledFile {
  folder: string;
  file: string;
  label: 'linearizable' | 'not-linearizable';
}

function labels(folder: string): LabelledFile[] {
  return readFileSync(join(fixturesDirectory, folder, 'LABELS.txt'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [file, label] = line.trim().split(/\s+/);
      if (label !== 'linearizable' && label !== 'not-linearizable') throw new TypeError(`bad label line ${line}`);
      return { folder, file, label };
    });
}

const modelOf: Record<string, Model<unknown>> = {
  'etcd-register': registerModel,
  'kv-append': kvAppendModel as Model<unknown>,
};

const cases = [...labels('etcd-register'), ...labels('kv-append')];

function check(entry: LabelledFile): { label: string; elapsedMs: number } {
  const text = readFileSync(join(fixturesDirectory, entry.folder, entry.file), 'utf8');
  const result = checkEvents(parseHistoryText(text), { model: modelOf[entry.folder] });
  const label = result.valid === true ? 'linearizable' : result.valid === false ? 'not-linearizable' : 'unknown';
  return { label, elapsedMs: result.elapsedMs };
}

describe('labelled fixtures', () => {
  it('has the expected fixture sets', () => {
    expect(labels('etcd-register').length).toBe(52);
    expect(labels('kv-append').length).toBe(4);
  });

  it.each(cases)('$folder/$file is $label', (entry) => {
    const { label, elapsedMs } = check(entry);
    expect(label).toBe(entry.label);
    expect(elapsedMs, `verdict took ${elapsedMs.toFixed(1)} ms`).toBeLessThan(fileTimeMsMax);
  });

  it(`checks all ${cases.length} fixtures in under ${totalTimeMsMax / 1000} s with no label mismatch`, () => {
    const started = performance.now();
    const mismatches = cases
      .map((entry) => ({ ...entry, got: check(entry).label }))
      .filter((entry) => entry.got !== entry.label)
      .map((entry) => `${entry.folder}/${entry.file}: expected ${entry.label}, got ${entry.got}`);
    const elapsedMs = performance.now() - started;
    expect(mismatches).toEqual([]);
    expect(elapsedMs, `all fixtures took ${elapsedMs.toFixed(0)} ms`).toBeLessThan(totalTimeMsMax);
  });
});
