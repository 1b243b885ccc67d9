/** A broken invariant: a programming error. Only the process top level catches it, and the replica crashes. */
export class InvariantViolation extends Error {
  constructor(what: string) {
    super(`invariant violated: ${what}`);
    this.name = 'InvariantViolation';
  }
}

/** Throws InvariantViolation unless `condition` holds. Assertions stay on in every build. */
export function assert(condition: boolean, what: string): asserts condition {
  if (!condition) throw new InvariantViolation(what);
}
