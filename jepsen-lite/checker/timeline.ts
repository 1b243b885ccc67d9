import type { Operation } from '../history/operation.js';
import type { KeyResult } from './result.js';

/** What `renderTimelineHtml` draws. */
export interface TimelineInput {
  key: string;
  /** The key's operations, `fail` ones included (drawn greyed). */
  operations: readonly Operation[];
  /** The key's verdict; its counterexample, if any, decides the highlighting. */
  result?: KeyResult;
}

const rowHeightPx = 26;
const labelWidthPx = 90;
const plotWidthPx = 1100;

/**
 * A self-contained HTML page showing one key's operations as bars, one row per process, over time.
 * Operations in the counterexample's prefix are green, the stuck ones (could not come next) red,
 * `fail` ones grey, `info` ones dashed and running to the right edge (they may take effect any time).
 */
export function renderTimelineHtml(input: TimelineInput): string {
  const { operations } = input;
  const finiteTimes = operations.flatMap((operation) => [operation.invokeTime, operation.completeTime]).filter(Number.isFinite);
  const start = finiteTimes.length === 0 ? 0 : Math.min(...finiteTimes);
  const finiteEnd = finiteTimes.length === 0 ? 1 : Math.max(...finiteTimes);
  const end = finiteEnd + Math.max(1, (finiteEnd - start) * 0.05);
  const scale = (time: number): number => ((Math.min(time, end) - start) / Math.max(end - start, 1)) * plotWidthPx;
  const processes = [...new Set(operations.map((operation) => operation.process))].sort((left, right) => left - right);
  const rowOf = new Map(processes.map((process, row) => [process, row]));
  const classOf = classifier(input.result);
  const bars = operations.map((operation) => {
    const left = labelWidthPx + scale(operation.invokeTime);
    const width = Math.max(3, scale(operation.completeTime) - scale(operation.invokeTime));
    const top = (rowOf.get(operation.process) ?? 0) * rowHeightPx + 4;
    const label = describe(operation);
    return `<div class="op ${classOf(operation)}" style="left:${left.toFixed(1)}px;top:${top}px;width:${width.toFixed(1)}px" title="${escapeHtml(label)}">${escapeHtml(label)}</div>`;
  });
  const rows = processes.map(
    (process, row) => `<div class="row" style="top:${row * rowHeightPx}px">process ${process}</div>`,
  );
  const verdict = input.result === undefined ? 'unchecked' : String(input.result.valid);
  const height = processes.length * rowHeightPx + 8;
  return `<!doctype html>
<html><head><meta charset="utf-8"><title>key ${escapeHtml(JSON.stringify(input.key))}: ${verdict}</title>
<style>
body{font:12px sans-serif;margin:16px}
.plot{position:relative;width:${labelWidthPx + plotWidthPx + 20}px;height:${height}px;border-top:1px solid #ccc}
.row{position:absolute;left:0;width:100%;height:${rowHeightPx}px;line-height:${rowHeightPx}px;border-bottom:1px solid #eee;color:#555}
.op{position:absolute;height:${rowHeightPx - 8}px;line-height:${rowHeightPx - 8}px;overflow:hidden;white-space:nowrap;font-size:11px;border-radius:3px;background:#cfe0f7;border:1px solid #6a8fc7;box-sizing:border-box;padding:0 2px}
.op.info{border-style:dashed;background:#eef3fb}
.op.fail{background:#eee;border-color:#bbb;color:#999}
.op.prefix{background:#d3f0d3;border-color:#4a9a4a}
.op.stuck{background:#f7c9c9;border-color:#c22;font-weight:bold}
</style></head><body>
<h1>key ${escapeHtml(JSON.stringify(input.key))}: linearizable = ${escapeHtml(verdict)}</h1>
<p>Bars span invoke to completion. Green: longest linearizable prefix. Red: operations that could not be linearized next. Dashed: unknown outcome (info). Grey: failed (ignored).</p>
<div class="plot">
${rows.join('\n')}
${bars.join('\n')}
</div>
</body></html>
`;
}

function classifier(result: KeyResult | undefined): (operation: Operation) => string {
  const prefix = new Set(result?.counterexample?.prefix.map((operation) => operation.index) ?? []);
  const stuck = new Set(result?.counterexample?.stuck.map((item) => item.operation.index) ?? []);
  return (operation) => {
    if (stuck.has(operation.index)) return 'stuck';
    if (prefix.has(operation.index)) return 'prefix';
    return operation.status;
  };
}

function describe(operation: Operation): string {
  const output = operation.status === 'ok' ? ` → ${JSON.stringify(operation.output ?? null)}` : ` (${operation.status})`;
  return `${operation.f} ${JSON.stringify(operation.input ?? null)}${output}`;
}

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
