import { CodedError, type ErrorParams } from '../errors';

/**
 * Every failure the vision core reports carries a stable code; the UI translates it
 * (errors.json, keys "vision.<code>") and the CLI prints the message.
 */
export const VISION_ERROR_CODES = [
  'empty-file',
  'not-an-image',
  'unsupported-format',
  'truncated-image',
  'corrupt-image',
  'image-too-small',
  'image-too-large',
  'model-hash-mismatch',
  'model-not-in-manifest',
  'model-output-mismatch',
  'inspection-format-invalid',
  'inspection-version-unsupported',
  'inspection-backbone-mismatch',
  'not-enough-images',
  'dataset-invalid',
] as const;

export type VisionErrorCode = (typeof VISION_ERROR_CODES)[number];

/**
 * A vision failure with a translatable code ("vision.<reason>", errors namespace) and an English
 * message for logs and the CLI.
 */
export class VisionError extends CodedError<`vision.${VisionErrorCode}`> {
  readonly reason: VisionErrorCode;

  constructor(reason: VisionErrorCode, message: string, params: ErrorParams = {}) {
    super(`vision.${reason}`, params);
    this.name = 'VisionError';
    this.message = message;
    this.reason = reason;
  }
}

export function isVisionError(e: unknown): e is VisionError {
  return e instanceof VisionError;
}
