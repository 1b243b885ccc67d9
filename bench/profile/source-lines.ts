/**
 * Maps a .cpuprofile call frame in a TypeScript file back to its line in the .ts source.
 *
 * tsx compiles each .ts file with esbuild's minifyWhitespace, so V8 sees a file of one or two long
 * lines and every profile frame says "line 1". tsx keeps what it compiled, code and source map, in
 * its disk cache (os.tmpdir()/tsx-UID/TIME-HASH, JSON `{ code, map }`); the map there is exact for
 * the code V8 ran. A source file may have several cache entries (older versions of it): the one
 * whose code has the frames' function names at the frames' columns is chosen.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';

/** A call frame as a .cpuprofile gives it (0-based line and column). */
export interface FrameLocation {
  url: string;
  functionName: string;
  lineNumber: number;
  columnNumber: number;
}

interface CompiledFile {
  code: string[];
  /** Per generated line: [generated column, original 0-based line] pairs, by column. */
  lines: [number, number][][];
}

const base64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const base64Values = new Map([...base64].map((character, value) => [character, value]));

/** Decodes one segment's base64 VLQ numbers. */
export function decodeVlq(segment: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const character of segment) {
    const digit = base64Values.get(character);
    if (digit === undefined) throw new Error(`bad VLQ character ${JSON.stringify(character)}`);
    value += (digit & 31) * 2 ** shift;
    if ((digit & 32) !== 0) {
      shift += 5;
      continue;
    }
    values.push(value % 2 === 1 ? -(value - 1) / 2 : value / 2);
    value = 0;
    shift = 0;
  }
  return values;
}

/** The [generated column, original line] pairs of each generated line of a source map (one source). */
export function decodeMappings(mappings: string): [number, number][][] {
  const lines: [number, number][][] = [];
  let originalLine = 0;
  for (const lineText of mappings.split(';')) {
    const pairs: [number, number][] = [];
    let generatedColumn = 0;
    for (const segment of lineText.split(',')) {
      if (segment === '') continue;
      const fields = decodeVlq(segment);
      generatedColumn += fields[0];
      if (fields.length >= 4) {
        originalLine += fields[2];
        pairs.push([generatedColumn, originalLine]);
      }
    }
    lines.push(pairs);
  }
  return lines;
}

/** The original 0-based line of a generated position: the last mapping at or before the column. */
export function originalLineAt(lines: [number, number][][], line: number, column: number): number | undefined {
  let found: number | undefined;
  for (const [generatedColumn, originalLine] of lines[line] ?? []) {
    if (generatedColumn > column) break;
    found = originalLine;
  }
  return found;
}

/**
 * True when the function's name stands just before the frame's position: V8 places a function at
 * its parameter list, so `function f(`, `f(){` and `f=(…)=>` all end in the name right before it.
 */
function frameMatches(file: CompiledFile, frame: FrameLocation): boolean {
  const name = frame.functionName.split('.').pop() ?? '';
  if (name === '') return false;
  const text = file.code[frame.lineNumber]?.slice(Math.max(0, frame.columnNumber - name.length - 16), frame.columnNumber + 1) ?? '';
  return text.includes(name);
}

/** Source lines of TypeScript frames, from tsx's compile cache. */
export class TsxSourceLines {
  /** Source path → cache files holding a compilation of it. */
  private readonly entries = new Map<string, string[]>();
  private readonly chosen = new Map<string, CompiledFile | null>();

  constructor(readonly cacheDirectory = join(tmpdir(), `tsx-${userInfo().uid}`)) {
    let names: string[] = [];
    try {
      names = readdirSync(cacheDirectory).filter((name) => /^\d+-[0-9a-f]+$/.test(name));
    } catch {
      return;
    }
    for (const name of names) {
      const text = readFileSync(join(cacheDirectory, name), 'utf8');
      const sources = /"sources":\["([^"]+)"\]/.exec(text.slice(text.lastIndexOf('"sources":')));
      if (sources === null) continue;
      const list = this.entries.get(sources[1]) ?? [];
      list.push(name);
      this.entries.set(sources[1], list);
    }
  }

  /**
   * Chooses, once per source file, the compilation that fits the most of `frames` (all frames of the
   * profile in that file); call before line().
   */
  prepare(frames: FrameLocation[]): void {
    const byPath = new Map<string, FrameLocation[]>();
    for (const frame of frames) {
      if (!frame.url.startsWith('file://') || !frame.url.endsWith('.ts')) continue;
      const path = decodeURIComponent(frame.url.slice('file://'.length));
      byPath.set(path, [...(byPath.get(path) ?? []), frame]);
    }
    for (const [path, pathFrames] of byPath) {
      let best: { file: CompiledFile; score: number } | null = null;
      for (const name of this.entries.get(path) ?? []) {
        const parsed = JSON.parse(readFileSync(join(this.cacheDirectory, name), 'utf8')) as { code: string; map: string | { mappings: string } };
        const map = typeof parsed.map === 'string' ? (JSON.parse(parsed.map) as { mappings: string }) : parsed.map;
        const file: CompiledFile = { code: parsed.code.split('\n'), lines: decodeMappings(map.mappings) };
        const score = pathFrames.filter((frame) => frameMatches(file, frame)).length;
        if (best === null || score > best.score) best = { file, score };
      }
      const named = pathFrames.filter((frame) => frame.functionName !== '').length;
      // A compilation that places fewer than half the named frames is another version of the file.
      this.chosen.set(path, best !== null && best.score * 2 >= named ? best.file : null);
    }
  }

  /** The 1-based .ts line of a frame, or undefined when no fitting compilation was found. */
  line(frame: FrameLocation): number | undefined {
    const file = this.chosen.get(decodeURIComponent(frame.url.slice('file://'.length)));
    if (file === undefined || file === null) return undefined;
    const original = originalLineAt(file.lines, frame.lineNumber, frame.columnNumber);
    return original === undefined ? undefined : original + 1;
  }
}
