import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { WorkspaceSnapshot } from './format';
import { parseBackup } from './parse';
import { serialiseBackup } from './serialise';
import { materialiseBlobs } from './test-support';

const bytes = fc.uint8Array({ maxLength: 40 });
const key = fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('$gz', 'id', '__proto__', 'v'));

const { value } = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(null, undefined, true, false),
    fc.string(),
    fc.double(),
    fc.integer(),
    fc.bigInt(),
    fc.date(),
    bytes,
    bytes.map((data) => data.slice().buffer),
    fc.float32Array({ maxLength: 8 }),
    fc.tuple(bytes, fc.constantFrom('', 'image/png', 'application/octet-stream')).map(([data, type]) => new Blob([data.slice()], { type })),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(key, tie('value'), { maxKeys: 4, noNullPrototype: true }),
    fc.array(fc.tuple(fc.string({ maxLength: 4 }), tie('value')), { maxLength: 3 }).map((entries) => new Map(entries)),
  ),
}));

const workspace: fc.Arbitrary<WorkspaceSnapshot> = fc.record(
  {
    schemaVersion: fc.integer({ min: 1, max: 50 }),
    tables: fc.dictionary(fc.stringMatching(/^[a-z][a-zA-Z]{0,11}$/), fc.array(value, { maxLength: 5 }), {
      maxKeys: 4,
      noNullPrototype: true,
    }),
  },
  { noNullPrototype: true },
);

describe('backup round trip (property)', () => {
  it('gives back exactly the workspace that was serialised', async () => {
    await fc.assert(
      fc.asyncProperty(
        workspace,
        fc.date({ min: new Date('2000-01-01'), max: new Date('2999-12-31'), noInvalidDate: true }),
        async (snapshot, createdAt) => {
          const parsed = await parseBackup(await serialiseBackup(snapshot, { appVersion: '9.9.9', createdAt }));
          expect(parsed.header.createdAt).toBe(createdAt.toISOString());
          expect(await materialiseBlobs(parsed.snapshot)).toStrictEqual(await materialiseBlobs(snapshot));
        },
      ),
      { numRuns: 150 },
    );
  });
});
