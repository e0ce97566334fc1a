/** A start-up problem the user can fix; printed as its message, without a stack trace. */
export class SetupError extends Error {}
