import { exceedsJsonNesting } from '../json-nesting';
import type { FileProblem } from './file-problems';

/** Far above any assessment bundle, answers or client file (a client file with photos is a few MB). */
export const MAX_JSON_FILE_BYTES = 64 * 2 ** 20;
/** The app's exchange files nest about six levels; anything much deeper is not one of them. */
export const MAX_JSON_FILE_DEPTH = 32;

export type JsonRead = { ok: true; data: unknown } | { ok: false; problems: FileProblem[] };

function refused(code: FileProblem['code'], params: Record<string, string | number>, message: string): JsonRead {
  return { ok: false, problems: [{ code, path: '', params, message }] };
}

/**
 * Reads the bytes of an exchange file (answers, assessment bundle, client file, training case) as JSON.
 * Size and nesting are checked before JSON.parse, so a huge or bracket-bomb file is refused at once
 * with a translated problem instead of exhausting memory. A UTF-8 byte-order mark is allowed.
 */
export function readJsonFile(bytes: Uint8Array): JsonRead {
  if (bytes.length > MAX_JSON_FILE_BYTES) {
    const limit = Math.round(MAX_JSON_FILE_BYTES / 2 ** 20);
    return refused('file.tooLarge', { limit }, `the file is larger than ${limit} MB`);
  }
  if (exceedsJsonNesting(bytes, MAX_JSON_FILE_DEPTH)) {
    return refused('file.tooDeep', { limit: MAX_JSON_FILE_DEPTH }, `the file nests deeper than ${MAX_JSON_FILE_DEPTH} levels`);
  }
  try {
    return { ok: true, data: JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '')) as unknown };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return refused('file.notJson', { detail }, detail);
  }
}
