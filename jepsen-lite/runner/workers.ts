import type { TesseraClient } from '../../src/client/index.js';
import { sleep } from '../nemesis/schedule.js';
import type { OperationRequest, Workload } from '../workloads/workload.js';
import type { SeededRandom } from './random.js';
import type { HistoryRecorder, ProcessIds } from './recorder.js';

/** What one worker needs. */
export interface WorkerOptions {
  client: TesseraClient;
  workload: Workload;
  recorder: HistoryRecorder;
  processes: ProcessIds;
  random: SeededRandom;
  /** Date.now() at which the worker stops issuing operations. */
  untilMs: number;
  /** Mean pause between two operations of this worker, in ms (0: none). */
  meanGapMs: number;
  opTimeoutMs: number;
  signal: AbortSignal;
}

/**
 * One logical client: issues the workload's operations one at a time until `untilMs`, recording
 * invoke and completion. After an `info` its process is retired and it continues as a fresh one,
 * as Jepsen does: the unknown operation may still take effect at any time.
 */
export async function runWorker(options: WorkerOptions): Promise<void> {
  const { recorder, workload } = options;
  let process = options.processes.next();
  while (!options.signal.aborted && Date.now() < options.untilMs) {
    if (options.meanGapMs > 0) await sleep(options.random.between(0, 2 * options.meanGapMs), options.signal);
    if (options.signal.aborted || Date.now() >= options.untilMs) break;
    const request = workload.generate(options.random);
    const typeOf = await runOperation(options.client, workload, request, process, recorder, options.opTimeoutMs);
    if (typeOf === 'info') process = options.processes.next();
  }
}

/** Runs one operation and records its invoke and completion; resolves with the completion type. */
export async function runOperation(client: TesseraClient, workload: Workload, request: OperationRequest, process: number, recorder: HistoryRecorder, timeoutMs: number): Promise<'ok' | 'fail' | 'info'> {
  recorder.record({ process, type: 'invoke', f: request.f, key: request.key, value: request.value });
  const outcome = await workload.invoke(client, request, { timeoutMs }).catch((error: unknown) => ({ type: 'info' as const, value: undefined, error: `workload threw: ${String(error)}` }));
  const event = { process, type: outcome.type, f: request.f, key: request.key, value: outcome.type === 'ok' ? outcome.value : (outcome.value ?? request.value) };
  recorder.record(outcome.error === undefined ? event : { ...event, error: outcome.error });
  return outcome.type;
}

/**
 * The final reads after healing: each read is retried (a failed read changes nothing and keeps its
 * process) until it succeeds or `untilMs` passes. Resolves with the reads that never succeeded.
 */
export async function runFinalReads(options: { client: TesseraClient; workload: Workload; recorder: HistoryRecorder; processes: ProcessIds; untilMs: number; opTimeoutMs: number }): Promise<OperationRequest[]> {
  const missing: OperationRequest[] = [];
  let process = options.processes.next();
  for (const request of options.workload.finalReads()) {
    let type: 'ok' | 'fail' | 'info' = 'fail';
    while (type !== 'ok' && Date.now() < options.untilMs) {
      type = await runOperation(options.client, options.workload, request, process, options.recorder, options.opTimeoutMs);
      if (type === 'info') process = options.processes.next();
      if (type !== 'ok') await sleep(100);
    }
    if (type !== 'ok') missing.push(request);
  }
  return missing;
}
