import { describe, expect, it } from 'vitest';
import { CheckerError } from '../../jepsen-lite/checker/errors.js';
import { checkEvents } from '../../jepsen-lite/checker/linearizable.js';
import { kvAppendModel, listAppendModel, registerModel } from '../../jepsen-lite/checker/models/index.js';
import type { Model } from '../../jepsen-lite/checker/model.js';
import type { HistoryEvent } from '../../jepsen-lite/history/event.js';
import { history } from './history-builder.js';

function validity<State>(events: HistoryEvent[], model: Model<State> = registerModel as Model<State>): boolean | 'unknown' {
  return checkEvents(events, { model }).valid;
}

describe('register: histories that pass', () => {
  it('sequential write then read', () => {
    expect(validity(history(`
      0 invoke write 1
      0 ok write 1
      1 invoke read nil
      1 ok read 1`))).toBe(true);
  });

  it('a read of nil before any write', () => {
    expect(validity(history(`
      0 invoke read nil
      0 ok read nil`))).toBe(true);
  });

  it('a read concurrent with a write may see the old value', () => {
    expect(validity(history(`
      0 invoke write 1
      1 invoke read nil
      1 ok read nil
      0 ok write 1`))).toBe(true);
  });

  it('a read concurrent with a write may see the new value', () => {
    expect(validity(history(`
      1 invoke read nil
      0 invoke write 1
      1 ok read 1
      0 ok write 1`))).toBe(true);
  });

  it('two overlapping writes may take effect in either order', () => {
    const writes = `
      0 invoke write 1
      1 invoke write 2
      0 ok write 1
      1 ok write 2`;
    expect(validity(history(`${writes}
      2 invoke read nil
      2 ok read 1`))).toBe(true);
    expect(validity(history(`${writes}
      2 invoke read nil
      2 ok read 2`))).toBe(true);
  });

  it('an info write that takes effect late, between two later reads', () => {
    expect(validity(history(`
      0 invoke write 1
      0 info write :timed-out
      1 invoke read nil
      1 ok read nil
      2 invoke read nil
      2 ok read 1
      3 invoke read nil
      3 ok read 1`))).toBe(true);
  });

  it('an info write that never takes effect', () => {
    expect(validity(history(`
      0 invoke write 1
      0 info write :timed-out
      1 invoke read nil
      1 ok read nil`))).toBe(true);
  });

  it('an invoke never completed counts as info', () => {
    expect(validity(history(`
      0 invoke write 3
      1 invoke read nil
      1 ok read 3`))).toBe(true);
  });

  it('fail operations are ignored', () => {
    expect(validity(history(`
      0 invoke write 1
      0 fail write 1
      1 invoke cas [nil 2]
      1 fail cas [nil 2]
      2 invoke read nil
      2 ok read nil`))).toBe(true);
  });

  it('cas succeeds on the expected value, an info cas may apply', () => {
    expect(validity(history(`
      0 invoke write 1
      0 ok write 1
      1 invoke cas [1 2]
      1 ok cas [1 2]
      2 invoke cas [2 3]
      2 info cas :timed-out
      3 invoke read nil
      3 ok read 3`))).toBe(true);
  });
});

describe('register: histories that fail', () => {
  it('stale read after a write completes', () => {
    const result = checkEvents(history(`
      0 invoke write 1
      0 ok write 1
      0 invoke write 2
      0 ok write 2
      1 invoke read nil
      1 ok read 1`), { model: registerModel });
    expect(result.valid).toBe(false);
    const counterexample = result.keys[''].counterexample;
    expect(counterexample?.prefix.map((operation) => operation.input)).toEqual([1, 2]);
    expect(counterexample?.stateAfterPrefix).toBe('2');
    expect(counterexample?.stuck.map((item) => [item.operation.f, item.reason])).toEqual([['read', 'model-rejects']]);
  });

  it('lost write: a completed write is not visible to a later read', () => {
    expect(validity(history(`
      0 invoke write 1
      0 ok write 1
      1 invoke read nil
      1 ok read nil`))).toBe(false);
  });

  it('cas double success: two cas from the same expected value both succeed', () => {
    expect(validity(history(`
      0 invoke write 0
      0 ok write 0
      1 invoke cas [0 1]
      2 invoke cas [0 2]
      1 ok cas [0 1]
      2 ok cas [0 2]`))).toBe(false);
  });

  it('a read of a never-written value', () => {
    expect(validity(history(`
      0 invoke write 1
      0 info write :timed-out
      1 invoke read nil
      1 ok read 7`))).toBe(false);
  });

  it('an info write cannot take effect before it is invoked', () => {
    expect(validity(history(`
      1 invoke read nil
      1 ok read 1
      0 invoke write 1
      0 info write :timed-out`))).toBe(false);
  });

  it('a value seen after an info write cannot go back', () => {
    expect(validity(history(`
      0 invoke write 1
      0 ok write 1
      1 invoke write 2
      1 info write :timed-out
      2 invoke read nil
      2 ok read 2
      3 invoke read nil
      3 ok read 1`))).toBe(false);
  });

  it('a failed write must not be visible', () => {
    expect(validity(history(`
      0 invoke write 1
      0 fail write 1
      1 invoke read nil
      1 ok read 1`))).toBe(false);
  });
});

