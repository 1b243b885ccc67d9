/**
 * The progress bar of `tessctl snapshot save` (cli-progress, on stderr): bytes received against
 * the node's size-on-disk estimate, with rate and ETA. Shown only on a terminal: not with --json
 * and not when stdout is piped or redirected, so scripts see the summary line alone.
 */
import cliProgress from 'cli-progress';
import type { ReceiveProgress } from './snapshot-receive.js';

/** A ReceiveProgress that can be taken off the screen. */
export interface SnapshotProgress extends ReceiveProgress {
  stop(): void;
}

const binaryUnits = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];

/** `bytes` in binary units with one decimal: 0 B, 512 B, 1.5 KiB, 12.0 MiB. */
export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < binaryUnits.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return unit === 0 ? `${bytes} B` : `${value.toFixed(1)} ${binaryUnits[unit]}`;
}

/** The bar's text after the bar itself: "12.0 MiB / ~40.0 MiB | 8.1 MiB/s", or without the estimate when there is none. */
export function progressLine(bytesReceived: number, estimatedBytes: number, elapsedMs: number): string {
  const rate = elapsedMs > 0 ? `${formatBytes(Math.round((bytesReceived * 1000) / elapsedMs))}/s` : '-';
  const expected = estimatedBytes > 0 ? ` / ~${formatBytes(estimatedBytes)}` : '';
  return `${formatBytes(bytesReceived)}${expected} | ${rate}`;
}

const silent: SnapshotProgress = { begin: () => {}, update: () => {}, stop: () => {} };

/** A bar on stderr when `enabled`, otherwise callbacks that do nothing. */
export function snapshotProgress(enabled: boolean): SnapshotProgress {
  if (!enabled) return silent;
  let bar: cliProgress.SingleBar | undefined;
  let estimatedBytes = 0;
  let startedMs = 0;
  return {
    begin(nodeId, estimate) {
      estimatedBytes = estimate;
      startedMs = Date.now();
      const format = estimate > 0 ? `node ${nodeId} snapshot [{bar}] {percentage}% | {line} | ETA {eta_formatted}` : `node ${nodeId} snapshot | {line}`;
      bar = new cliProgress.SingleBar({ format, stream: process.stderr, gracefulExit: false, hideCursor: null, etaBuffer: 50, fps: 5 });
      bar.start(Math.max(estimate, 1), 0, { line: progressLine(0, estimate, 0) });
    },
    update(bytesReceived) {
      if (bar === undefined) return;
      // The estimate is the node's size on disk; the file may outgrow it (compression), so the bar's total follows.
      if (bytesReceived > bar.getTotal()) bar.setTotal(bytesReceived);
      bar.update(bytesReceived, { line: progressLine(bytesReceived, Math.max(estimatedBytes, bytesReceived), Date.now() - startedMs) });
    },
    stop() {
      bar?.stop();
      bar = undefined;
    },
  };
}
