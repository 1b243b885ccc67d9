/**
 * Errors raised by the checker and its models. Codes are stable; messages may change.
 */
export const checkerErrorCodes = {
  /** A model was given an operation it does not know (unknown f, or an input of the wrong shape). */
  JEPSEN_MODEL_BAD_OPERATION: 'JEPSEN_MODEL_BAD_OPERATION',
  /** A checker option is out of range. */
  JEPSEN_CHECKER_BAD_OPTION: 'JEPSEN_CHECKER_BAD_OPTION',
} as const;

/** The stable code of a CheckerError. */
export type CheckerErrorCode = keyof typeof checkerErrorCodes;

/** A checker or model failure that is not a verdict: the input or the options are wrong. */
export class CheckerError extends Error {
  readonly code: CheckerErrorCode;

  constructor(code: CheckerErrorCode, message: string) {
    super(message);
    this.name = 'CheckerError';
    this.code = code;
  }
}
