/**
 * Errors raised while reading or pairing a history. Codes are stable; messages may change.
 */
export const historyErrorCodes = {
  /** A line could not be parsed in the format it was read as; the message names the line. */
  JEPSEN_HISTORY_PARSE: 'JEPSEN_HISTORY_PARSE',
  /** The content matches none of the known history formats. */
  JEPSEN_HISTORY_UNKNOWN_FORMAT: 'JEPSEN_HISTORY_UNKNOWN_FORMAT',
  /** Invokes and completions do not pair up (double invoke, orphan completion, f mismatch, reuse after info). */
  JEPSEN_HISTORY_MALFORMED: 'JEPSEN_HISTORY_MALFORMED',
} as const;

/** The stable code of a HistoryError. */
export type HistoryErrorCode = keyof typeof historyErrorCodes;

/** A history that cannot be read or paired. */
export class HistoryError extends Error {
  readonly code: HistoryErrorCode;

  constructor(code: HistoryErrorCode, message: string, options: { cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'HistoryError';
    this.code = code;
  }
}
