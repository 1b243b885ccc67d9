/** CPU time and resident memory of a process, read from /proc (Linux only). */
import { readFileSync } from 'node:fs';

/** USER_HZ: the unit of utime/stime in /proc/PID/stat. 100 on every Linux build Node supports (`getconf CLK_TCK`). */
export const clockTicksPerSecond = 100;

/** One reading of one process. */
export interface ProcessReading {
  /** utime + stime of all threads, in seconds. */
  cpuSeconds: number;
  /** utime + stime of the main thread (the event loop of a Node process), in seconds. */
  mainThreadCpuSeconds: number;
  /** Time the main thread was runnable but waited for a CPU (schedstat field 2), in seconds. */
  mainThreadRunQueueSeconds: number;
  /** VmRSS, in bytes. */
  rssBytes: number;
  /** RssAnon: heap, stacks, caches held in anonymous memory, bytes. */
  rssAnonBytes: number;
  /** RssFile: mapped file pages (etcd's bbolt file, LevelDB's mmapped tables, the binary), bytes. */
  rssFileBytes: number;
}

/**
 * Parses the text of /proc/PID/stat into CPU seconds. The command name (field 2) may hold spaces
 * and parentheses, so fields are counted after its last ')'; utime and stime are fields 14 and 15.
 */
export function cpuSecondsOfStat(statText: string): number {
  const fields = statText.slice(statText.lastIndexOf(')') + 2).split(' ');
  const userTicks = Number(fields[11]);
  const systemTicks = Number(fields[12]);
  if (!Number.isFinite(userTicks) || !Number.isFinite(systemTicks)) throw new Error(`unreadable /proc stat line: ${statText.slice(0, 80)}`);
  return (userTicks + systemTicks) / clockTicksPerSecond;
}

/** Parses /proc/PID/task/TID/schedstat (`on-cpu-ns runqueue-wait-ns timeslices`) into the runqueue wait, seconds. */
export function runQueueSecondsOfSchedstat(schedstatText: string): number {
  const waitNs = Number(schedstatText.trim().split(/\s+/)[1]);
  if (!Number.isFinite(waitNs)) throw new Error(`unreadable schedstat: ${schedstatText}`);
  return waitNs / 1e9;
}

/** Parses a `Name:  N kB` line (VmRSS, RssAnon, RssFile) out of the text of /proc/PID/status, in bytes. */
export function rssBytesOfStatus(statusText: string, field: 'VmRSS' | 'RssAnon' | 'RssFile' = 'VmRSS'): number {
  const match = new RegExp(`^${field}:\\s+(\\d+)\\s+kB`, 'm').exec(statusText);
  if (match === null) throw new Error(`no ${field} line in /proc status`);
  return Number(match[1]) * 1024;
}

/** Reads a live process; undefined once it has exited. */
export function readProcess(pid: number): ProcessReading | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return { cpuSeconds: cpuSecondsOfStat(readFileSync(`/proc/${pid}/stat`, 'utf8')), mainThreadCpuSeconds: cpuSecondsOfStat(readFileSync(`/proc/${pid}/task/${pid}/stat`, 'utf8')), mainThreadRunQueueSeconds: runQueueSecondsOfSchedstat(readFileSync(`/proc/${pid}/task/${pid}/schedstat`, 'utf8')), rssBytes: rssBytesOfStatus(status), rssAnonBytes: rssBytesOfStatus(status, 'RssAnon'), rssFileBytes: rssBytesOfStatus(status, 'RssFile') };
  } catch {
    return undefined;
  }
}

/** The machine's CPU time since boot, in seconds summed over all cores: busy (steal included) and idle (iowait included). */
export interface MachineReading {
  busySeconds: number;
  idleSeconds: number;
}

/** Parses the first line of /proc/stat (`cpu user nice system idle iowait irq softirq steal ...`). */
export function machineReadingOfStat(procStatText: string): MachineReading {
  const line = procStatText.split('\n').find((candidate) => candidate.startsWith('cpu '));
  if (line === undefined) throw new Error('no aggregate cpu line in /proc/stat');
  const [user, nice, system, idle, iowait, irq, softirq, steal] = line.trim().split(/\s+/).slice(1, 9).map(Number);
  return { busySeconds: (user + nice + system + irq + softirq + (steal ?? 0)) / clockTicksPerSecond, idleSeconds: (idle + iowait) / clockTicksPerSecond };
}

