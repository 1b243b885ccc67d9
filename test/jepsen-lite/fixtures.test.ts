import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkEvents } from '../../jepsen-lite/checker/linearizable.js';
import { kvAppendModel, registerModel } from '../../jepsen-lite/checker/models/index.js';
import type { Model } from '../../jepsen-lite/checker/model.js';
import { parseHistoryText } from '../../jepsen-lite/history/detect.js';

const fixturesDirectory = join(import.meta.dirname, '..', 'fixtures', 'linearizability');


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

// Speed is reported by `npx tsx jepsen-lite/checker/cli.ts`, never asserted here: a loaded CI
// machine must not turn a slow run into a red one. A search over its budget answers 'unknown',
// which fails the label check anyway.
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
    expect(check(entry).label).toBe(entry.label);
  });

  it(`checks all ${cases.length} fixtures with no label mismatch`, () => {
    const mismatches = cases
      .map((entry) => ({ ...entry, got: check(entry).label }))
      .filter((entry) => entry.got !== entry.label)
      .map((entry) => `${entry.folder}/${entry.file}: expected ${entry.label}, got ${entry.got}`);
    expect(mismatches).toEqual([]);
  });
});
