import { CodedError } from '../core/errors';

/** Codes the UI translates (errors:platform.*). Main sends them across IPC as the error message. */
export const PLATFORM_ERROR_CODES = [
  'platform.tooLarge',
  'platform.tooManyFiles',
  'platform.readFailed',
  'platform.writeFailed',
  'platform.diskFull',
  'platform.notPermitted',
  'platform.invalidRequest',
  'platform.unavailable',
] as const;

export type PlatformErrorCode = (typeof PLATFORM_ERROR_CODES)[number];

/** A host capability failed (file too large, disk full, …); the message is the code, never prose. */
export class PlatformError extends CodedError<PlatformErrorCode> {
  constructor(code: PlatformErrorCode, params: Record<string, string | number> = {}, options?: { cause?: unknown }) {
    super(code, params, options);
    this.name = 'PlatformError';
  }
}

/**
 * Electron rewrites errors thrown in main into "Error invoking remote method '…': Error: <message>";
 * recover our code from that text, and call anything unrecognised a read failure rather than show it.
 */
export function toPlatformError(error: unknown, fallback: PlatformErrorCode = 'platform.readFailed'): PlatformError {
  if (error instanceof PlatformError) return error;
  const message = error instanceof Error ? error.message : String(error);
  const code = PLATFORM_ERROR_CODES.find((candidate) => new RegExp(`(^|\\W)${candidate.replace('.', '\\.')}$`).test(message));
  return new PlatformError(code ?? fallback, {}, { cause: error });
}
