/** An image not read yet: a batch of hundreds reads each file only when its chunk is queued. */
export interface ImageSource {
  name: string;
  bytes(): Promise<Uint8Array>;
}

export interface NamedBytes {
  name: string;
  bytes: Uint8Array;
}

/** A copy whose buffer can be transferred to the worker without detaching the caller's bytes. */
export function transferable(bytes: Uint8Array): ArrayBuffer {
  return bytes.slice().buffer;
}
