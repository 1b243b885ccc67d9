/** A usage mistake on the command line: tessctl exits with code 2 and the reason. */
export class UsageError extends Error {}
