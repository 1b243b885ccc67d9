import { describe, expect, it } from 'vitest';
import { areaOf, fileOf, mergeTallies, tallyByArea, tallyByFile, tallyProfile, type CpuProfile } from '../../bench/profile/cpu-profile.js';
import { decodeMappings, decodeVlq, originalLineAt } from '../../bench/profile/source-lines.js';

const frame = (functionName: string, url: string, lineNumber = 0) => ({ functionName, url, lineNumber, columnNumber: 0 });

/** Samples every 100 µs from t = 1000: idle, a, a, b, a, idle (the last one charged the median, 100). */
const profile: CpuProfile = {
  nodes: [
    { id: 1, callFrame: frame('(root)', ''), children: [2, 3, 4] },
    { id: 2, callFrame: frame('(idle)', '') },
    { id: 3, callFrame: frame('a', 'file:///repo/src/server/store.ts', 0) },
    { id: 4, callFrame: frame('b', 'node:internal/streams/readable', 9) },
  ],
  startTime: 1000,
  endTime: 1700,
  samples: [2, 3, 3, 4, 3, 2],
  timeDeltas: [100, 100, 100, 100, 100, 100],
};

describe('cpu profile tally', () => {
  it('charges each sample the time to the next and groups by function', () => {
    const tally = tallyProfile(profile, '/repo', undefined, () => 57);
    expect(tally.samples).toBe(6);
    expect(tally.totalUs).toBe(600);
    expect(tally.idleUs).toBe(200);
    expect(tally.functions.map((entry) => [entry.key, entry.selfUs, entry.samples])).toEqual([
      ['a src/server/store.ts:57', 300, 3],
      ['(idle)', 200, 2],
      ['b node:internal/streams/readable:10', 100, 1],
    ]);
  });

  it('keeps only samples inside the window', () => {
    const tally = tallyProfile(profile, '/repo', { start: 1250, end: 1450 });
    expect(tally.functions.map((entry) => [entry.functionName, entry.samples, entry.line])).toEqual([['a', 1, 0], ['b', 1, 10]]);
  });

  it('merges profiles and sums by file', () => {
    const one = tallyProfile(profile, '/repo');
    const both = mergeTallies([one, one]);
    expect(both.samples).toBe(12);
    expect(both.functions[0].selfUs).toBe(600);
    expect(tallyByFile(both)[0]).toEqual({ file: 'src/server/store.ts', selfUs: 600 });
    expect(fileOf('file:///elsewhere/node_modules/pkg/x.js', '/repo')).toBe('node_modules/pkg/x.js');
  });
});

describe('source map lines', () => {
  it('decodes base64 VLQ', () => {
    expect(decodeVlq('AAAA')).toEqual([0, 0, 0, 0]);
    expect(decodeVlq('AACA')).toEqual([0, 0, 1, 0]);
    expect(decodeVlq('gBAAD')).toEqual([16, 0, 0, -1]);
  });

  it('finds the original line of a generated column', () => {
    // Generated line 0: column 0 → line 0, column 10 → line 2, column 30 → line 7.
    const lines = decodeMappings('AAAA,UAEA,oBAKA');
    expect(lines[0]).toEqual([[0, 0], [10, 2], [30, 7]]);
    expect([originalLineAt(lines, 0, 5), originalLineAt(lines, 0, 10), originalLineAt(lines, 0, 99), originalLineAt(lines, 1, 0)]).toEqual([0, 2, 7, undefined]);
  });
});

describe('profile areas', () => {
  it('groups files by layer, package or runtime', () => {
    expect([areaOf('src/storage/log-writer.ts'), areaOf('node_modules/@grpc/grpc-js/build/src/call.js'), areaOf('node_modules/classic-level/index.js'), areaOf('node:internal/streams/readable'), areaOf('(garbage collector)')])
      .toEqual(['src/storage', '@grpc/grpc-js', 'classic-level', 'node internals', '(garbage collector)']);
    expect(tallyByArea(tallyProfile(profile, '/repo'))[0]).toEqual({ area: 'src/server', selfUs: 300 });
  });
});
