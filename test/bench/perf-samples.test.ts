import { describe, expect, it } from 'vitest';
import { chargeOf, jsFrameOf, jsFramesOnStack, parsePerfScript } from '../../bench/profile/perf-samples.js';

const script = `node 15196 14224.974444:    1001001 cpu-clock: 
\t          e67b69 v8::internal::BackingStore::Allocate+0xe9 (/usr/bin/node)
\t           17d2e db_get_sync+0x16e (/x/classic-level.node)
\t    7f037e16957a JS:^_getSync /x/node_modules/classic-level/index.js:91:12+0x33a (/tmp/perf-15196.map)
\t    7f037e1a2799 JS:* file:///repo/src/storage/state-machine.ts:1:687+0x259 (/tmp/perf-15196.map)

node 15197 14224.975000:    1001001 cpu-clock: 
\t          a1 v8::internal::Heap::CollectGarbage+0x1 (/usr/bin/node)
\t    7f037e1a2799 JS:*turn file:///repo/src/server/store.ts:1:5339+0x259 (/tmp/perf-15197.map)

node 15196 14224.976000:    1001001 cpu-clock: 
\t    ffffffff81000000 _raw_spin_unlock_irqrestore+0x1 ([kernel.kallsyms])
\t          b1 epoll_wait+0x1 (/usr/lib/x86_64-linux-gnu/libc.so.6)
\t          c1 uv__io_poll+0x4db (/usr/bin/node)
\t          d1 uv_run+0x187 (/usr/bin/node)
`;

describe('perf samples', () => {
  it('parses samples with their frames, leaf first', () => {
    const samples = parsePerfScript(script);
    expect(samples.map((sample) => [sample.tid, sample.frames.length])).toEqual([[15196, 4], [15197, 2], [15196, 4]]);
    expect(samples[0].frames[1]).toEqual({ symbol: 'db_get_sync', dso: '/x/classic-level.node' });
  });

  it('reads JS frames of --perf-basic-prof maps', () => {
    expect(jsFrameOf({ symbol: 'JS:* file:///repo/src/storage/state-machine.ts:1:687', dso: '' })).toEqual({ functionName: '(anonymous)', url: 'file:///repo/src/storage/state-machine.ts', line: 1, column: 687 });
    expect(jsFrameOf({ symbol: 'JS:^_getSync /x/index.js:91:12', dso: '' })?.url).toBe('file:///x/index.js');
    expect(jsFrameOf({ symbol: 'uv_run', dso: '' })).toBeNull();
  });

  it('charges the nearest JS function, the collector, or the innermost own native frame', () => {
    const [get, collect, idle] = parsePerfScript(script).map(chargeOf);
    expect(get.kind === 'js' && get.frame.functionName).toBe('_getSync');
    expect(collect).toEqual({ kind: 'gc' });
    expect(idle).toEqual({ kind: 'native', symbol: 'uv__io_poll' });
  });

  it('lists every JS function on a stack once, for inclusive tallies', () => {
    const [get, collect, idle] = parsePerfScript(script);
    expect(jsFramesOnStack(get).map((frame) => frame.functionName)).toEqual(['_getSync', '(anonymous)']);
    expect(jsFramesOnStack(collect).map((frame) => frame.functionName)).toEqual(['turn']);
    expect(jsFramesOnStack(idle)).toEqual([]);
    const recursive = parsePerfScript(`node 1 1.0:    1 cpu-clock: \n\t 1 JS:*visit file:///r/a.ts:1:5+0x1 (jitted-1-1.so)\n\t 2 JS:*visit file:///r/a.ts:1:5+0x9 (jitted-1-1.so)\n`);
    expect(jsFramesOnStack(recursive[0])).toHaveLength(1);
  });
});
