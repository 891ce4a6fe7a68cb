/** Values an error message may interpolate; kept primitive so they survive IPC and logging. */
export type ErrorParams = Readonly<Record<string, string | number>>;

/**
 * An error the UI can translate. `code` is a key in the i18n `errors` namespace (e.g. "backup.corrupt");
 * core and db code never carry user-visible wording, only the code and its parameters.
 */
export class CodedError<Code extends string = string> extends Error {
  readonly code: Code;
  readonly params: ErrorParams;

  constructor(code: Code, params: ErrorParams = {}, options?: { cause?: unknown }) {
    super(code, options);
    this.name = 'CodedError';
    this.code = code;
    this.params = params;
  }
}

export function isCodedError(error: unknown): error is CodedError {
  return error instanceof CodedError;
}
