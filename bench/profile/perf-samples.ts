/**
 * On-CPU attribution from `perf script` stacks of Node threads (recorded with `perf record -g` of
 * nodes started with --perf-basic-prof). A .cpuprofile charges wall time: a main thread that waits
 * for a CPU, or blocks on a lock, is charged to whatever function it was in. perf's cpu-clock
 * samples only fire while the thread runs, so this tally is CPU time. Pure: text in, tallies out.
 *
 * Each sample is charged as V8's profiler would: to the nearest JavaScript function on its stack
 * (builtins, native bindings and the kernel work they cause count as that function's self time),
 * to `(garbage collector)` when V8's heap code is on the stack, or else to `(native) SYMBOL`, the
 * innermost frame of Node, libuv or an addon (epoll waits show as uv__io_poll).
 */

/** One stack frame: symbol without offset, and the object it lives in. */
export interface PerfFrame {
  symbol: string;
  dso: string;
}

/** One sample of one thread. */
export interface PerfSample {
  tid: number;
  frames: PerfFrame[];
}

const headerPattern = /^\S.*?\s+(\d+)\s+[\d.]+:\s+\d+\s+\S+:\s*$/;
const framePattern = /^\s+[0-9a-f]+\s+(.*?)(?:\+0x[0-9a-f]+)?\s+\((.*)\)\s*$/;

/** Parses `perf script` output (header line, then one frame per line leaf first, blank line between samples). */
export function parsePerfScript(text: string): PerfSample[] {
  const samples: PerfSample[] = [];
  let current: PerfSample | null = null;
  for (const line of text.split('\n')) {
    const header = headerPattern.exec(line);
    if (header !== null) {
      current = { tid: Number(header[1]), frames: [] };
      samples.push(current);
      continue;
    }
    const frame = framePattern.exec(line);
    if (frame !== null && current !== null) current.frames.push({ symbol: frame[1], dso: frame[2] });
  }
  return samples;
}

/** A JavaScript frame from --perf-basic-prof: `JS:*name url:line:column` (`*` optimized, `^` baseline, `~` interpreted). */
export interface JsFrame {
  functionName: string;
  url: string;
  /** 1-based, as V8 writes them into the perf map. */
  line: number;
  column: number;
}

/** Reads a JS frame's parts, or null for a native frame. */
export function jsFrameOf(frame: PerfFrame): JsFrame | null {
  const match = /^(?:JS|LazyCompile|Function):[*^~+]?(.*?)\s*((?:file:\/\/|node:|\/)\S*?):(\d+):(\d+)$/.exec(frame.symbol);
  if (match === null) return null;
  return { functionName: match[1] === '' ? '(anonymous)' : match[1], url: match[2].startsWith('/') ? `file://${match[2]}` : match[2], line: Number(match[3]), column: Number(match[4]) };
}

const garbageCollectorPattern = /v8::internal::(Heap|Scavenger|ScavengerCollector|MarkCompactCollector|MinorMarkCompactCollector|ConcurrentMarking|IncrementalMarking|GCTracer|MemoryAllocator|Sweeper)\b/;

/** What a sample is charged to: a JS frame, `(garbage collector)`, or `(native) SYMBOL`. */
export type Charge = { kind: 'js'; frame: JsFrame } | { kind: 'gc' } | { kind: 'native'; symbol: string };

/** The charge of one sample (see the module comment). */
export function chargeOf(sample: PerfSample): Charge {
  if (sample.frames.some((frame) => garbageCollectorPattern.test(frame.symbol))) return { kind: 'gc' };
  for (const frame of sample.frames) {
    const js = jsFrameOf(frame);
    if (js !== null) return { kind: 'js', frame: js };
  }
  // No JavaScript on the stack: name the innermost frame of Node, libuv or an addon (not the kernel or libc).
  const own = sample.frames.find((frame) => !frame.dso.includes('kernel') && !/\blib(c|m|pthread)[.-]/.test(frame.dso));
  return { kind: 'native', symbol: (own ?? sample.frames[0])?.symbol.replace(/\(.*$/, '') ?? '[unknown]' };
}

/**
 * The JavaScript functions on a sample's stack, each once (recursion counts once): tallying these
 * over samples gives inclusive time, the share of samples a function was running or waiting on a callee in.
 */
export function jsFramesOnStack(sample: PerfSample): JsFrame[] {
  const seen = new Set<string>();
  const frames: JsFrame[] = [];
  for (const frame of sample.frames) {
    const js = jsFrameOf(frame);
    if (js === null) continue;
    const key = `${js.url}:${js.line}:${js.column}`;
    if (seen.has(key)) continue;
    seen.add(key);
    frames.push(js);
  }
  return frames;
}
