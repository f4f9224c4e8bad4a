/**
 * Given to you (identical in exercises/ and solutions/): errors with a machine-readable `code`,
 * like Python's `class TransferError(Exception)` with an attribute.
 */
export class TransferError extends Error {
  override readonly name = 'TransferError';
  constructor(
    readonly code: 'INVALID_AMOUNT' | 'SAME_ACCOUNT' | 'UNKNOWN_ACCOUNT' | 'INSUFFICIENT_FUNDS',
    message: string,
  ) {
    super(message);
  }
}

export class MigrationError extends Error {
  override readonly name = 'MigrationError';
  constructor(
    readonly code: 'DUPLICATE_ID' | 'CHECKSUM_MISMATCH' | 'FAILED',
    /** The migration concerned. */
    readonly migrationId: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
