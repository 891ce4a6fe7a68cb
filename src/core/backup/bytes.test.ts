import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromBase64, toBase64 } from './bytes';

describe('base64', () => {
  it('matches the standard encoding for every length and byte value, and decodes back', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 70 }), (bytes) => {
        const text = toBase64(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64'));
        expect(fromBase64(text)).toEqual(bytes);
      }),
      { numRuns: 300 },
    );
  });

  it('rejects text that is not base64', () => {
    expect(() => fromBase64('not base64!')).toThrow();
  });
});
