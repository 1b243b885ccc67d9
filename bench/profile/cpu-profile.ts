/**
 * Self time per function from V8 .cpuprofile files (what `node --cpu-prof` writes), optionally cut
 * to a time window. Pure: parsed JSON in, tallies out.
 *
 * A profile holds a call tree (`nodes`, each a call frame with child ids) and the samples: `samples[i]`
 * is the id of the tree node on top of the stack at sample i, `timeDeltas[i]` the µs since sample
 * i-1 (since `startTime` for i = 0). Sample i is charged the time until sample i+1, as Chrome's
 * DevTools does; the last sample is charged the median interval.
 */

/** The parts of a .cpuprofile this module reads. */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; children?: number[] }[];
  /** µs on the V8 monotonic clock (CLOCK_MONOTONIC on Linux, the clock of process.hrtime). */
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** One function's tally. */
export interface FunctionTally {
  /** `name file:line` — the key functions are grouped by. */
  key: string;
  functionName: string;
  /** Repository-relative path, or the raw URL (node:internal/..., empty for V8's own entries). */
  file: string;
  /** 1-based line of the function: in the .ts source when `lineOf` mapped it, else in the code V8 ran; 0 when unknown. */
  line: number;
  selfUs: number;
  samples: number;
}

/** A profile's tallies over a window. */
export interface ProfileTally {
  functions: FunctionTally[];
  /** Every sample's time in the window, µs, idle included. */
  totalUs: number;
  /** Time in `(idle)`: the thread waited in the event loop. */
  idleUs: number;
  /** Samples in the window. */
  samples: number;
  windowUs: { start: number; end: number };
}

/** V8's pseudo-functions: not code, but states of the thread. */
export const idleFunctionName = '(idle)';

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** A short file name: the path below `root` when the URL is inside it. */
export function fileOf(url: string, root: string): string {
  const path = url.startsWith('file://') ? decodeURIComponent(url.slice('file://'.length)) : url;
  const prefix = root.endsWith('/') ? root : `${root}/`;
  if (path.startsWith(prefix)) return path.slice(prefix.length);
  const nodeModules = path.lastIndexOf('/node_modules/');
  return nodeModules === -1 ? path : path.slice(nodeModules + 1);
}

/** Maps a frame to its 1-based source line (see source-lines.ts); undefined = unknown. */
export type LineOf = (frame: CpuProfile['nodes'][number]['callFrame']) => number | undefined;

/** A frame's line: mapped through `lineOf` for TypeScript files (0 when that fails), V8's own otherwise. */
function lineOfFrame(frame: CpuProfile['nodes'][number]['callFrame'], lineOf: LineOf | undefined): number {
  if (frame.url.endsWith('.ts')) return lineOf?.(frame) ?? 0;
  return frame.lineNumber + 1;
}

/**
 * Self time per function within [window.start, window.end] (µs, the profile's clock); all of it
 * without a window. `lineOf` maps TypeScript frames to their source lines.
 */
export function tallyProfile(profile: CpuProfile, root: string, window?: { start: number; end: number }, lineOf?: LineOf): ProfileTally {
  const frames = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  const start = window?.start ?? -Infinity;
  const end = window?.end ?? Infinity;
  const timestamps: number[] = [];
  let now = profile.startTime;
  for (const delta of profile.timeDeltas) {
    now += delta;
    timestamps.push(now);
  }
  const lastInterval = median(profile.timeDeltas.slice(1));
  const byKey = new Map<string, FunctionTally>();
  let totalUs = 0;
  let idleUs = 0;
  let samples = 0;
  for (let index = 0; index < profile.samples.length; index += 1) {
    const at = timestamps[index];
    if (at < start || at > end) continue;
    const durationUs = index + 1 < timestamps.length ? timestamps[index + 1] - at : lastInterval;
    const frame = frames.get(profile.samples[index]);
    if (frame === undefined) throw new Error(`sample ${index} names node ${profile.samples[index]}, which the profile does not hold`);
    const file = fileOf(frame.url, root);
    const line = lineOfFrame(frame, lineOf);
    const functionName = frame.functionName === '' ? '(anonymous)' : frame.functionName;
    const key = file === '' ? functionName : `${functionName} ${file}:${line}`;
    const tally = byKey.get(key) ?? { key, functionName, file, line, selfUs: 0, samples: 0 };
    tally.selfUs += durationUs;
    tally.samples += 1;
    byKey.set(key, tally);
    totalUs += durationUs;
    samples += 1;
    if (frame.functionName === idleFunctionName) idleUs += durationUs;
  }
  const functions = [...byKey.values()].sort((a, b) => b.selfUs - a.selfUs);
  return { functions, totalUs, idleUs, samples, windowUs: { start: Math.max(start, profile.startTime), end: Math.min(end, profile.endTime) } };
}

/** Adds tallies of several profiles (e.g. every node of a cluster) into one. */
export function mergeTallies(tallies: ProfileTally[]): ProfileTally {
  const byKey = new Map<string, FunctionTally>();
  for (const tally of tallies) {
    for (const entry of tally.functions) {
      const merged = byKey.get(entry.key) ?? { ...entry, selfUs: 0, samples: 0 };
      merged.selfUs += entry.selfUs;
      merged.samples += entry.samples;
      byKey.set(entry.key, merged);
    }
  }
  return {
    functions: [...byKey.values()].sort((a, b) => b.selfUs - a.selfUs),
    totalUs: tallies.reduce((sum, tally) => sum + tally.totalUs, 0),
    idleUs: tallies.reduce((sum, tally) => sum + tally.idleUs, 0),
    samples: tallies.reduce((sum, tally) => sum + tally.samples, 0),
    windowUs: { start: Math.min(...tallies.map((tally) => tally.windowUs.start)), end: Math.max(...tallies.map((tally) => tally.windowUs.end)) },
  };
}

/** Self time per file (functions summed), largest first. */
export function tallyByFile(tally: ProfileTally): { file: string; selfUs: number }[] {
  const byFile = new Map<string, number>();
  for (const entry of tally.functions) {
    const file = entry.file === '' ? entry.functionName : entry.file;
    byFile.set(file, (byFile.get(file) ?? 0) + entry.selfUs);
  }
  return [...byFile.entries()].map(([file, selfUs]) => ({ file, selfUs })).sort((a, b) => b.selfUs - a.selfUs);
}

/**
 * The area a file belongs to: `src/raft`, `src/storage`, … for the repository's code, the package
 * for node_modules, `node internals` for Node's own JavaScript, V8's pseudo-functions as they are.
 */
export function areaOf(file: string): string {
  if (file.startsWith('src/') || file.startsWith('bench/') || file.startsWith('test/')) return file.split('/').slice(0, 2).join('/');
  if (file.startsWith('node_modules/')) {
    const parts = file.split('/');
    return parts[1].startsWith('@') ? `${parts[1]}/${parts[2]}` : parts[1];
  }
  if (file.startsWith('node:')) return 'node internals';
  // No URL: V8's pseudo-functions keep their names, native builtins (writeBuffer, now, …) go together.
  return file.startsWith('(') ? file : 'native builtins';
}

/** Self time per area (see areaOf), largest first. */
export function tallyByArea(tally: ProfileTally): { area: string; selfUs: number }[] {
  const byArea = new Map<string, number>();
  for (const { file, selfUs } of tallyByFile(tally)) byArea.set(areaOf(file), (byArea.get(areaOf(file)) ?? 0) + selfUs);
  return [...byArea.entries()].map(([area, selfUs]) => ({ area, selfUs })).sort((a, b) => b.selfUs - a.selfUs);
}
