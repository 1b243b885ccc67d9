/**
 * The logging surface the transport needs: a subset of pino's Logger, so pino fits as is and
 * tests can pass a silent stub.
 */

/** A pino-like logger: structured fields first, then the message. */
export interface TransportLogger {
  debug(fields: object, message: string): void;
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
  error(fields: object, message: string): void;
}

/**
 * Lets one warning through per interval and counts the ones it held back, so a peer sending
 * garbage in a loop cannot flood the log.
 */
export class RateLimitedWarning {
  private lastWarnAtMs = -Infinity;
  private suppressed = 0;

  constructor(
    private readonly logger: TransportLogger,
    private readonly intervalMs: number,
  ) {}

  /** Logs at warn level unless one went out within the interval; then logs at debug level. */
  warn(fields: object, message: string): void {
    const nowMs = Date.now();
    if (nowMs - this.lastWarnAtMs < this.intervalMs) {
      this.suppressed += 1;
      this.logger.debug(fields, message);
      return;
    }
    this.lastWarnAtMs = nowMs;
    this.logger.warn({ ...fields, suppressedSinceLast: this.suppressed }, message);
    this.suppressed = 0;
  }
}
