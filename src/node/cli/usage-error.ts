/** Bad command-line usage: the message is shown as is and the CLI exits with 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