describe('kv-append and list-append models, per key', () => {
  it('concurrent appends in either order', () => {
    const appends = `
      0 invoke append "a" @k
      1 invoke append "b" @k
      0 ok append "a" @k
      1 ok append "b" @k
      2 invoke get nil @k`;
    expect(validity(history(`${appends}\n2 ok get "ab" @k`), kvAppendModel)).toBe(true);
    expect(validity(history(`${appends}\n2 ok get "ba" @k`), kvAppendModel)).toBe(true);
    expect(validity(history(`${appends}\n2 ok get "a" @k`), kvAppendModel)).toBe(false);
  });

  it('an absent key reads as empty, put replaces', () => {
    expect(validity(history(`
      0 invoke get nil @k
      0 ok get "" @k
      0 invoke put "x" @k
      0 ok put "x" @k
      0 invoke append "y" @k
      0 ok append "y" @k
      0 invoke get nil @k
      0 ok get "xy" @k`), kvAppendModel)).toBe(true);
  });

  it('one bad key makes the history invalid and is the one reported', () => {
    const result = checkEvents(history(`
      0 invoke append "a" @good
      0 ok append "a" @good
      0 invoke get nil @good
      0 ok get "a" @good
      0 invoke append "a" @bad
      0 ok append "a" @bad
      0 invoke get nil @bad
      0 ok get "" @bad`), { model: kvAppendModel });
    expect(result.valid).toBe(false);
    expect(result.keys.good.valid).toBe(true);
    expect(result.keys.bad.valid).toBe(false);
    expect(result.keys.bad.opCount).toBe(2);
  });

  it('list-append reads return the whole list', () => {
    const appends = `
      0 invoke append 1 @k
      0 ok append 1 @k
      1 invoke append 2 @k
      1 info append 2 @k
      0 invoke read nil @k`;
    expect(validity(history(`${appends}\n0 ok read [1] @k`), listAppendModel)).toBe(true);
    expect(validity(history(`${appends}\n0 ok read [1 2] @k`), listAppendModel)).toBe(true);
    expect(validity(history(`${appends}\n0 ok read [2 1] @k`), listAppendModel)).toBe(false);
  });
});

describe('time budget', () => {
  it("answers 'unknown' when a key's search exceeds its budget", () => {
    // Sixteen concurrent writes then a read of a value nobody wrote: the search must try every
    // subset of writes before it can say no, far more than 20 ms of work.
    const writerCount = 16;
    const lines: string[] = [];
    for (let process = 0; process < writerCount; process += 1) lines.push(`${process} invoke write ${process}`);
    for (let process = 0; process < writerCount; process += 1) lines.push(`${process} ok write ${process}`);
    lines.push(`${writerCount} invoke read nil`, `${writerCount} ok read 99`);
    const result = checkEvents(history(lines.join('\n')), { model: registerModel, timeBudgetMsPerKey: 20 });
    // Without the budget the search would run to completion and answer false.
    expect(result.valid).toBe('unknown');
  });

  it('rejects a non-positive budget with a coded error', () => {
    expect(() => checkEvents([], { model: registerModel, timeBudgetMsPerKey: 0 })).toThrow(CheckerError);
  });
});
