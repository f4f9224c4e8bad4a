/** A gradebook problem with a stable code and a message that says what to do. */
export class GradebookError extends Error {
  constructor(
    readonly code: 'E_DB_URL' | 'E_DB_CONNECT' | 'E_DB_NEWER' | 'E_DB_MIGRATE',
    message: string,
  ) {
    super(message);
    this.name = 'GradebookError';
  }
}
