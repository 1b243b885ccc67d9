/**
 * Exponential reconnect backoff with jitter. The delay doubles per failed attempt from
 * reconnectDelayMsMin to reconnectDelayMsMax; each delay is drawn from [half, full] so peers that
 * lost a node at the same moment do not reconnect in lockstep.
 */
import { reconnectDelayMsMax, reconnectDelayMsMin } from './transport-limits.js';

/** A random source returning a float in [0, 1); injectable so tests can pin the jitter. */
export type RandomFloatFunction = () => number;

/** Tracks consecutive connection failures of one peer and the delay before the next attempt. */
export class ReconnectBackoff {
  private failures = 0;

  constructor(private readonly random: RandomFloatFunction = Math.random) {}

  /** Records a failed attempt and returns how long to wait before the next one, in milliseconds. */
  nextDelayMs(): number {
    const exponent = Math.min(this.failures, 16);
    this.failures += 1;
    const ceilingMs = Math.min(reconnectDelayMsMax, reconnectDelayMsMin * 2 ** exponent);
    return Math.round(ceilingMs / 2 + (ceilingMs / 2) * this.random());
  }

  /** Forgets past failures once a stream is established. */
  reset(): void {
    this.failures = 0;
  }
}
