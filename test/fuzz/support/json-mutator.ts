import { mutateJson } from './mutate-json';
import type { Random } from './random';

/** The structure-aware mutator for files that are JSON: unchanged bytes when a mutation broke the JSON. */
export function jsonFileMutator(bytes: Uint8Array, rnd: Random): Uint8Array {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    JSON.parse(text);
  } catch {
    return bytes;
  }
  return new TextEncoder().encode(mutateJson(text, rnd));
}

export function jsonBytes(value: unknown): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(value, null, 2));
}
