/** The set, bank and append checkers on small hand-made histories, valid and not. */
import { describe, expect, it } from 'vitest';
import { checkAppendAnomalies } from '../../jepsen-lite/checkers/append-checker.js';
import { checkBank } from '../../jepsen-lite/checkers/bank-checker.js';
import { checkSet } from '../../jepsen-lite/checkers/set-checker.js';
import { partitionByKey } from '../../jepsen-lite/checker/linearizable.js';
import { pairOperations } from '../../jepsen-lite/history/operation.js';
import { history } from './history-builder.js';

const operations = (text: string) => pairOperations(history(text));

describe('set checker', () => {
  it('accepts a final read with every acknowledged add and some unknown ones', () => {
    const result = checkSet(operations(`
      0 invoke add 1
      0 ok add 1
      1 invoke add 2
      1 info add 2
      2 invoke add 3
      2 fail add 3
      3 invoke read nil
      3 ok read [1 2]`));
    expect(result).toMatchObject({ valid: true, acknowledged: 1, unknownPresent: 1, lost: [], unexpected: [], failedButPresent: [] });
  });

  it('reports lost, never-added and failed-but-present elements', () => {
    const result = checkSet(operations(`
      0 invoke add 1
      0 ok add 1
      1 invoke add 3
      1 fail add 3
      2 invoke read nil
      2 ok read [3 9]`));
    expect(result).toMatchObject({ valid: false, lost: [1], unexpected: [9], failedButPresent: [3] });
  });

  it('says unknown without a final read', () => {
    expect(checkSet(operations('0 invoke add 1\n0 ok add 1')).valid).toBe('unknown');
  });
});

describe('bank checker', () => {
  it('accepts reads with the constant total and flags the others', () => {
    const good = checkBank(operations(`
      0 invoke read nil
      0 ok read [50 150]
      1 invoke transfer nil
      1 ok transfer nil`), { accounts: 2, total: 200 });
    expect(good).toMatchObject({ valid: true, reads: 1, transfers: { ok: 1, fail: 0, info: 0 } });
    const bad = checkBank(operations(`
      0 invoke read nil
      0 ok read [60 150]
      1 invoke read nil
      1 ok read [-10 210]
      2 invoke read nil
      2 ok read [200]`), { accounts: 2, total: 200 });
    expect(bad.valid).toBe(false);
    expect(bad.anomalies.map((anomaly) => anomaly.type)).toEqual(['wrong-total', 'negative-balance', 'malformed-read']);
  });
});

describe('append anomaly checker', () => {
  const anomalies = (text: string) => checkAppendAnomalies(partitionByKey(operations(text))).map((anomaly) => anomaly.type);

  it('finds nothing wrong in reads that extend each other', () => {
    expect(anomalies(`
      0 invoke append 1 @a
      0 ok append 1 @a
      1 invoke read nil @a
      1 ok read [1] @a
      0 invoke append 2 @a
      0 ok append 2 @a
      1 invoke read nil @a
      1 ok read [1 2] @a`)).toEqual([]);
  });

  it('flags duplicates, unknown elements, incompatible reads and lost acknowledged appends', () => {
    expect(anomalies(`
      0 invoke append 1 @a
      0 ok append 1 @a
      0 invoke append 2 @a
      0 ok append 2 @a
      1 invoke read nil @a
      1 ok read [1 1] @a
      1 invoke read nil @a
      1 ok read [2 7] @a`)).toEqual(['duplicate', 'lost-acknowledged', 'never-appended', 'lost-acknowledged', 'incompatible-reads']);
  });
});
