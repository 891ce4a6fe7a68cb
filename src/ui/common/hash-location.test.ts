import { describe, expect, it } from 'vitest';
import { isUnder, pathFromHash } from './hash-location';

describe('pathFromHash', () => {
  it('reads the path after the hash and drops a trailing slash and a query', () => {
    expect(pathFromHash('#/assess/42/')).toBe('/assess/42');
    expect(pathFromHash('#/settings?tab=backup')).toBe('/settings');
  });

  it('treats an empty or foreign hash as the start path', () => {
    expect(pathFromHash('')).toBe('/');
    expect(pathFromHash('#')).toBe('/');
    expect(pathFromHash('#section-2')).toBe('/');
  });
});

describe('isUnder', () => {
  it('matches the route itself and paths below it, not paths that merely share a prefix', () => {
    expect(isUnder('/assess', '/assess')).toBe(true);
    expect(isUnder('/assess/42', '/assess')).toBe(true);
    expect(isUnder('/assessment', '/assess')).toBe(false);
  });
});