function readMachine(): MachineReading {
  return machineReadingOfStat(readFileSync('/proc/stat', 'utf8'));
}

/** The whole machine over a window: how busy, and how much of it was not the benchmark's processes. */
export interface MachineUsage {
  /** Busy CPU of all cores as % of one core (200 = both cores of a 2-core machine busy). */
  busyPercent: number;
  /** busyPercent minus every watched process: other work on the machine (and hypervisor steal). */
  othersPercent: number;
}

/** A process the benchmark watches, with a label for tables ("client", "tessera-1", "etcd-2"). */
export interface WatchedProcess {
  label: string;
  pid: number;
}

/** What one process did over a window. */
export interface ProcessUsage {
  label: string;
  pid: number;
  /** CPU over the window as % of one core (200 = two cores busy). */
  cpuPercent: number;
  /** The main thread's share of cpuPercent: near 100 means the event loop is saturated. */
  mainThreadCpuPercent: number;
  /** % of the window the main thread was runnable but waiting for a CPU: time lost to other processes. */
  mainThreadRunQueuePercent: number;
  /** VmRSS at the end of the window, MiB. */
  rssMiB: number;
  /** Highest VmRSS seen during the window (sampled every samplePeriodMs), MiB. */
  rssPeakMiB: number;
  /** RssAnon and RssFile at the end of the window, MiB (RssShmem makes up the rest of rssMiB). */
  rssAnonMiB: number;
  rssFileMiB: number;
}

/** Samples processes over one window: call start(), then finish(). */
export class UsageWindow {
  static readonly samplePeriodMs = 500;
  private readonly first = new Map<number, ProcessReading>();
  private firstMachine: MachineReading = { busySeconds: 0, idleSeconds: 0 };
  /** Set by finish(). */
  machine: MachineUsage = { busyPercent: Number.NaN, othersPercent: Number.NaN };
  private readonly peak = new Map<number, number>();
  private startedAtMs = 0;
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly processes: WatchedProcess[]) {}

  start(): void {
    this.startedAtMs = performance.now();
    this.firstMachine = readMachine();
    for (const watched of this.processes) {
      const reading = readProcess(watched.pid);
      if (reading !== undefined) this.first.set(watched.pid, reading);
    }
    this.sample();
    this.timer = setInterval(() => this.sample(), UsageWindow.samplePeriodMs);
  }

  finish(): ProcessUsage[] {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
    const elapsedSeconds = Math.max(1e-3, (performance.now() - this.startedAtMs) / 1000);
    const machineNow = readMachine();
    const usages = this.processes.map((watched) => {
      const before = this.first.get(watched.pid);
      const after = readProcess(watched.pid);
      const rssPeak = Math.max(this.peak.get(watched.pid) ?? 0, after?.rssBytes ?? 0);
      const percentOf = (seconds: (reading: ProcessReading) => number): number => (before === undefined || after === undefined ? Number.NaN : ((seconds(after) - seconds(before)) / elapsedSeconds) * 100);
      const cpuPercent = percentOf((reading) => reading.cpuSeconds);
      const mainThreadCpuPercent = percentOf((reading) => reading.mainThreadCpuSeconds);
      const mainThreadRunQueuePercent = percentOf((reading) => reading.mainThreadRunQueueSeconds);
      const mebibytes = (bytes: number | undefined): number => (bytes ?? Number.NaN) / 2 ** 20;
      return { label: watched.label, pid: watched.pid, cpuPercent, mainThreadCpuPercent, mainThreadRunQueuePercent, rssMiB: mebibytes(after?.rssBytes), rssPeakMiB: rssPeak / 2 ** 20, rssAnonMiB: mebibytes(after?.rssAnonBytes), rssFileMiB: mebibytes(after?.rssFileBytes) };
    });
    const busyPercent = ((machineNow.busySeconds - this.firstMachine.busySeconds) / elapsedSeconds) * 100;
    const watchedPercent = usages.reduce((sum, usage) => sum + (Number.isFinite(usage.cpuPercent) ? usage.cpuPercent : 0), 0);
    this.machine = { busyPercent, othersPercent: Math.max(0, busyPercent - watchedPercent) };
    return usages;
  }

  private sample(): void {
    for (const watched of this.processes) {
      const reading = readProcess(watched.pid);
      if (reading !== undefined) this.peak.set(watched.pid, Math.max(this.peak.get(watched.pid) ?? 0, reading.rssBytes));
    }
  }
}
